namespace NewsBot.Articles;

/// <summary>A page took more CPU time to extract than <see cref="Extractor.CpuBudget"/>: treat it as a page that failed to load.</summary>
public sealed class ExtractionBudgetExceededException(TimeSpan budget)
    : Exception($"extracting the page took over {budget.TotalMilliseconds:0} ms of CPU time");

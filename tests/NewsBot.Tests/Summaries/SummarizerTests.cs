using NewsBot.Summaries;

namespace NewsBot.Tests.Summaries;

/// <summary>The summary on hand-made articles: budget, fixed sentence counts, determinism and boilerplate that is never chosen.</summary>
public sealed class SummarizerTests
{
    private static readonly string[] English =
    [
        "Photo: Reuters/John Doe",
        "By Jane Smith",
        "The city council approved a new budget on Tuesday after a long debate. Schools will get more money next year. Roads and parks will get less.",
        "Read also: Ten things you missed this week",
        "The mayor said the plan was fair. Critics disagreed and promised to appeal.",
        "Subscribe to our newsletter for daily updates.",
    ];

    private static readonly string[] Ukrainian =
    [
        "Фото: Укрінформ",
        "Президент В. Зеленський підписав закон про бюджет на 2025 рік. Документ передбачає 5 млрд грн на освіту.",
        "Читайте також: Що змінилося в податках",
        "Закон набуде чинності з 1 січня. Уряд має підготувати підзаконні акти.",
        "Підписуйтесь на наш Telegram-канал.",
    ];

    private static readonly string[] Russian =
    [
        "Фото: РИА Новости",
        "Правительство утвердило новые правила ввоза автомобилей. Они вступят в силу через месяц.",
        "Читайте также: Как изменились цены на бензин",
        "По словам министра, т.е. главы ведомства, меры временные. Подписывайтесь на наш канал.",
    ];

    [Fact]
    public void Leads_with_the_news_and_fits_the_budget()
    {
        var summary = Summarizer.Summarize(English, "en", 139);
        Assert.Equal("The city council approved a new budget on Tuesday after a long debate.", summary[0]);
        Assert.InRange(summary.Count, 1, 3);
        Assert.True(string.Join(" ", summary).Length <= 139);
    }

    [Theory]
    [InlineData(70)]
    [InlineData(200)]
    [InlineData(400)]
    [InlineData(1000)]
    public void Joined_summary_never_exceeds_the_budget_when_the_first_sentence_fits(int budget)
    {
        var summary = Summarizer.Summarize(English, "en", budget);
        Assert.NotEmpty(summary);
        Assert.True(string.Join(' ', summary).Length <= budget);
    }

    [Fact]
    public void Returns_the_first_sentence_even_when_it_alone_is_over_budget()
    {
        var summary = Summarizer.Summarize(English, "en", 20);
        Assert.Equal(["The city council approved a new budget on Tuesday after a long debate."], summary);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    [InlineData(50, 5)]
    public void A_fixed_sentence_count_returns_that_many_or_all(int wanted, int expected) =>
        Assert.Equal(expected, Summarizer.Summarize(English, "en", 10, wanted).Count);

    [Fact]
    public void Is_deterministic() =>
        Assert.Equal(Summarizer.Summarize(Ukrainian, "uk", 300), Summarizer.Summarize(Ukrainian, "uk", 300));

    [Theory]
    [InlineData("en")]
    [InlineData("uk")]
    [InlineData("ru")]
    public void Boilerplate_is_never_chosen(string language)
    {
        var paragraphs = language switch { "uk" => Ukrainian, "ru" => Russian, _ => English };
        var summary = Summarizer.Summarize(paragraphs, language, 10_000, 100);
        Assert.DoesNotContain(summary, s => s.StartsWith("Фото", StringComparison.Ordinal) || s.StartsWith("Photo", StringComparison.Ordinal));
        Assert.DoesNotContain(summary, s => s.Contains("також", StringComparison.Ordinal) || s.Contains("также", StringComparison.Ordinal) || s.Contains("Read also", StringComparison.Ordinal));
        Assert.DoesNotContain(summary, s => s.Contains("ідписуйтесь", StringComparison.Ordinal) || s.Contains("одписывайтесь", StringComparison.Ordinal) || s.Contains("Subscribe", StringComparison.Ordinal));
        Assert.DoesNotContain(summary, s => s.StartsWith("By ", StringComparison.Ordinal));
    }

    [Fact]
    public void Ukrainian_summary_keeps_initials_and_amounts_inside_sentences()
    {
        var summary = Summarizer.Summarize(Ukrainian, "uk", 1000, 3);
        Assert.Equal("Президент В. Зеленський підписав закон про бюджет на 2025 рік.", summary[0]);
        Assert.Contains("Документ передбачає 5 млрд грн на освіту.", summary);
        Assert.DoesNotContain(summary, s => s.StartsWith("Зеленський", StringComparison.Ordinal) || s.StartsWith("грн", StringComparison.Ordinal));
    }

    [Fact]
    public void Russian_summary_keeps_abbreviations_inside_sentences()
    {
        var summary = Summarizer.Summarize(Russian, "ru", 500);
        Assert.Equal("Правительство утвердило новые правила ввоза автомобилей.", summary[0]);
        Assert.Contains("По словам министра, т.е. главы ведомства, меры временные.", summary);
    }

    [Fact]
    public void Short_fragments_and_empty_input_give_nothing()
    {
        Assert.Empty(Summarizer.Summarize([], "en", 300));
        Assert.Empty(Summarizer.Summarize(["Share", "12:45", "Oct. 3"], "en", 300));
    }
}

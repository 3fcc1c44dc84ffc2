using NewsBot.Summaries;

namespace NewsBot.Tests.Summaries;

/// <summary>How sentences are chosen: the lead, then central sentences, never a repeat, a heading or a cut-off fragment; always in document order.</summary>
public sealed class SummaryRankingTests
{
    private static readonly string[] Ukrainian =
    [
        "Верховна Рада ухвалила закон про мобілізацію у другому читанні.",
        "За закон проголосували 283 народні депутати.",
        "Верховна Рада ухвалила закон про мобілізацію у другому читанні, повідомили в парламенті.",
        "Погода у Києві сьогодні сонячна, вітер слабкий.",
        "Закон про мобілізацію набуде чинності через місяць після підписання.",
        "Ще одне речення про мобілізацію та закон, який",
    ];

    private static readonly string[] Russian =
    [
        "Центробанк повысил ключевую ставку до 16 процентов годовых.",
        "Решение совета директоров Центробанка стало неожиданным для рынка.",
        "Центробанк повысил ключевую ставку до 16 процентов, сообщила пресс-служба.",
        "В Москве открылась выставка кошек.",
        "По мнению аналитиков, повышение ставки Центробанком замедлит инфляцию.",
    ];

    [Theory]
    [InlineData("uk")]
    [InlineData("ru")]
    public void The_lead_comes_first_and_its_near_repeat_is_not_chosen(string language)
    {
        var paragraphs = language == "uk" ? Ukrainian : Russian;
        var summary = Summarizer.Summarize(paragraphs, language, 1000, 3);
        Assert.Equal(paragraphs[0], summary[0]);
        Assert.DoesNotContain(paragraphs[2], summary);
    }

    [Theory]
    [InlineData("uk")]
    [InlineData("ru")]
    public void An_off_topic_sentence_loses_to_one_about_the_story(string language)
    {
        var paragraphs = language == "uk" ? Ukrainian : Russian;
        var summary = Summarizer.Summarize(paragraphs, language, 1000, 3);
        Assert.DoesNotContain(paragraphs[3], summary);
        Assert.Contains(paragraphs[4], summary);
    }

    [Fact]
    public void A_cut_off_fragment_is_not_chosen_over_whole_sentences() =>
        Assert.DoesNotContain(Ukrainian[5], Summarizer.Summarize(Ukrainian, "uk", 1000, 4));

    [Theory]
    [InlineData("uk")]
    [InlineData("ru")]
    public void Chosen_sentences_keep_document_order(string language)
    {
        var paragraphs = language == "uk" ? Ukrainian : Russian;
        var summary = Summarizer.Summarize(paragraphs, language, 1000, 3);
        var positions = summary.Select(s => Array.IndexOf(paragraphs, s)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Fitting_the_budget_takes_at_most_three_sentences()
    {
        var paragraphs = Enumerable.Range(1, 10).Select(i => $"The committee met for the {i}th time and discussed the budget plan.").ToArray();
        Assert.Equal(Summarizer.MaxPostSentences, Summarizer.Summarize(paragraphs, "en", 10_000).Count);
    }

    [Fact]
    public void A_shorter_sentence_fills_the_budget_when_a_better_one_is_too_long()
    {
        string[] paragraphs =
        [
            "The central bank raised its key interest rate to 16 percent on Friday.",
            "The bank said in a long statement that " + string.Join(", ", Enumerable.Repeat("inflation risks remained high", 12)) + ".",
            "The rate decision surprised the bank's critics.",
        ];
        var summary = Summarizer.Summarize(paragraphs, "en", 130);
        Assert.Equal([paragraphs[0], paragraphs[2]], summary);
    }

    [Fact]
    public void Text_without_known_language_is_still_summarized() =>
        Assert.NotEmpty(Summarizer.Summarize(["Der Bundestag hat das Gesetz am Freitag beschlossen. Es tritt im Mai in Kraft."], null, 300));
}

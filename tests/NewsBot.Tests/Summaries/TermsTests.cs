using NewsBot.Summaries;

namespace NewsBot.Tests.Summaries;

/// <summary>Stemming-lite: inflected forms meet at one stem in Ukrainian, Russian and English; function words drop out.</summary>
public sealed class TermsTests
{
    [Theory]
    [InlineData("зеленський", "зеленського", "зеленському")]
    [InlineData("мобілізація", "мобілізації", "мобілізацію")]
    [InlineData("правительство", "правительства", "правительством")]
    [InlineData("ставка", "ставку", "ставки")]
    [InlineData("election", "elections", "election")]
    [InlineData("raised", "raise", "raises")]
    public void Inflected_forms_share_a_stem(string a, string b, string c)
    {
        Assert.Equal(Terms.Stem(a), Terms.Stem(b));
        Assert.Equal(Terms.Stem(a), Terms.Stem(c));
    }

    [Theory]
    [InlineData("Він заявив, що це не так.", "uk")]
    [InlineData("Он сказал, что это не так.", "ru")]
    [InlineData("He said that it was not so.", "en")]
    public void Function_words_are_not_terms(string sentence, string language) =>
        Assert.DoesNotContain(Terms.Of(sentence, language), stem => stem is "він" or "он" or "he" or "що" or "что" or "that");

    [Fact]
    public void Yo_is_read_as_ye_and_case_is_ignored() =>
        Assert.Equal(Terms.Of("Ёлка", "ru"), Terms.Of("елка", "ru"));

    [Fact]
    public void Numbers_are_kept_whole() => Assert.Contains("2025", Terms.Of("Бюджет на 2025 рік", "uk"));
}

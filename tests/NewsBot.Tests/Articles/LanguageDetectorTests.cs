using NewsBot.Articles;

namespace NewsBot.Tests.Articles;

/// <summary>Script and stop-word language guesses, and normalisation of declared tags.</summary>
public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Уряд ухвалив рішення про підвищення мінімальної зарплати з першого січня.", "uk")]
    [InlineData("Правительство приняло решение о повышении минимальной зарплаты с первого числа.", "ru")]
    [InlineData("The government has decided to raise the minimum wage from the first of January.", "en")]
    [InlineData("Die Regierung hat beschlossen, den Mindestlohn ab dem ersten Januar zu erhöhen, und das ist gut.", "de")]
    [InlineData("Le gouvernement a décidé de relever le salaire minimum dans les mois qui viennent pour les jeunes.", "fr")]
    [InlineData("El gobierno ha decidido subir el salario mínimo para los trabajadores y las empresas del país.", "es")]
    [InlineData("O governo decidiu aumentar o salário mínimo para os trabalhadores e as empresas do país.", "pt")]
    [InlineData("Vláda rozhodla, že se minimální mzda zvýší a že to bude také platit pro studenty.", "cs")]
    public void Detects_the_language_of_a_sentence(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("12345 67890 !!!")]
    [InlineData("xq zv kkr plm trw bnm qwe rty")]
    public void Unknown_text_gives_null(string text) => Assert.Null(LanguageDetector.Detect(text));

    [Theory]
    [InlineData("uk-UA", "uk")]
    [InlineData("pt_BR", "pt")]
    [InlineData("EN", "en")]
    [InlineData("ua", "uk")]
    [InlineData("x-klingon", null)]
    [InlineData(null, null)]
    public void Normalises_declared_tags(string? tag, string? expected) => Assert.Equal(expected, LanguageDetector.Normalize(tag));
}

using NewsBot.Summaries;

namespace NewsBot.Tests.Summaries;

/// <summary>Table-driven sentence splitting per language: abbreviations, initials, decimals, quotes, dashes, ellipses.</summary>
public sealed class SentenceSplitterTests
{
    public static TheoryData<string, string, string[]> Ukrainian => new()
    {
        { "uk", "Президент В. Зеленський підписав закон. Він набуде чинності завтра.", ["Президент В. Зеленський підписав закон.", "Він набуде чинності завтра."] },
        { "uk", "Ціни зросли на 2,5 відсотка. Це більше, ніж торік.", ["Ціни зросли на 2,5 відсотка.", "Це більше, ніж торік."] },
        { "uk", "Пожежа сталася на вул. Хрещатик у м. Київ. Ніхто не постраждав.", ["Пожежа сталася на вул. Хрещатик у м. Київ.", "Ніхто не постраждав."] },
        { "uk", "Бюджет становить 5 млрд грн. Його ухвалили вчора.", ["Бюджет становить 5 млрд грн.", "Його ухвалили вчора."] },
        { "uk", "Зібрали 3 тис. гривень і 2 млн. доларів. Збір триває.", ["Зібрали 3 тис. гривень і 2 млн. доларів.", "Збір триває."] },
        { "uk", "Так звані т. зв. Тіньові схеми зникли. Інше лишилось.", ["Так звані т. зв. Тіньові схеми зникли.", "Інше лишилось."] },
        { "uk", "«Ми переможемо!» — сказав він. Зал аплодував.", ["«Ми переможемо!» — сказав він.", "Зал аплодував."] },
        { "uk", "Лекцію читав проф. Іваненко. Слухачі були задоволені.", ["Лекцію читав проф. Іваненко.", "Слухачі були задоволені."] },
        { "uk", "Рядок без крапки\nНаступний рядок.", ["Рядок без крапки", "Наступний рядок."] },
        { "uk", "Згідно зі ст. 15 Конституції цензуру заборонено. Це важливо.", ["Згідно зі ст. 15 Конституції цензуру заборонено.", "Це важливо."] },
        { "uk", "Він сказав: «Ми готові до переговорів.» Зустріч завтра.", ["Він сказав: «Ми готові до переговорів.»", "Зустріч завтра."] },
        { "uk", "— Ми готові, — сказав він. — Починаємо за годину.", ["— Ми готові, — сказав він.", "— Починаємо за годину."] },
        { "uk", "Інфляція сповільнилася до 3,5 %. НБУ знизив ставку.", ["Інфляція сповільнилася до 3,5 %.", "НБУ знизив ставку."] },
    };

    public static TheoryData<string, string, string[]> Russian => new()
    {
        { "ru", "Курс составил 3.14 руб. за единицу. Это рекорд.", ["Курс составил 3.14 руб. за единицу.", "Это рекорд."] },
        { "ru", "«Мы готовы к переговорам, — сказал он.» Встреча назначена на понедельник.", ["«Мы готовы к переговорам, — сказал он.»", "Встреча назначена на понедельник."] },
        { "ru", "Это т.е. Главный вопрос. Ответа нет.", ["Это т.е. Главный вопрос.", "Ответа нет."] },
        { "ru", "В 2020 г. Компания выросла. В 1990-х гг. Было иначе.", ["В 2020 г. Компания выросла.", "В 1990-х гг. Было иначе."] },
        { "ru", "Сумма 5 тыс. рублей пропала. Ущерб 2 млн руб. Полиция ищет.", ["Сумма 5 тыс. рублей пропала.", "Ущерб 2 млн руб.", "Полиция ищет."] },
        { "ru", "Он подумал… И ушёл. А потом вернулся?! Да.", ["Он подумал…", "И ушёл.", "А потом вернулся?!", "Да."] },
        { "ru", "Ну... может быть. Посмотрим.", ["Ну... может быть.", "Посмотрим."] },
        { "ru", "Он заявил: «Это провокация!» После этого ушёл.", ["Он заявил: «Это провокация!»", "После этого ушёл."] },
        { "ru", "Бюджет вырос на 1,5 млрд руб. В следующем году рост продолжится.", ["Бюджет вырос на 1,5 млрд руб.", "В следующем году рост продолжится."] },
        { "ru", "Доклад сделал проф. Петров. Затем выступил А. С. Пушкин.", ["Доклад сделал проф. Петров.", "Затем выступил А. С. Пушкин."] },
    };

    public static TheoryData<string, string, string[]> English => new()
    {
        { "en", "Mr. Smith met Dr. Jones in St. Louis. They talked.", ["Mr. Smith met Dr. Jones in St. Louis.", "They talked."] },
        { "en", "The U.S. and the U.K. signed a deal. Markets rose.", ["The U.S. and the U.K. signed a deal.", "Markets rose."] },
        { "en", "J. R. R. Tolkien wrote it. Mrs. Brown read it.", ["J. R. R. Tolkien wrote it.", "Mrs. Brown read it."] },
        { "en", "Pi is 3.14 today. Growth was 2,5 in the old notation.", ["Pi is 3.14 today.", "Growth was 2,5 in the old notation."] },
        { "en", "Some fruit, e.g. Apples, is sweet. Others, i.e. Lemons, are not.", ["Some fruit, e.g. Apples, is sweet.", "Others, i.e. Lemons, are not."] },
        { "en", "“We will win,” he said. “Really?” she asked. Nobody knew.", ["“We will win,” he said.", "“Really?” she asked.", "Nobody knew."] },
        { "en", "He left — quickly. Then he came back.", ["He left — quickly.", "Then he came back."] },
        { "en", "Wait... what? Yes. The end…", ["Wait... what?", "Yes.", "The end…"] },
        { "en", "It cost $5. 2024 was a good year.", ["It cost $5.", "2024 was a good year."] },
    };

    [Theory]
    [MemberData(nameof(Ukrainian))]
    [MemberData(nameof(Russian))]
    [MemberData(nameof(English))]
    public void Splits_into_the_expected_sentences(string language, string text, string[] expected) =>
        Assert.Equal(expected, SentenceSplitter.Split(text, language));

    [Theory]
    [InlineData(null)]
    [InlineData("de")]
    public void Unknown_languages_fall_back_to_english_rules(string? language) =>
        Assert.Equal(["Mr. Smith arrived.", "He sat down."], SentenceSplitter.Split("Mr. Smith arrived. He sat down.", language));

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    public void Blank_text_has_no_sentences(string text) => Assert.Empty(SentenceSplitter.Split(text, "en"));
}

using Mirsad.Core.Text;

namespace Mirsad.Core.Tests.Text;

public sealed class ArabicStemmerTests
{
    [Theory]
    // the article, alone and with the clitics before it
    [InlineData("المدينة", "مدينة")]
    [InlineData("والمدينة", "مدينة")]
    [InlineData("بالمدينة", "مدينة")]
    [InlineData("للمدينة", "مدينة")]
    [InlineData("وبالمدينة", "مدينة")]
    // the conjunction و, and words whose own first letter is و
    [InlineData("وقال", "قال")]
    [InlineData("ووزير", "وزير")]
    [InlineData("والوزير", "وزير")]
    [InlineData("الوطنية", "وطني")]
    [InlineData("ووزارة", "وزارة")]
    // taa marbuta, haa and the attached pronouns
    [InlineData("مدينه", "مدينة")]
    [InlineData("حكومتها", "حكومة")]
    [InlineData("حكومتهم", "الحكومة")]
    [InlineData("قواتها", "قوات")]
    [InlineData("بلادنا", "البلاد")]
    // hamza and alef forms, alef maqsura, diacritics, tatweel
    [InlineData("أسعار", "اسعار")]
    [InlineData("إيران", "ايران")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("مُسْتَشْفَى", "مستشفى")]
    [InlineData("رئيس", "رئيـس")]
    [InlineData("مسؤول", "مسئول")]
    // sound plurals, duals, the nisba adjective
    [InlineData("السعوديون", "سعودي")]
    [InlineData("السعودية", "السعودي")]
    [InlineData("مشروعات", "مشروع")]
    [InlineData("الطائرتين", "طائرة")]
    // broken plurals, bare and with clitics and pronouns
    [InlineData("الأسعار", "سعر")]
    [InlineData("أسعارها", "السعر")]
    [InlineData("الدول", "دولة")]
    [InlineData("والدول", "الدولة")]
    [InlineData("الوزراء", "وزير")]
    [InlineData("ووزراء", "الوزير")]
    [InlineData("المدن", "المدينة")]
    [InlineData("الأطفال", "طفل")]
    [InlineData("مشاريع", "مشروع")]
    [InlineData("القتلى", "قتيل")]
    [InlineData("أسواق", "السوق")]
    public void Stem_FormsOfOneWord_GiveOneStem(string form, string other)
    {
        Assert.Equal(ArabicStemmer.Stem(other), ArabicStemmer.Stem(form));
    }

    [Theory]
    [InlineData("وطن", "طن")] // homeland is no ton
    [InlineData("مساهم", "مسا")] // هم belongs to the word
    [InlineData("درهم", "در")]
    [InlineData("كتب", "كتاب")] // ambiguous plurals are left out of the dictionary
    [InlineData("بيت", "بيه")] // a radical ت is no taa marbuta
    public void Stem_DifferentWords_StayApart(string word, string other)
    {
        Assert.NotEqual(ArabicStemmer.Stem(other), ArabicStemmer.Stem(word));
    }

    [Theory]
    [InlineData("١٠٠", "100")]
    [InlineData("Putin", "Putin")]
    [InlineData("", "")]
    [InlineData("ـ", "")]
    public void Stem_DigitsLatinAndEmpty_FoldedOnly(string word, string expected)
    {
        Assert.Equal(expected, ArabicStemmer.Stem(word));
    }

    [Fact]
    public void Stem_DictionaryPlural_GivesItsSingularsStem()
    {
        // the dictionary's own entries conflate: every plural stems as its singular does
        Assert.Equal(ArabicStemmer.Stem("رئيس"), ArabicStemmer.Stem("الرؤساء"));
        Assert.Equal(ArabicStemmer.Stem("امرأة"), ArabicStemmer.Stem("نساء"));
    }
}

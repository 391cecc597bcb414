using Mirsad.Core.Keywords;
using Mirsad.Core.Keywords.Grammar;

namespace Mirsad.Core.Tests.Keywords.Grammar;

public sealed class PartOfSpeechTaggerTests
{
    private static string Tags(string text)
    {
        var tokens = KeywordTokenizer.Tokenize(text);
        var tags = PartOfSpeechTagger.Tag(tokens, text, EnglishLexicon.Default);
        return string.Join(' ', tokens.Select((t, i) => $"{t.Text}/{Short(tags[i])}"));
    }

    private static string Short(WordClass c) => c switch
    {
        WordClass.Noun => "N",
        WordClass.ProperNoun => "NP",
        WordClass.Verb => "V",
        WordClass.PastVerb => "VD",
        WordClass.Gerund => "VG",
        WordClass.Adjective => "J",
        WordClass.Adverb => "R",
        WordClass.Number => "CD",
        WordClass.Determiner => "DT",
        WordClass.Pronoun => "PR",
        WordClass.Preposition => "IN",
        WordClass.Conjunction => "CC",
        WordClass.Auxiliary => "AUX",
        WordClass.Modal => "MD",
        WordClass.To => "TO",
        _ => c.ToString(),
    };

    // Hand-checked: the noun/verb choices that decide where noun phrases begin and end.
    [Theory]
    [InlineData("The attack killed civilians.", "The/DT attack/N killed/VD civilians/N")]
    [InlineData("They attack the base.", "They/PR attack/V the/DT base/N")]
    [InlineData("Rebels plan to attack Aleppo.", "Rebels/N plan/V to/TO attack/V Aleppo/NP")]
    [InlineData("Storm warnings were issued for the coast.", "Storm/N warnings/N were/AUX issued/VD for/IN the/DT coast/N")]
    [InlineData("The storm hits the coast.", "The/DT storm/N hits/V the/DT coast/N")]
    [InlineData("Athletes expressed sympathy.", "Athletes/N expressed/VD sympathy/N")]
    [InlineData("Illegal aliens were counted in the 1990 census.", "Illegal/J aliens/N were/AUX counted/VD in/IN the/DT 1990/CD census/N")]
    [InlineData("Hurricane-force winds hit Jamaica.", "Hurricane/J force/N winds/N hit/VD Jamaica/NP")]
    [InlineData("The rebels charge farmers a tax.", "The/DT rebels/N charge/V farmers/N a/DT tax/N")]
    [InlineData("They keep counting illegal aliens.", "They/PR keep/V counting/VG illegal/J aliens/N")]
    [InlineData("He had used steroids.", "He/PR had/AUX used/VD steroids/N")]
    [InlineData("The money spread far.", "The/DT money/N spread/VD far/R")]
    [InlineData("The tax cut was passed.", "The/DT tax/N cut/N was/AUX passed/VD")]
    [InlineData("A form asking whether they vote.", "A/DT form/N asking/VG whether/CC they/PR vote/V")]
    [InlineData("Terrorists in the city fired rocket shells on Halab al-Jadida killing three people and injuring five others.", "Terrorists/N in/IN the/DT city/N fired/VD rocket/N shells/N on/IN Halab/NP al/DT Jadida/NP killing/VG three/CD people/N and/CC injuring/VG five/CD others/N")]
    [InlineData("Shells that contained toxic gases.", "Shells/N that/Wh contained/VD toxic/J gases/N")]
    [InlineData("Heavy explosive material led to the killing.", "Heavy/J explosive/J material/N led/VD to/TO the/DT killing/N")]
    [InlineData("Suicide bombing using a car bomb.", "Suicide/N bombing/N using/VG a/DT car/N bomb/N")]
    [InlineData("Ten civilians were killed and injured five others.", "Ten/CD civilians/N were/AUX killed/VD and/CC injured/VD five/CD others/N")]
    public void Tag_Sentence_GivesHandCheckedClasses(string text, string expected)
    {
        Assert.Equal(expected, Tags(text));
    }

    [Theory]
    [InlineData("The biggest oil spill in U.S. history created a slick.", "oil spill|U.S. history|slick")]
    [InlineData("Alaska's chief environmental officer criticized cleanup efforts.", "Alaska's|chief environmental officer|cleanup efforts")]
    [InlineData("A request Moscow has not granted.", "request|Moscow")]
    [InlineData("There were 118 tornadoes in the 1990 census year.", "tornadoes|1990 census year")]
    [InlineData("An eight-year guerrilla war.", "eight-year guerrilla war")]
    [InlineData("Reports named Jabhat Nusra Eleven people were killed.", "Jabhat Nusra|people")]
    [InlineData("Boeing 747 jets landed.", "Boeing 747 jets")]
    [InlineData("In recent days 57 civilians died.", "recent days|civilians")]
    [InlineData("It was the worst oil spill and the largest tanker spill.", "oil spill|tanker spill")]
    [InlineData("An alleged plot against the biggest modest forest.", "plot|modest forest")]
    [InlineData("Thomas' nomination was sent.", "Thomas|nomination")]
    [InlineData("It was violent crime -- burglary and theft - in the fire season we've seen.", "violent crime|burglary|theft|fire season")]
    public void Chunk_Sentence_FindsItsNounPhrases(string text, string expected)
    {
        var tokens = KeywordTokenizer.Tokenize(text);
        var tags = PartOfSpeechTagger.Tag(tokens, text, EnglishLexicon.Default);
        var phrases = NounPhraseChunker.Chunk(tokens, text, tags).Select(p => text[tokens[p.Start].Start..tokens[p.End - 1].End]);
        Assert.Equal(expected, string.Join('|', phrases));
    }

    [Theory]
    [InlineData("attacks", "Noun, Verb")]
    [InlineData("went", "PastVerb")]
    [InlineData("children", "Noun")]
    [InlineData("larger", "Adjective")]
    [InlineData("quickly", "Adverb")]
    [InlineData("zorbification", "Noun")]
    [InlineData("the", "Determiner")]
    [InlineData("recirculate", "Verb")]
    [InlineData("says", "Verb")]
    [InlineData("glorpify", "Noun, Verb")]
    public void Read_Word_KnowsItsPossibleClasses(string word, string expected)
    {
        Assert.Equal(expected, EnglishLexicon.Default.Read(word).Options.ToString());
    }
}

using Dossier.Text.Model;
using Dossier.Text.Normalization;
using Dossier.Text.Pipeline;
using Dossier.Text.Quantities;
using Dossier.Text.Segmentation;
using Dossier.Text.Temporal;
using Dossier.Text.Tests.Support;

namespace Dossier.Text.Tests.Quantities;

public partial class QuantityRecognizerTests
{
    private static Doc Recognise(string text) =>
        DocBuilder.Run(text, null, new Normaliser(), new Segmenter(), new TemporalTagger(), new QuantityRecognizer());

    /// <summary>"span text = min[-max] noun" plus flags, for compact expectations.</summary>
    private static string Describe(Doc doc, QuantityMention q)
    {
        var value = q.IsExact ? $"{q.Min}" : $"{q.Min}-{q.Max}";
        var noun = q.Noun is { } n ? " " + doc.TextOf(n) : "";
        var flags = (q.Approximate ? " ~" : "") + (q.Vague ? " vague" : "") + (q.IsSum ? " sum" : "")
            + (q.Kind != QuantityKind.Count ? " " + q.Kind.ToString().ToLowerInvariant() : "");
        return $"{doc.TextOf(q.Span)} = {value}{noun}{flags}";
    }

    private static void AssertQuantities(string text, params string[] expected)
    {
        var doc = Recognise(text);
        Assert.Equal(expected, doc.Quantities.Select(q => Describe(doc, q)));
    }

    [Theory]
    [InlineData("killing 52 members of the Iranian opposition", "52 = 52 members")]
    [InlineData("abducting seven residents including six women", "seven = 7 residents", "six = 6 women")]
    [InlineData("the 17,500 T-walls that protected", "17,500 = 17500 T-walls")]
    [InlineData("some 3 000 people fled", "3 000 = 3000 people ~")]
    [InlineData("2.5 million refugees", "2.5 million = 2500000 refugees")]
    [InlineData("fifty-two prisoners were shot", "fifty-two = 52 prisoners")]
    [InlineData("fifty two prisoners were shot", "fifty two = 52 prisoners")]
    [InlineData("one hundred and twenty detainees", "one hundred and twenty = 120 detainees")]
    [InlineData("two million people", "two million = 2000000 people")]
    [InlineData("a dozen journalists", "a dozen = 12 journalists")]
    [InlineData("two dozen activists", "two dozen = 24 activists")]
    [InlineData("half a million displaced", "half a million = 500000")]
    [InlineData("half a dozen journalists", "half a dozen = 6 journalists")]
    [InlineData("a couple of journalists", "a couple = 2 journalists")]
    [InlineData("52 massacred Camp Ashraf residents", "52 = 52 residents")]
    [InlineData("a further 7 other camp residents", "7 = 7 residents")]
    [InlineData("shot 83 people and left 14 others dead", "83 = 83 people", "14 = 14 others")]
    [InlineData("between 20-30 protesters", "20-30 = 20-30 protesters ~")]
    [InlineData("between 60,000 and 100,000 people", "60,000 and 100,000 = 60000-100000 people ~")]
    [InlineData("from twenty to thirty students", "twenty to thirty = 20-30 students ~")]
    public void Find_Figures(string text, params string[] expected) => AssertQuantities(text, expected);

    [Theory]
    [InlineData("around 2,800 homes", "2,800 = 2800 homes ~")]
    [InlineData("nearly 50 villages", "50 = 50 villages ~")]
    [InlineData("More than 100,000 of its members", "100,000 = 100000 members ~")]
    [InlineData("at least 52 people", "52 = 52 people ~")]
    [InlineData("over 800 executions", "800 = 800 executions ~")]
    [InlineData("the tally of hangings exceeds 350, far higher", "350 = 350 ~")]
    [InlineData("up to 40 civilians", "40 = 40 civilians ~")]
    public void Find_Approximations_KeepTheFigure(string text, string expected) => AssertQuantities(text, expected);

    [Fact]
    public void Find_Approximation_RecordsQualifierSpan()
    {
        var doc = Recognise("More than 100,000 died");
        var q = Assert.Single(doc.Quantities);
        Assert.Equal("More than", doc.TextOf(q.Qualifier!.Value));
    }

    [Theory]
    [InlineData("the detention of dozens of reporters and lawyers", "dozens = 24-99 reporters vague")]
    [InlineData("tens killed", "tens = 20-99 vague")]
    [InlineData("hundreds of protesters", "hundreds = 200-999 protesters vague")]
    [InlineData("thousands fled", "thousands = 2000-9999 vague")]
    [InlineData("tens of thousands of people", "tens of thousands = 20000-99999 people vague")]
    [InlineData("hundreds of thousands of refugees", "hundreds of thousands = 200000-999999 refugees vague")]
    [InlineData("a handful of guards", "a handful = 3-9 guards vague")]
    [InlineData("scores of villagers", "scores = 40-99 villagers vague")]
    [InlineData("several hundred marchers", "several hundred = 200-999 marchers vague")]
    [InlineData("a few thousand farmers", "a few thousand = 2000-9999 farmers vague")]
    [InlineData("several dozen nurses", "several dozen = 24-99 nurses vague")]
    [InlineData("several hundred thousand voters", "several hundred thousand = 200000-999999 voters vague")]
    public void Find_VagueAmounts_AsRanges(string text, string expected) => AssertQuantities(text, expected);

    [Theory]
    [InlineData("the return of four girls and two boys seized in the raid", "four girls and two boys = 6 girls sum")]
    [InlineData("three men, two women and four children died", "three men, two women and four children = 9 men sum")]
    [InlineData("killed 116 people and 20 others", "116 people and 20 others = 136 people sum")]
    public void Find_Sums_OfPartsTiedByAnd(string text, string expected) => AssertQuantities(text, expected);

    [Theory]
    [InlineData("killed seven patients, three of them children", "seven = 7 patients", "three = 3 children")]
    [InlineData("two men, both journalists", "two = 2 men")]
    [InlineData("One cannot say", new string[0])]
    [InlineData("a zero tolerance policy", new string[0])]
    [InlineData("at two o'clock", "two = 2 measure")]
    [InlineData("seven reportedly died", "seven = 7")]
    public void Find_NotSums_AndNotCounts(string text, params string[] expected) => AssertQuantities(text, expected);
}

using Dossier.Text.Tests.Segmentation;

namespace Dossier.Text.Tests.Quantities;

public partial class QuantityRecognizerTests
{
    [Theory]
    [InlineData("On 1 September 2013 they came.")]
    [InlineData("in 1988 and in the 1990s")]
    [InlineData("Tuesday marks the 2nd anniversary")]
    [InlineData("a hunger strike lasting for 108 days")]
    [InlineData("two years ago")]
    [InlineData("under Resolution 2231 and Article 5")]
    [InlineData("at 10:30 in the morning")]
    [InlineData("no one in Chad has yet been held to account")]
    [InlineData("one of the guards pinned one's hopes")]
    [InlineData("the 13th of August")]
    [InlineData("call 0044 now")]
    [InlineData("several witnesses waited a few days")]
    [InlineData("the clans have been settling scores since the vote")]
    [InlineData("their test scores fell")]
    public void Find_DatesOrdinalsIdentifiersAndPronouns_AreNotQuantities(string text) => AssertQuantities(text);

    [Theory]
    [InlineData("a rise of 40% in arrests", "40 = 40 percent")]
    [InlineData("40 per cent of detainees", "40 = 40 percent")]
    [InlineData("a fine of $5 million", "5 million = 5000000 money")]
    [InlineData("bail of 200 euros", "200 = 200 money")]
    [InlineData("a boy aged 17 was shot", "17 = 17 age")]
    [InlineData("a 17-year-old was shot", "17 = 17 age")]
    [InlineData("he is 17 years old", "17 = 17 age")]
    [InlineData("a convoy 10 km long", "10 = 10 measure")]
    public void Find_NonCounts_AreMarkedWithTheirKind(string text, string expected) => AssertQuantities(text, expected);

    [Theory]
    [MemberData(nameof(SegmenterTests.HostileTexts), MemberType = typeof(SegmenterTests))]
    public void Find_HostileText_GivesOrderedSpansInsideText(string text)
    {
        var doc = Recognise(text);
        var previousEnd = 0;
        foreach (var q in doc.Quantities)
        {
            Assert.True(q.Span.Start >= previousEnd && q.Span.End <= text.Length && q.Min <= q.Max);
            previousEnd = q.Span.End;
        }
    }

    [Fact]
    public void Find_HugeDigitRun_IsNotAFigure()
    {
        AssertQuantities(new string('9', 40) + " people");
    }
}

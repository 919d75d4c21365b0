using Dossier.Text.Lexicons;

namespace Dossier.Text.Tests.Lexicons;

public class LexiconFilterTests
{
    private static readonly string[] Words = ["a", "march", "monday", "fortnight", "dozens", "sept"];

    [Theory]
    [InlineData("a")]
    [InlineData("A")]
    [InlineData("March")]
    [InlineData("MONDAY")]
    [InlineData("fortNight")]
    [InlineData("Sept")]
    public void MayContain_ListedWordInAnyCase_IsTrue(string word) =>
        Assert.True(new LexiconFilter(Words).MayContain(word));

    [Theory]
    [InlineData("b")] // one letter, but not a listed one
    [InlineData("massacre")] // a listed opening, but no listed word that long
    [InlineData("sunday")] // a listed length, but no listed word opens with "su"
    [InlineData("")]
    [InlineData("4-th")]
    [InlineData("m-ay")]
    public void MayContain_WordThatCannotBeListed_IsFalse(string word) =>
        Assert.False(new LexiconFilter(Words).MayContain(word));

    [Fact]
    public void MayContain_NonAsciiOpening_IsLeftToTheLookup()
    {
        var filter = new LexiconFilter(Words);

        Assert.True(filter.MayContain("\u00e9ept")); // "éept": same length as "sept", judged by the look-up
    }

    [Fact]
    public void MayContain_ListWithNonLetterOpening_ChecksLengthOnly()
    {
        var filter = new LexiconFilter(["a.m.", "o'clock"]);

        Assert.True(filter.MayContain("p.m."));
        Assert.False(filter.MayContain("p.m"));
    }

    [Fact]
    public void MayContain_NeverRejectsAWordTheLookupWouldFind()
    {
        var words = new[] { "hundred", "thousands", "twenty-one", "dozen", "score" };
        var filter = new LexiconFilter(words);
        var set = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        foreach (var probe in new[] { "Hundred", "THOUSANDS", "Twenty-One", "dozens", "scores", "scorn", "hundreds", "zz" })
        {
            Assert.True(filter.MayContain(probe) || !set.Contains(probe), probe);
        }
    }
}

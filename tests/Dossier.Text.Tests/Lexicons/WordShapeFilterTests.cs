using Dossier.Text.Lexicons;

namespace Dossier.Text.Tests.Lexicons;

public class WordShapeFilterTests
{
    private static readonly WordShapeFilter Filter = new(["tuesday", "dozens", "a", "north-east"]);

    [Theory]
    [InlineData("tuesday")]
    [InlineData("TUESDAY")]
    [InlineData("Dozens")]
    [InlineData("A")]
    [InlineData("North-East")]
    public void MayContain_AListedWordInAnyCase_IsTrue(string word) =>
        Assert.True(Filter.MayContain(word));

    [Theory]
    [InlineData("the")] // no listed word of three letters
    [InlineData("tuesdays")] // longer
    [InlineData("sunday")] // same length as none, other first letter
    [InlineData("dozenz")] // same first letter and length, other last letter
    public void MayContain_AWordOfAnotherShape_IsFalse(string word) =>
        Assert.False(Filter.MayContain(word));

    [Theory]
    [InlineData("\u0130uesday")] // a capital I with a dot: case folding beyond ASCII is the list's to judge
    [InlineData("dozen\u017F")] // a long s at the end
    public void MayContain_NonAsciiFirstOrLastLetter_AlwaysPasses(string word) =>
        Assert.True(Filter.MayContain(word));

    [Fact]
    public void MayContain_ListWithANonAsciiEdgeLetter_PassesEverything()
    {
        var filter = new WordShapeFilter(["\u00e9t\u00e9"]);

        Assert.True(filter.MayContain("anything"));
    }

    [Fact]
    public void MayContain_WordInsideALongerText_ReadsOnlyTheSpan()
    {
        var text = "on tuesday night";

        Assert.True(Filter.MayContain(text.AsSpan(3, 7)));
        Assert.False(Filter.MayContain(text.AsSpan(11, 5)));
    }
}

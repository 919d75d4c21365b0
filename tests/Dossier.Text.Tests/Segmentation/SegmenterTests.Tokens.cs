using Dossier.Text.Model;
using Dossier.Text.Tests.Support;

namespace Dossier.Text.Tests.Segmentation;

public partial class SegmenterTests
{
    [Theory]
    [InlineData("Nouri al-Maliki said", "Nouri|al-Maliki|said")]
    [InlineData("vis-à-vis the camp", "vis-à-vis|the|camp")]
    [InlineData("the 17,500 T-walls", "the|17,500|T-walls")]
    [InlineData("2,800.5 people", "2,800.5|people")]
    [InlineData("1st, 2nd, 3rd and 13th", "1st|,|2nd|,|3rd|and|13th")]
    [InlineData("the 1990s.", "the|1990s|.")]
    [InlineData("Iraq\u2019s camp", "Iraq|'s|camp")]
    [InlineData("the mullahs' reaction", "the|mullahs|'|reaction")]
    [InlineData("don't stop", "don't|stop")]
    [InlineData("Mr. Kilgour and Mrs. Rajavi", "Mr.|Kilgour|and|Mrs.|Rajavi")]
    [InlineData("Ms.Julie Ward", "Ms.|Julie|Ward")]
    [InlineData("the U.S. and the U.N.", "the|U.S.|and|the|U.N.")]
    [InlineData("e.g. this, i.e. that", "e.g.|this|,|i.e.|that")]
    [InlineData("J. Smith", "J.|Smith")]
    [InlineData("Resolution No. 5", "Resolution|No.|5")]
    [InlineData("said no.", "said|no|.")]
    [InlineData("(2011-2013)", "(|2011|-|2013|)")]
    [InlineData("01/09/2013", "01|/|09|/|2013")]
    [InlineData("wait... what?!", "wait|...|what|?|!")]
    [InlineData("10% of $5", "10|%|of|$|5")]
    [InlineData("COVID-19 cases", "COVID-19|cases")]
    [InlineData("group,, to", "group|,|,|to")]
    public void Tokens_AreCutAsExpected(string text, string expected)
    {
        var doc = DocBuilder.Segmented(text);
        Assert.Equal(expected.Split('|'), DocBuilder.TokenTexts(doc));
    }

    [Theory]
    [InlineData("17,500", TokenKind.Number)]
    [InlineData("13th", TokenKind.Number)]
    [InlineData("Maliki", TokenKind.Word)]
    [InlineData(",", TokenKind.Punctuation)]
    [InlineData("%", TokenKind.Punctuation)]
    [InlineData("$", TokenKind.Symbol)]
    public void Tokens_HaveKinds(string text, TokenKind kind)
    {
        var doc = DocBuilder.Segmented(text);
        Assert.Equal(kind, Assert.Single(doc.Tokens).Kind);
    }

    [Fact]
    public void Tokens_SpansPointIntoOriginalAtSameOffsets()
    {
        const string text = "\u201CThe September\u00A01 massacre\u201D \u2013 Iraq\u2019s forces.";
        var doc = DocBuilder.Segmented(text);
        var words = doc.Tokens.Where(t => t.Kind == TokenKind.Word).Select(t => doc.Original[t.Start..t.End]);
        Assert.Equal(["The", "September", "massacre", "Iraq", "\u2019s", "forces"], words);
    }
}

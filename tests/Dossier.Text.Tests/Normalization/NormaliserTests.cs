using Dossier.Text.Normalization;
using Dossier.Text.Pipeline;

namespace Dossier.Text.Tests.Normalization;

public class NormaliserTests
{
    [Theory]
    [InlineData("Iraq\u2019s camp", "Iraq's camp")]
    [InlineData("\u2018no doubt\u2019", "'no doubt'")]
    [InlineData("\u201CWe demand\u201D", "\"We demand\"")]
    [InlineData("\u201Equote\u201C and \u00ABguillemets\u00BB", "\"quote\" and \"guillemets\"")]
    [InlineData("Camp Liberty \u2013 all", "Camp Liberty - all")]
    [InlineData("a\u2014b\u2012c\u2212d\u2011e\u2015f", "a-b-c-d-e-f")]
    [InlineData("Remi\u00A0Pagani", "Remi Pagani")]
    [InlineData("1\u2009000\u202F000", "1 000 000")]
    [InlineData("zero\u200Bwidth\uFEFFmark", "zero width mark")]
    [InlineData("wait\u2026", "wait.")]
    [InlineData("line\u2028next\u2029para", "line\nnext\npara")]
    [InlineData("a\tb", "a b")]
    [InlineData("\uFF21\uFF11\uFF01", "A1!")]
    [InlineData("ideographic\u3000space", "ideographic space")]
    public void Find_FoldsCharacters_ToAsciiForms(string original, string expected)
    {
        Assert.Equal(expected, Normaliser.Find(original));
    }

    [Theory]
    [InlineData("one\r\ntwo", "one \ntwo")]
    [InlineData("one\rtwo", "one\ntwo")]
    [InlineData("end\r", "end\n")]
    public void Find_CarriageReturns_KeepLengthAndLineBreaks(string original, string expected)
    {
        Assert.Equal(expected, Normaliser.Find(original));
    }

    [Fact]
    public void Find_PlainAscii_ReturnsSameInstance()
    {
        const string text = "Nothing to fold here.\nSecond line.";
        Assert.Same(text, Normaliser.Find(text));
    }

    [Fact]
    public void Find_EveryBmpCharacter_MapsOneForOne()
    {
        var all = new string(Enumerable.Range(0, 0x10000).Select(i => (char)i).ToArray());
        var folded = Normaliser.Find(all);
        Assert.Equal(all.Length, folded.Length);
        for (var i = 0; i < all.Length; i++)
        {
            var c = all[i];
            if (char.IsWhiteSpace(c) && c is not ('\n' or '\r' or '\u0085' or '\u2028' or '\u2029'))
            {
                Assert.True(folded[i] == ' ', $"U+{i:X4} should fold to a space");
            }

            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.DashPunctuation)
            {
                Assert.True(folded[i] == '-', $"dash U+{i:X4} should fold to '-'");
            }
        }
    }

    [Fact]
    public void Annotate_KeepsOriginal_AndTextHasSameLength()
    {
        var doc = new Doc("\u201CSix women\u201D \u2013 and one man\u00A0");
        new Normaliser().Annotate(doc);
        Assert.Equal(doc.Original.Length, doc.Text.Length);
        Assert.Equal("\"Six women\" - and one man ", doc.Text);
        Assert.StartsWith("\u201C", doc.Original);
    }

    [Fact]
    public void Find_SurrogatePairsAndRtlText_AreLeftIntact()
    {
        const string text = "\uD83D\uDE00 \u0627\u0644\u0639\u0631\u0627\u0642 \u05E9\u05DC\u05D5\u05DD";
        Assert.Equal(text, Normaliser.Find(text));
    }
}

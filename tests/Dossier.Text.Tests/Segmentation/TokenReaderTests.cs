using Dossier.Text.Segmentation;
using Dossier.Text.Tests.Support;

namespace Dossier.Text.Tests.Segmentation;

public class TokenReaderTests
{
    [Fact]
    public void Reads_OutsideTheTokenList_AsNothing()
    {
        var doc = DocBuilder.Segmented("On 13th of Sept. 2013");
        var r = new TokenReader(doc.Text, doc.Tokens);
        Assert.False(r.Has(-1));
        Assert.True(r.Span(99).IsEmpty);
        Assert.False(r.Is(-5, "on"));
        Assert.Equal('\0', r.First(42));
        Assert.False(r.Touches(0));
    }

    [Fact]
    public void Reads_WordsDaysAndBareForms()
    {
        var doc = DocBuilder.Segmented("On 13th of Sept. 2013");
        var r = new TokenReader(doc.Text, doc.Tokens);
        Assert.True(r.Is(0, "ON"));
        Assert.True(r.TryDay(1, out var day) && day == 13);
        Assert.Equal("Sept", r.Bare(3).ToString());
        Assert.True(r.TryDigits(4, 4, out var year) && year == 2013);
        Assert.False(r.TryDay(4, out _));
    }
}

using System.Text;
using Dossier.Core.Ingest.Formats;

namespace Dossier.Core.Tests.Ingest;

public sealed class ReportTextReaderTests
{
    private static ExtractedText Read(DocumentFormat format, string text) =>
        ReportTextReader.Read(format, Encoding.UTF8.GetBytes(text), CancellationToken.None);

    [Fact]
    public void Read_KeepsPlainTextExactlyAsWritten()
    {
        const string text = "GENEVA, 3 May 2021 –  Police  arrested 14 protesters.\r\n\r\n\r\nSecond paragraph.";

        var result = Read(DocumentFormat.PlainText, text);

        Assert.True(result.Succeeded);
        Assert.Equal(text, result.Text);
    }

    [Fact]
    public void Read_KeepsMarkdownMarkup_SoOffsetsPointIntoWhatTheAuthorWrote()
    {
        const string text = "# Statement\n\n**Soldiers** killed [three villagers](https://example.org).\n";

        var result = Read(DocumentFormat.Markdown, text);

        Assert.Equal(text, result.Text);
    }

    [Fact]
    public void Read_TakesTheArticleOfAnHtmlPage_WithoutScriptsStylesOrNavigation()
    {
        const string html = """
            <html><head><title>Arrests in the capital</title><style>p { color: red }</style>
            <script>var tracking = "SCRIPT-TEXT";</script></head>
            <body><nav><a href="/">Home</a> | <a href="/about">About us</a> | NAV-TEXT</nav>
            <article><h1>Arrests in the capital</h1>
            <p>Security forces detained the journalist Ana Lopez on Tuesday evening after she reported on the protests in the main square.</p>
            <p>Her lawyer said she was held without charge for two days and was denied access to her family throughout that time.</p>
            <p>Rights groups called for her immediate release and for an independent inquiry into the treatment of detained reporters.</p>
            </article><footer>Copyright FOOTER-TEXT</footer></body></html>
            """;

        var result = Read(DocumentFormat.Html, html);

        Assert.True(result.Succeeded);
        Assert.Contains("Security forces detained the journalist Ana Lopez", result.Text);
        Assert.Contains("independent inquiry", result.Text);
        Assert.DoesNotContain("SCRIPT-TEXT", result.Text);
        Assert.DoesNotContain("color: red", result.Text);
        Assert.DoesNotContain("NAV-TEXT", result.Text);
        Assert.Equal("Arrests in the capital", result.Title);
    }

    [Fact]
    public void Read_FallsBackToBodyText_WhenThePageHasNoArticle()
    {
        const string html = "<html><head><script>alert('SCRIPT-TEXT')</script></head><body><div>Two detained.</div><div>Names<br>withheld.</div></body></html>";

        var result = Read(DocumentFormat.Html, html);

        Assert.Equal("Two detained.\n\nNames\nwithheld.", result.Text);
    }

    [Fact]
    public void Read_ExtractsPdfTextPageByPage()
    {
        var pdf = PdfFixture.Build("Bulletin", ["Page one: a convoy was shelled."], ["Page two: nine people were injured."]);

        var result = ReportTextReader.Read(DocumentFormat.Pdf, pdf, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("Page one: a convoy was shelled.\n\nPage two: nine people were injured.", result.Text);
        Assert.Equal("Bulletin", result.Title);
    }

    [Theory]
    [InlineData("%PDF-1.7\nthis is not really a PDF body")]
    [InlineData("just some words")]
    public void Read_FailsWithCorruptPdf_ForDamagedOrFakePdfs(string content)
    {
        var result = Read(DocumentFormat.Pdf, content);

        Assert.False(result.Succeeded);
        Assert.StartsWith("corrupt PDF", result.Error);
    }

    [Fact]
    public void Read_RefusesBinaryContent_UnderATextExtension()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

        var result = ReportTextReader.Read(DocumentFormat.PlainText, png, CancellationToken.None);

        Assert.Equal("not a text file: looks like a PNG image", result.Error);
    }

    [Fact]
    public void Read_DecodesInvalidUtf8WithReplacement_AndWarns()
    {
        byte[] bytes = [.. "Caf"u8, 0xE9, .. " closed\n"u8];

        var result = ReportTextReader.Read(DocumentFormat.PlainText, bytes, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal("Caf\uFFFD closed\n", result.Text);
        Assert.Equal(["invalid UTF-8: 1 invalid byte sequence(s) replaced with U+FFFD"], result.Warnings);
    }

    [Fact]
    public void Read_DecodesUtf16WithByteOrderMark_DespiteItsNulBytes()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Dix morts")).ToArray();

        var result = ReportTextReader.Read(DocumentFormat.PlainText, bytes, CancellationToken.None);

        Assert.Equal("Dix morts", result.Text);
        Assert.Empty(result.Warnings);
    }
}

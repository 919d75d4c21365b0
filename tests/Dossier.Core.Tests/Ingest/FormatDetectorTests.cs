using System.Text;
using Dossier.Core.Ingest.Formats;

namespace Dossier.Core.Tests.Ingest;

public sealed class FormatDetectorTests
{
    [Theory]
    [InlineData(".txt", DocumentFormat.PlainText)]
    [InlineData(".MD", DocumentFormat.Markdown)]
    [InlineData(".htm", DocumentFormat.Html)]
    [InlineData(".html", DocumentFormat.Html)]
    [InlineData(".Pdf", DocumentFormat.Pdf)]
    public void FromExtension_RecognisesSupportedExtensions_CaseInsensitively(string extension, DocumentFormat expected) =>
        Assert.Equal(expected, FormatDetector.FromExtension(extension));

    [Theory]
    [InlineData(".docx")]
    [InlineData(".csv")]
    [InlineData(".exe")]
    public void FromExtension_ReturnsNull_ForUnsupportedExtensions(string extension) =>
        Assert.Null(FormatDetector.FromExtension(extension));

    [Theory]
    [InlineData("%PDF-1.4 …", DocumentFormat.Pdf)]
    [InlineData("  \n<!doctype html><p>x</p>", DocumentFormat.Html)]
    [InlineData("\uFEFF<html>", DocumentFormat.Html)]
    [InlineData("Plain words <b>later</b>", DocumentFormat.PlainText)]
    public void Sniff_GuessesTheFormatOfNamelessInput(string start, DocumentFormat expected) =>
        Assert.Equal(expected, FormatDetector.Sniff(Encoding.UTF8.GetBytes(start)));

    [Fact]
    public void BinaryKind_NamesZipArchives_AndNulBytes()
    {
        Assert.Equal("a ZIP archive (or an Office document)", FormatDetector.BinaryKind([0x50, 0x4B, 0x03, 0x04, 1, 2]));
        Assert.Equal("binary data (contains NUL bytes)", FormatDetector.BinaryKind("ab\0cd"u8));
        Assert.Null(FormatDetector.BinaryKind("ordinary text"u8));
    }
}

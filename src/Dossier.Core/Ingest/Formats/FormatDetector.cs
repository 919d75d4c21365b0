namespace Dossier.Core.Ingest.Formats;

/// <summary>
/// Decides a report's format from its file extension, or from its first bytes when it has none
/// (standard input), and recognises binary content that must not be read as text.
/// </summary>
public static class FormatDetector
{
    public const string SupportedExtensions = ".txt, .md, .html, .htm, .pdf";

    public static DocumentFormat? FromExtension(string extension) => extension.ToLowerInvariant() switch
    {
        ".txt" or ".text" => DocumentFormat.PlainText,
        ".md" or ".markdown" => DocumentFormat.Markdown,
        ".html" or ".htm" => DocumentFormat.Html,
        ".pdf" => DocumentFormat.Pdf,
        _ => null,
    };

    /// <summary>For input without a name (standard input): PDF by its header, HTML by a leading tag, else text.</summary>
    public static DocumentFormat Sniff(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF-"u8))
        {
            return DocumentFormat.Pdf;
        }

        var start = content[..Math.Min(content.Length, 512)];
        if (start.StartsWith(ByteOrderMarks.Utf8))
        {
            start = start[3..];
        }

        start = start.TrimStart(" \t\r\n"u8);

        return start.Length > 0 && start[0] == (byte)'<' ? DocumentFormat.Html : DocumentFormat.PlainText;
    }

    public static string MediaType(DocumentFormat format) => format switch
    {
        DocumentFormat.PlainText => "text/plain",
        DocumentFormat.Markdown => "text/markdown",
        DocumentFormat.Html => "text/html",
        DocumentFormat.Pdf => "application/pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>Names the kind of binary file when the bytes start with a known signature.</summary>
    public static string? BinaryKind(ReadOnlySpan<byte> content)
    {
        foreach (var (magic, kind) in Signatures)
        {
            if (content.StartsWith(magic))
            {
                return kind;
            }
        }

        // A NUL byte never occurs in UTF-8 text; UTF-16 text is recognised by its BOM before this.
        return content[..Math.Min(content.Length, 8192)].Contains((byte)0) ? "binary data (contains NUL bytes)" : null;
    }

    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ("%PDF-"u8.ToArray(), "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or an Office document)"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document"),
    ];
}

namespace Dossier.Core.Ingest.Formats;

/// <summary>
/// Reads the text of a report in any supported format. Plain text and Markdown are kept exactly
/// as written (Markdown markup is light and harmless to extraction, and keeping it means every
/// offset points into what the author wrote); HTML and PDF are reduced to their main text.
/// </summary>
public static class ReportTextReader
{
    /// <summary>Changes whenever the way text is obtained changes; stored with every document.</summary>
    public const string Version = "text-1";

    public static ExtractedText Read(DocumentFormat format, byte[] content, CancellationToken cancellationToken)
    {
        if (format == DocumentFormat.Pdf)
        {
            return PdfTextExtractor.Extract(content, cancellationToken);
        }

        if (FormatDetector.BinaryKind(content) is { } kind && !HasUnicodeBom(content))
        {
            return ExtractedText.Fail($"not a text file: looks like {kind}");
        }

        var decoded = TextDecoder.Decode(content);
        var warnings = decoded.Warning is null ? Array.Empty<string>() : [decoded.Warning];
        if (format != DocumentFormat.Html)
        {
            return ExtractedText.Ok(decoded.Text, null, warnings);
        }

        var html = HtmlTextExtractor.Extract(decoded.Text);
        return html with { Warnings = [.. warnings, .. html.Warnings] };
    }

    private static bool HasUnicodeBom(ReadOnlySpan<byte> content) =>
        content.StartsWith(ByteOrderMarks.Utf16LittleEndian) || content.StartsWith(ByteOrderMarks.Utf16BigEndian);
}

using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Dossier.Core.Ingest.Formats;

/// <summary>
/// The text of a PDF with PdfPig, page by page in reading order; pages are separated by a blank
/// line. A PDF without a text layer (a scan) has no text to offer and fails.
/// </summary>
public static class PdfTextExtractor
{
    public static ExtractedText Extract(byte[] content, CancellationToken cancellationToken)
    {
        // The PDF specification lets the header sit anywhere in the first 1024 bytes.
        if (content.AsSpan(0, Math.Min(content.Length, 1024)).IndexOf("%PDF-"u8) < 0)
        {
            return ExtractedText.Fail("corrupt PDF: no %PDF header");
        }

        var pages = new List<string>();
        string? title;
        try
        {
            using var pdf = PdfDocument.Open(content);
            title = pdf.Information.Title;
            foreach (var page in pdf.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                pages.Add(WhitespaceNormalizer.Normalize(ContentOrderTextExtractor.GetText(page)));
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The PDF parser reports malformed input with many exception types; for untrusted
            // input they all mean the same thing to the person ingesting: this file is damaged.
            return ExtractedText.Fail($"corrupt PDF: {error.Message}");
        }

        var text = string.Join("\n\n", pages.Where(p => p.Length > 0));
        return ExtractedText.Ok(text, string.IsNullOrWhiteSpace(title) ? null : title.Trim(), []);
    }
}

namespace Dossier.Core.Ingest.Formats;

/// <summary>The report formats ingest understands, each with its media type.</summary>
public enum DocumentFormat
{
    PlainText,
    Markdown,
    Html,
    Pdf,
}

using Dossier.Core.Domain.Sources;

namespace Dossier.Core.Ingest;

/// <summary>
/// A report after <see cref="IngestService.PrepareAsync"/>: either settled before any write (failed, or a
/// duplicate of a source already stored) or read and analysed, with the source, its text and what each
/// document processor will write, ready for <see cref="IngestService.StoreAsync"/>. Immutable.
/// </summary>
public sealed class PreparedReport
{
    private PreparedReport(string fileName, IngestResult? settled, NewSource? source, PreparedText? text, IReadOnlyList<IDocumentWrite> writes)
    {
        FileName = fileName;
        Settled = settled;
        Source = source;
        Text = text;
        Writes = writes;
    }

    public string FileName { get; }

    /// <summary>The result when nothing is to be written; null when the report is ready to store.</summary>
    public IngestResult? Settled { get; }

    internal NewSource? Source { get; }

    internal PreparedText? Text { get; }

    internal IReadOnlyList<IDocumentWrite> Writes { get; }

    internal static PreparedReport Done(IngestResult result) => new(result.FileName, result, null, null, []);

    internal static PreparedReport Ready(NewSource source, PreparedText text, IReadOnlyList<IDocumentWrite> writes) =>
        new(source.FileName, null, source, text, writes);

    /// <summary>The document text as read from the source, with the reader that produced it.</summary>
    internal sealed record PreparedText(string Text, string TextSha256, string ExtractorVersion, IReadOnlyList<string> Warnings);
}

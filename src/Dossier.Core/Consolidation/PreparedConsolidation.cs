using Dossier.Core.Domain.Documents;
using Dossier.Core.Ingest;
using Dossier.Core.Storage;
using Dossier.Text.Model;

namespace Dossier.Core.Consolidation;

/// <summary>
/// One document as read by <see cref="ConsolidationProcessor.Read"/>: its extraction, how long that took and
/// its fingerprint, waiting to be written inside the document's transaction. Immutable.
/// </summary>
public sealed class PreparedConsolidation : IDocumentWrite
{
    private readonly Consolidator _consolidator;
    private readonly string _text;
    private readonly TimeSpan _elapsed;
    private readonly TextFingerprint _fingerprint;

    internal PreparedConsolidation(Consolidator consolidator, string text, ExtractionResult extraction, TimeSpan elapsed, TextFingerprint fingerprint)
    {
        _consolidator = consolidator;
        _text = text;
        Extraction = extraction;
        _elapsed = elapsed;
        _fingerprint = fingerprint;
    }

    public ExtractionResult Extraction { get; }

    public async Task WriteAsync(StoredDocument document, IRecordWriter writer, CancellationToken cancellationToken) =>
        await WriteWithOutcomeAsync(document, writer, cancellationToken);

    /// <summary>Stores the extraction and consolidates it; returns which incidents it started and joined.</summary>
    public async Task<ConsolidationOutcome> WriteWithOutcomeAsync(StoredDocument document, IRecordWriter writer, CancellationToken cancellationToken)
    {
        // Spans point into the text that was read: writing them against another text would fake provenance.
        if (!string.Equals(document.Text, _text, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Document {document.Id} is not the text this extraction was read from.", nameof(document));
        }

        var extractionId = await writer.AddExtractionAsync(document.Id, Extraction, _elapsed, cancellationToken);
        var report = new ReportInput(document.SourceId, document.Text, Extraction)
        {
            DocumentId = document.Id,
            ExtractionId = extractionId,
            Fingerprint = _fingerprint,
        };
        return await _consolidator.ConsolidateAsync(writer, report, cancellationToken);
    }
}

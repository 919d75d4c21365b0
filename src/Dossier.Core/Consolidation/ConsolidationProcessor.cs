using Dossier.Core.Domain.Documents;
using Dossier.Core.Domain.Sources;
using Dossier.Core.Ingest;
using Dossier.Core.Storage;
using Dossier.Text.Model;

namespace Dossier.Core.Consolidation;

/// <summary>
/// The ingest step that reads a new document with the extraction pipeline, stores the extraction, and
/// consolidates its incidents, people, places and demands into the record, in the ingest transaction.
/// </summary>
public sealed class ConsolidationProcessor(Func<string, DateOnly?, ExtractionResult> extract, TimeProvider time) : IDocumentProcessor
{
    private readonly Consolidator _consolidator = new();

    public string Name => "consolidate";

    public async Task ProcessAsync(StoredDocument document, IRecordWriter writer, CancellationToken cancellationToken)
    {
        await ProcessWithOutcomeAsync(document, writer, cancellationToken);
    }

    public async Task<ConsolidationOutcome> ProcessWithOutcomeAsync(StoredDocument document, IRecordWriter writer, CancellationToken cancellationToken)
    {
        var source = await writer.FindSourceAsync(document.SourceSha256, cancellationToken);
        // Only a publication date known to the day anchors the pipeline's date resolution.
        var published = PublishedDateParser.TryParse(source?.Published, out var given) && given.Precision == DatePrecision.Day
            ? given.Start
            : (DateOnly?)null;
        var started = time.GetTimestamp();
        var extraction = extract(document.Text, published);
        var extractionId = await writer.AddExtractionAsync(document.Id, extraction, time.GetElapsedTime(started), cancellationToken);
        var report = new ReportInput(document.SourceId, document.Text, extraction) { DocumentId = document.Id, ExtractionId = extractionId };
        return await _consolidator.ConsolidateAsync(writer, report, cancellationToken);
    }
}

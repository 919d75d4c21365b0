using Dossier.Core.Domain.Sources;
using Dossier.Core.Ingest;
using Dossier.Text.Model;

namespace Dossier.Core.Consolidation;

/// <summary>
/// The ingest step that reads a new document with the extraction pipeline (before the ingest transaction,
/// on any thread) and then, inside the transaction, stores the extraction and consolidates its incidents,
/// people, places and demands into the record.
/// </summary>
public sealed class ConsolidationProcessor(Func<string, DateOnly?, ExtractionResult> extract, TimeProvider time) : IDocumentProcessor
{
    private readonly Consolidator _consolidator = new();

    public string Name => "consolidate";

    public IDocumentWrite Prepare(string text, DateValue? published, CancellationToken cancellationToken) =>
        Read(text, published, cancellationToken);

    /// <summary>Runs the pipeline and fingerprints the text: CPU only, no store, safe on several documents at once.</summary>
    public PreparedConsolidation Read(string text, DateValue? published, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var started = time.GetTimestamp();
        var extraction = extract(text, PublishedDateParser.AnchorDay(published));
        var elapsed = time.GetElapsedTime(started);
        return new PreparedConsolidation(_consolidator, text, extraction, elapsed, TextFingerprint.Of(text));
    }
}

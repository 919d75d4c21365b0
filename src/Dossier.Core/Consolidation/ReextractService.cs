using Dossier.Core.Storage;

namespace Dossier.Core.Consolidation;

/// <summary>
/// Reruns the pipeline on every document after a pipeline upgrade: per source, in one transaction, its
/// proposed extractor claims are superseded, the new extraction is consolidated (joining the same
/// incidents when they still match, so ids stay), and the incidents touched are recomputed. The pipeline
/// runs before each transaction opens, so the write lock is held only while writing. Analysts'
/// and confirmed claims are kept. Documents already read by this pipeline version are skipped unless forced.
/// </summary>
public sealed class ReextractService(IDossierStore store, ConsolidationProcessor processor, string pipelineId)
{
    public async Task<(int Reextracted, int Skipped)> RunAsync(bool force, CancellationToken cancellationToken)
    {
        var reextracted = 0;
        var skipped = 0;
        foreach (var (documentId, pipeline) in await store.ListLatestDocumentsAsync(cancellationToken))
        {
            if (!force && pipeline == pipelineId)
            {
                skipped++;
                continue;
            }

            var document = await store.GetDocumentAsync(documentId, cancellationToken)
                ?? throw new InvalidOperationException($"Document {documentId} vanished during re-extraction.");
            var read = processor.Read(document.Text, document.Published, cancellationToken);
            await using var writer = await store.BeginWriteAsync(pipelineId, cancellationToken);
            var touched = (await writer.SupersedeExtractedAsync(document.SourceId, cancellationToken)).ToHashSet();
            var outcome = await read.WriteWithOutcomeAsync(document, writer, cancellationToken);
            touched.UnionWith(outcome.JoinedIncidents.Select(j => j.IncidentId));
            foreach (var incident in touched)
            {
                await writer.RefreshIncidentAsync(incident, cancellationToken);
            }

            await writer.CommitAsync(cancellationToken);
            reextracted++;
        }

        return (reextracted, skipped);
    }
}

using Dossier.Core.Consolidation;
using Dossier.Core.Ingest;
using Dossier.Text.Pipeline;

namespace Dossier.Cli.Ingest;

/// <summary>
/// The steps run on every newly ingested document, in order: each reads the text before the ingest
/// transaction (on a worker thread) and writes what it found inside it. This is the extension point
/// for extraction: add one line per processor (e.g. the extraction pipeline).
/// </summary>
internal static class DocumentProcessors
{
    public static IReadOnlyList<IDocumentProcessor> Create() =>
    [
        Consolidation(),
    ];

    /// <summary>Reads each document with the default pipeline and consolidates what it says into the record.</summary>
    public static ConsolidationProcessor Consolidation() =>
        new((text, published) => PipelineFactory.Default.Extract(text, published), TimeProvider.System);
}

using Dossier.Core.Ingest;

namespace Dossier.Cli.Ingest;

/// <summary>
/// The steps run on every newly ingested document, inside its transaction, in order. This is the
/// extension point for extraction: add one line per processor (e.g. the extraction pipeline).
/// </summary>
internal static class DocumentProcessors
{
    public static IReadOnlyList<IDocumentProcessor> Create() =>
    [
    ];
}

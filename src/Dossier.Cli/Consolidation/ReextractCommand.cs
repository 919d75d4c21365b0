using System.CommandLine;
using Dossier.Cli.Infrastructure;
using Dossier.Cli.Ingest;
using Dossier.Core.Consolidation;
using Dossier.Text.Pipeline;

namespace Dossier.Cli.Consolidation;

/// <summary>`dossier reextract [--force]`: reruns the pipeline on every document read by an older version, keeping analysts' claims.</summary>
internal sealed class ReextractCommand : Command
{
    private readonly Option<bool> _force = new("--force") { Description = "Also re-read documents already read by this pipeline version" };
    private readonly DatabaseOption _db;

    public ReextractCommand(DatabaseOption db)
        : base("reextract", $"Re-run the pipeline ({TextPipeline.Id}) on stored documents; older extractor claims are superseded, analysts' kept")
    {
        _db = db;
        Options.Add(_force);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        await using var store = await _db.OpenExistingStoreAsync(parseResult, cancellationToken);
        if (store is null)
        {
            return ExitCodes.Usage;
        }

        var service = new ReextractService(store, DocumentProcessors.Consolidation(), TextPipeline.Id);
        var (done, skipped) = await service.RunAsync(parseResult.GetValue(_force), cancellationToken);
        parseResult.InvocationConfiguration.Output.WriteLine($"Re-extracted {done} document(s) with {TextPipeline.Id}; {skipped} already current.");
        return ExitCodes.Ok;
    }
}

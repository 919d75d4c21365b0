using System.CommandLine;
using Dossier.Cli.Infrastructure;
using Dossier.Core.Ingest;

namespace Dossier.Cli.Ingest;

/// <summary>`dossier ingest PATH...`: archives reports and their text; exit 0 all in, 1 some failed, 2 usage.</summary>
internal sealed class IngestCommand : Command
{
    private readonly Argument<string[]> _paths = new("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files or folders (recursive); - for standard input" };
    private readonly SourceMetadataOptions _metadata = new();
    private readonly Option<long> _maxBytes = new("--max-bytes") { Description = "Refuse files larger than this many bytes", DefaultValueFactory = _ => IngestOptions.DefaultMaxBytes };
    private readonly Option<bool> _json = new("--json") { Description = "Print the outcome of every input as JSON (docs/cli-json.md)" };
    private readonly DatabaseOption _db;

    public IngestCommand(DatabaseOption db)
        : base("ingest", "Archive reports (.txt .md .html .htm .pdf) with their text; the same bytes twice add nothing")
    {
        _db = db;
        Arguments.Add(_paths);
        _metadata.AddTo(this);
        _maxBytes.Validators.Add(r => { if (r.GetValueOrDefault<long>() <= 0) { r.AddError("--max-bytes must be positive."); } });
        Options.Add(_maxBytes);
        Options.Add(_json);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var json = parseResult.GetValue(_json);
        await using var store = await _db.OpenOrCreateStoreAsync(parseResult, cancellationToken);
        if (store is null)
        {
            return ExitCodes.Usage;
        }

        var service = new IngestService(store, TimeProvider.System, new IngestOptions { MaxBytes = parseResult.GetValue(_maxBytes) }, DocumentProcessors.Create());
        var metadata = _metadata.Read(parseResult);
        var batch = new IngestBatch(service, _ => metadata, output, error, quiet: false);

        var (files, missing) = InputFiles.Expand(parseResult.GetValue(_paths)!);
        foreach (var path in missing)
        {
            batch.AddFailure(path, "no such file or folder");
        }

        var summary = await batch.RunAsync(files, showProgress: !json && Terminal.IsInteractive(parseResult), cancellationToken);
        if (json)
        {
            CliJson.Write(output, summary);
        }
        else
        {
            output.WriteLine($"{summary.Added} added, {summary.Duplicates} duplicate(s), {summary.Failed} failed{(summary.Warnings > 0 ? $", {summary.Warnings} with warnings" : "")}{(summary.Cancelled ? " (cancelled)" : "")}");
        }

        return summary.Cancelled ? ExitCodes.Cancelled : summary.Failed > 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }
}

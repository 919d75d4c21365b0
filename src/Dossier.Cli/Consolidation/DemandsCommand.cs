using System.CommandLine;
using Dossier.Cli.Infrastructure;

namespace Dossier.Cli.Consolidation;

/// <summary>`dossier demands [--status S]`: who called on whom to do what, with the source and quote.</summary>
internal sealed class DemandsCommand : Command
{
    private readonly Option<string?> _status = new("--status") { Description = "proposed, confirmed or rejected" };
    private readonly Option<bool> _json = new("--json") { Description = "Print as JSON" };
    private readonly DatabaseOption _db;

    public DemandsCommand(DatabaseOption db)
        : base("demands", "List demands: by whom, to whom, what, from which report")
    {
        _db = db;
        _status.AcceptOnlyFromAmong("proposed", "confirmed", "rejected");
        Options.Add(_status);
        Options.Add(_json);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        await using var store = await _db.OpenExistingStoreAsync(parseResult, cancellationToken);
        if (store is null)
        {
            return ExitCodes.Usage;
        }

        var demands = await store.ListDemandsAsync(parseResult.GetValue(_status), cancellationToken);
        if (parseResult.GetValue(_json))
        {
            CliJson.Write(output, demands);
            return ExitCodes.Ok;
        }

        foreach (var d in demands)
        {
            var to = d.Addressees.Count == 0 ? "" : $" → {string.Join(", ", d.Addressees)}";
            output.WriteLine($"#{d.Id,-5} {d.Date ?? d.SourceDate ?? "undated",-10} {d.By ?? "unknown"}{to}: {d.What}  ({d.SourceFile}, {d.Status})");
        }

        output.WriteLine($"{demands.Count} demand(s)");
        return ExitCodes.Ok;
    }
}

using System.CommandLine;
using Dossier.Cli.Infrastructure;

namespace Dossier.Cli.Consolidation;

/// <summary>`dossier merge A B`: B is merged into A and forwards to it; `dossier split A --undo LINK` undoes it.</summary>
internal sealed class MergeCommand : Command
{
    private readonly Argument<long> _survivor = new("survivor") { Description = "Incident that stays" };
    private readonly Argument<long> _merged = new("merged") { Description = "Incident merged into it (its id forwards)" };
    private readonly Option<string> _reason = new("--reason") { Description = "Why they are one incident", DefaultValueFactory = _ => "merged by analyst" };
    private readonly Option<string> _user = new("--user") { Description = "Who makes the change (audit log)", DefaultValueFactory = _ => Environment.UserName };
    private readonly DatabaseOption _db;

    public MergeCommand(DatabaseOption db)
        : base("merge", "Merge incident B into incident A (B's id forwards to A; undo with split --undo)")
    {
        _db = db;
        Arguments.Add(_survivor);
        Arguments.Add(_merged);
        Options.Add(_reason);
        Options.Add(_user);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var (survivor, merged) = (parseResult.GetValue(_survivor), parseResult.GetValue(_merged));
        var error = parseResult.InvocationConfiguration.Error;
        await using var store = await _db.OpenExistingStoreAsync(parseResult, cancellationToken);
        if (store is null)
        {
            return ExitCodes.Usage;
        }

        await using var writer = await store.BeginWriteAsync(parseResult.GetValue(_user)!, cancellationToken);
        var a = await writer.ResolveIncidentAsync(survivor, cancellationToken);
        var b = await writer.ResolveIncidentAsync(merged, cancellationToken);
        if (a is null || b is null || a == b)
        {
            error.WriteLine(a is null || b is null ? $"No incident {(a is null ? survivor : merged)}." : $"{survivor} and {merged} are already one incident ({a}).");
            return ExitCodes.Failed;
        }

        var link = await writer.MergeIncidentsAsync(a.Value, b.Value, parseResult.GetValue(_reason)!, cancellationToken);
        await writer.CommitAsync(cancellationToken);
        parseResult.InvocationConfiguration.Output.WriteLine($"Merged incident {b} into {a} (link {link}; undo: dossier split {a} --undo {link}).");
        return ExitCodes.Ok;
    }
}

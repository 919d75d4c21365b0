using System.CommandLine;
using Dossier.Cli.Infrastructure;

namespace Dossier.Cli.Consolidation;

/// <summary>
/// `dossier split ID --claims 3,4` moves claims to a new incident; `dossier split ID --undo LINK` undoes a
/// merge or a report's automatic join (shown as links by `dossier show ID`).
/// </summary>
internal sealed class SplitCommand : Command
{
    private readonly Argument<long> _id = new("id") { Description = "Incident to split" };
    private readonly Option<long[]> _claims = new("--claims") { Description = "Claim ids to move to a new incident", AllowMultipleArgumentsPerToken = true, CustomParser = r => r.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries)).Select(long.Parse).ToArray() };
    private readonly Option<long?> _undo = new("--undo") { Description = "Link id of a merge or join to undo" };
    private readonly Option<string> _user = new("--user") { Description = "Who makes the change (audit log)", DefaultValueFactory = _ => Environment.UserName };
    private readonly DatabaseOption _db;

    public SplitCommand(DatabaseOption db)
        : base("split", "Move claims to a new incident, or undo a merge/join by its link id")
    {
        _db = db;
        Arguments.Add(_id);
        Options.Add(_claims);
        Options.Add(_undo);
        Options.Add(_user);
        Validators.Add(r =>
        {
            if ((r.GetValue(_claims) is { Length: > 0 }) == (r.GetValue(_undo) is not null))
            {
                r.AddError("Give either --claims or --undo.");
            }
        });
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var id = parseResult.GetValue(_id);
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        await using var store = await _db.OpenExistingStoreAsync(parseResult, cancellationToken);
        if (store is null)
        {
            return ExitCodes.Usage;
        }

        await using var writer = await store.BeginWriteAsync(parseResult.GetValue(_user)!, cancellationToken);
        var incident = await writer.ResolveIncidentAsync(id, cancellationToken);
        var record = incident is null ? null : await store.GetIncidentAsync(incident.Value, cancellationToken);
        if (record is null)
        {
            error.WriteLine($"No incident {id}.");
            return ExitCodes.Failed;
        }

        if (parseResult.GetValue(_undo) is { } linkId)
        {
            var link = record.Links.FirstOrDefault(l => l.Id == linkId);
            if (link is null || link.Undone || link.Kind is not ("merged" or "joined"))
            {
                error.WriteLine($"Incident {record.Id} has no merge or join link {linkId} that can be undone (see dossier show {record.Id}).");
                return ExitCodes.Failed;
            }

            var restored = await writer.UndoLinkAsync(linkId, cancellationToken);
            await writer.CommitAsync(cancellationToken);
            output.WriteLine($"Undid link {linkId}: its claims are on incident {restored} again.");
            return ExitCodes.Ok;
        }

        var claims = parseResult.GetValue(_claims)!;
        var unknown = claims.Where(c => record.Claims.All(x => x.Id != c)).ToList();
        if (unknown.Count > 0 || claims.Distinct().Count() == record.Claims.Count)
        {
            error.WriteLine(unknown.Count > 0 ? $"Claim(s) {string.Join(", ", unknown)} are not on incident {record.Id}." : "Splitting off every claim would leave the incident empty.");
            return ExitCodes.Failed;
        }

        var created = await writer.SplitClaimsAsync(record.Id, claims.Distinct().ToList(), "split by analyst", cancellationToken);
        await writer.CommitAsync(cancellationToken);
        output.WriteLine($"Moved {claims.Distinct().Count()} claim(s) from incident {record.Id} to new incident {created}.");
        return ExitCodes.Ok;
    }
}

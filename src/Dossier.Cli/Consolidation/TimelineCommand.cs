using System.CommandLine;
using Dossier.Cli.Infrastructure;

namespace Dossier.Cli.Consolidation;

/// <summary>`dossier timeline`: incidents and demands in date order, with the reports behind each.</summary>
internal sealed class TimelineCommand : Command
{
    private readonly Option<string?> _actor = new("--actor") { Description = "Only incidents naming this perpetrator, and demands by this actor" };
    private readonly Option<string?> _place = new("--place") { Description = "Only incidents at this place" };
    private readonly Option<bool> _json = new("--json") { Description = "Print as JSON" };
    private readonly DatabaseOption _db;

    public TimelineCommand(DatabaseOption db)
        : base("timeline", "Incidents and demands in date order, with the reports that describe them")
    {
        _db = db;
        Options.Add(_actor);
        Options.Add(_place);
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

        var entries = await store.TimelineAsync(parseResult.GetValue(_actor), parseResult.GetValue(_place), cancellationToken);
        if (parseResult.GetValue(_json))
        {
            CliJson.Write(output, entries);
            return ExitCodes.Ok;
        }

        foreach (var e in entries)
        {
            output.WriteLine($"{e.Date,-21} {e.Kind,-8} #{e.Id,-5} {e.Summary}  ({string.Join(", ", e.Sources)})");
        }

        output.WriteLine($"{entries.Count} entr{(entries.Count == 1 ? "y" : "ies")}");
        return ExitCodes.Ok;
    }
}

using System.CommandLine;
using Dossier.Cli.Infrastructure;

namespace Dossier.Cli.Consolidation;

/// <summary>`dossier show ID`: one incident with every claim, its source and the quoted text; merged ids forward.</summary>
internal sealed class ShowCommand : Command
{
    private readonly Argument<long> _id = new("id") { Description = "Incident id (a merged-away id shows the survivor)" };
    private readonly Option<bool> _json = new("--json") { Description = "Print as JSON" };
    private readonly DatabaseOption _db;

    public ShowCommand(DatabaseOption db)
        : base("show", "Show an incident: shown values, every claim with source and quoted span, merge history")
    {
        _db = db;
        Arguments.Add(_id);
        Options.Add(_json);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var id = parseResult.GetValue(_id);
        await using var store = await _db.OpenExistingStoreAsync(parseResult, cancellationToken);
        if (store is null)
        {
            return ExitCodes.Usage;
        }

        var record = await store.GetIncidentAsync(id, cancellationToken);
        if (record is null)
        {
            parseResult.InvocationConfiguration.Error.WriteLine($"No incident {id}.");
            return ExitCodes.Failed;
        }

        if (parseResult.GetValue(_json))
        {
            CliJson.Write(output, record);
            return ExitCodes.Ok;
        }

        if (record.RequestedId != record.Id)
        {
            output.WriteLine($"Incident {record.RequestedId} was merged into {record.Id}.");
        }

        output.WriteLine(IncidentText.Line(record.Summary));
        output.WriteLine("Shown values:");
        foreach (var shown in record.Shown)
        {
            output.WriteLine(IncidentText.Shown(shown));
            foreach (var claim in record.Claims.Where(c => c.Field == shown.Field))
            {
                output.WriteLine(IncidentText.Claim(claim));
            }
        }

        output.WriteLine("Why these reports are here:");
        foreach (var link in record.Links)
        {
            output.WriteLine(IncidentText.Link(link));
        }

        return ExitCodes.Ok;
    }
}

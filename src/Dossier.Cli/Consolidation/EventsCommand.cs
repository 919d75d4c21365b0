using System.CommandLine;
using Dossier.Cli.Infrastructure;
using Dossier.Core.Consolidation.Queries;
using Dossier.Core.Domain;

namespace Dossier.Cli.Consolidation;

/// <summary>`dossier events`: incidents on record, filtered by type, date, place, actor, country.</summary>
internal sealed class EventsCommand : Command
{
    private readonly Option<string?> _type = new("--type") { Description = "Event type (killing, abduction, …), primary or other act" };
    private readonly Option<string?> _from = new("--from") { Description = "On or after: YYYY, YYYY-MM or YYYY-MM-DD" };
    private readonly Option<string?> _to = new("--to") { Description = "On or before: YYYY, YYYY-MM or YYYY-MM-DD" };
    private readonly Option<string?> _place = new("--place") { Description = "Place name or alias (part of it)" };
    private readonly Option<string?> _actor = new("--actor") { Description = "Perpetrator name or alias (part of it)" };
    private readonly Option<string?> _country = new("--country") { Description = "ISO 3166-1 alpha-2 country code" };
    private readonly Option<bool> _json = new("--json") { Description = "Print as JSON" };
    private readonly DatabaseOption _db;

    public EventsCommand(DatabaseOption db)
        : base("events", "List incidents with their shown figures, low/high and disagreements")
    {
        _db = db;
        foreach (var option in new Option[] { _type, _from, _to, _place, _actor, _country, _json })
        {
            Options.Add(option);
        }

        _from.Validators.Add(r => { if (PartialDate.TryParse(r.GetValueOrDefault<string?>() ?? "2000") is null) { r.AddError("--from must be YYYY, YYYY-MM or YYYY-MM-DD."); } });
        _to.Validators.Add(r => { if (PartialDate.TryParse(r.GetValueOrDefault<string?>() ?? "2000") is null) { r.AddError("--to must be YYYY, YYYY-MM or YYYY-MM-DD."); } });
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

        var filter = new IncidentFilter
        {
            Type = parseResult.GetValue(_type),
            From = PartialDate.TryParse(parseResult.GetValue(_from))?.Start,
            To = PartialDate.TryParse(parseResult.GetValue(_to))?.End,
            Place = parseResult.GetValue(_place),
            Actor = parseResult.GetValue(_actor),
            Country = parseResult.GetValue(_country),
        };
        var incidents = await store.ListIncidentsAsync(filter, cancellationToken);
        if (parseResult.GetValue(_json))
        {
            CliJson.Write(output, incidents);
            return ExitCodes.Ok;
        }

        foreach (var incident in incidents)
        {
            output.WriteLine(IncidentText.Line(incident));
        }

        output.WriteLine($"{incidents.Count} incident(s)");
        return ExitCodes.Ok;
    }
}

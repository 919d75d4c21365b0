using System.CommandLine;
using System.Globalization;
using Dossier.Cli.Infrastructure;

namespace Dossier.Cli.Consolidation;

/// <summary>`dossier places [NAME]`: places across reports, with aliases, country and coordinates.</summary>
internal sealed class PlacesCommand : Command
{
    private readonly Argument<string?> _name = new("name") { Arity = ArgumentArity.ZeroOrOne, Description = "Only places with a name or alias containing this" };
    private readonly Option<bool> _json = new("--json") { Description = "Print as JSON" };
    private readonly DatabaseOption _db;

    public PlacesCommand(DatabaseOption db)
        : base("places", "List places with their aliases, country, coordinates and incidents")
    {
        _db = db;
        Arguments.Add(_name);
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

        var places = await store.ListPlacesAsync(parseResult.GetValue(_name), cancellationToken);
        if (parseResult.GetValue(_json))
        {
            CliJson.Write(output, places);
            return ExitCodes.Ok;
        }

        foreach (var p in places)
        {
            var aliases = p.Aliases.Where(x => x != p.Name).ToList();
            var at = p.Latitude is { } lat && p.Longitude is { } lon ? string.Create(CultureInfo.InvariantCulture, $" ({lat:0.###}, {lon:0.###})") : "";
            output.WriteLine($"#{p.Id,-5} {p.Name}{(aliases.Count == 0 ? "" : " | " + string.Join(" | ", aliases))}  {p.Country ?? "-"}{at}  {p.Kind ?? ""}  [{p.Incidents} incident(s)]");
        }

        output.WriteLine($"{places.Count} place(s)");
        return ExitCodes.Ok;
    }
}

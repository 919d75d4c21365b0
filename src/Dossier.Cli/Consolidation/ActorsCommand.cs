using System.CommandLine;
using Dossier.Cli.Infrastructure;

namespace Dossier.Cli.Consolidation;

/// <summary>`dossier actors [NAME]`: people and organisations across reports, with their aliases.</summary>
internal sealed class ActorsCommand : Command
{
    private readonly Argument<string?> _name = new("name") { Arity = ArgumentArity.ZeroOrOne, Description = "Only actors with a name or alias containing this" };
    private readonly Option<bool> _json = new("--json") { Description = "Print as JSON" };
    private readonly DatabaseOption _db;

    public ActorsCommand(DatabaseOption db)
        : base("actors", "List people and organisations with their aliases, incidents and demands")
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

        var actors = await store.ListActorsAsync(parseResult.GetValue(_name), cancellationToken);
        if (parseResult.GetValue(_json))
        {
            CliJson.Write(output, actors);
            return ExitCodes.Ok;
        }

        foreach (var a in actors)
        {
            var aliases = a.Aliases.Where(x => x != a.Name).ToList();
            output.WriteLine($"#{a.Id,-5} {a.Kind,-12} {a.Name}{(aliases.Count == 0 ? "" : " | " + string.Join(" | ", aliases))}  [{a.Incidents} incident(s), {a.Demands} demand(s)]");
        }

        output.WriteLine($"{actors.Count} actor(s)");
        return ExitCodes.Ok;
    }
}

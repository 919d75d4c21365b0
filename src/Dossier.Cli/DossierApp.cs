using System.CommandLine;
using System.CommandLine.Help;
using Dossier.Cli.Consolidation;
using Dossier.Cli.Demo;
using Dossier.Cli.Infrastructure;
using Dossier.Cli.Ingest;
using Dossier.Cli.Search;
using Dossier.Cli.Sources;
using Dossier.Cli.Verify;
using Dossier.Cli.Web;

namespace Dossier.Cli;

/// <summary>The `dossier` command: a thin shell over the library. Verbs are registered here, in order.</summary>
public static class DossierApp
{
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("Dossier: human-rights documentation from reports, with provenance.");
        var db = new DatabaseOption();
        root.Options.Add(db);

        // One line per verb (each verb is a small <Verb>Command class), grouped by area so that
        // parallel work on different areas merges cleanly. Verbs that open the store take `db`.

        // Foundation: ingest, sources, search, verify, demo.
        root.Subcommands.Add(new IngestCommand(db));
        root.Subcommands.Add(new SourcesCommand(db));
        root.Subcommands.Add(new SearchCommand(db));
        root.Subcommands.Add(new VerifyCommand(db));
        root.Subcommands.Add(new DemoCommand(db));

        // Extraction: extract.
        root.Subcommands.Add(Commands.ExtractCommand.Build());

        // Consolidation: events, show, actors, places, timeline, demands, merge, split, reextract, sources grade.
        root.Subcommands.Add(new EventsCommand(db));
        root.Subcommands.Add(new ShowCommand(db));
        root.Subcommands.Add(new ActorsCommand(db));
        root.Subcommands.Add(new PlacesCommand(db));
        root.Subcommands.Add(new TimelineCommand(db));
        root.Subcommands.Add(new DemandsCommand(db));
        root.Subcommands.Add(new MergeCommand(db));
        root.Subcommands.Add(new SplitCommand(db));
        root.Subcommands.Add(new ReextractCommand(db));
        root.Subcommands.OfType<SourcesCommand>().Single().Subcommands.Add(new SourcesGradeCommand(db));

        // Web app and accounts: serve, users.
        root.Subcommands.Add(new ServeCommand(db));
        root.Subcommands.Add(new UsersCommand(db));

        return root;
    }

    /// <param name="configuration">Where output goes (tests pass string writers); the console when null.</param>
    public static async Task<int> RunAsync(string[] args, InvocationConfiguration? configuration = null, CancellationToken cancellationToken = default)
    {
        var parse = BuildRoot().Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
        {
            var error = configuration?.Error ?? Console.Error;
            foreach (var problem in parse.Errors)
            {
                error.WriteLine(problem.Message);
            }

            error.WriteLine("Run 'dossier --help' or 'dossier <command> --help' for usage.");
            return 2;
        }

        return await parse.InvokeAsync(configuration, cancellationToken);
    }
}

using System.CommandLine;

namespace Dossier.Cli;

/// <summary>The `dossier` command: a thin shell over the library. Verbs are registered here, in order.</summary>
public static class DossierApp
{
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("Dossier: human-rights documentation from reports, with provenance.");
        // One line per verb (each verb is a small <Verb>Command class), grouped by area so that
        // parallel work on different areas merges cleanly.

        // Foundation: ingest, sources, search, verify, demo.

        // Extraction: extract.
        root.Subcommands.Add(Commands.ExtractCommand.Build());

        // Consolidation: events, show, actors, places, timeline, demands, merge, split, reextract.

        // Web app and accounts: serve, users.

        return root;
    }

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var root = BuildRoot();
        var parse = root.Parse(args);
        return await parse.InvokeAsync(cancellationToken: cancellationToken);
    }
}

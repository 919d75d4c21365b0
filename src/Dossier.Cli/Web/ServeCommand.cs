using System.CommandLine;
using Dossier.Cli.Infrastructure;
using Dossier.Cli.Ingest;
using Dossier.Web;

namespace Dossier.Cli.Web;

/// <summary>`dossier serve`: the analyst web app on the given store, until Ctrl+C.</summary>
internal sealed class ServeCommand : Command
{
    private readonly Option<string> _urls = new("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
    private readonly DatabaseOption _db;

    public ServeCommand(DatabaseOption db)
        : base("serve", "Serve the analyst web app (pages and the JSON API under /api)")
    {
        _db = db;
        Options.Add(_urls);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        if (_db.ResolveExistingFile(parseResult, "serve") is not { } path)
        {
            return ExitCodes.Usage;
        }

        var options = new DossierWebOptions
        {
            DatabasePath = path,
            Urls = parseResult.GetValue(_urls)!,
            DocumentProcessors = DocumentProcessors.Create(),
        };
        return await WebHost.RunAsync(options, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken);
    }
}

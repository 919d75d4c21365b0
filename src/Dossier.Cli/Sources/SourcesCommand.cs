using System.CommandLine;
using System.Globalization;
using Dossier.Cli.Infrastructure;

namespace Dossier.Cli.Sources;

/// <summary>`dossier sources`: lists archived sources, oldest first.</summary>
internal sealed class SourcesCommand : Command
{
    private readonly Option<bool> _json = new("--json") { Description = "Print as JSON (docs/cli-json.md)" };
    private readonly DatabaseOption _db;

    public SourcesCommand(DatabaseOption db)
        : base("sources", "List archived sources: hash, title, publisher, date, size")
    {
        _db = db;
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

        var sources = await store.ListSourcesAsync(cancellationToken);
        if (parseResult.GetValue(_json))
        {
            CliJson.Write(output, sources.Select(SourceJson.From).ToList());
            return ExitCodes.Ok;
        }

        foreach (var s in sources)
        {
            var size = s.SizeBytes.ToString("N0", CultureInfo.InvariantCulture);
            output.WriteLine($"{s.Sha256[..12]}  {s.Published ?? "-",-10}  {size,10} B  {s.Publisher ?? "-"}  {s.Title ?? s.FileName}");
        }

        output.WriteLine($"{sources.Count} source(s)");
        return ExitCodes.Ok;
    }
}

using System.CommandLine;
using Dossier.Cli.Infrastructure;
using Dossier.Cli.Ingest;
using Dossier.Cli.Web;
using Dossier.Core.Ingest;
using Dossier.Core.Ingest.Formats;
using Dossier.Storage.Sqlite;

namespace Dossier.Cli.Demo;

/// <summary>
/// `dossier demo`: rebuilds demo.db from samples/reports (metadata from index.csv) and prints a
/// summary. It never reads DOSSIER_DB: it deletes its database first, so only an explicit --db
/// can point it elsewhere.
/// </summary>
internal sealed class DemoCommand : Command
{
    private readonly Option<string?> _samples = new("--samples") { Description = "Folder of sample reports (default: samples/reports, searched upwards from here)" };
    private readonly Option<bool> _noServe = new("--no-serve") { Description = "Only build the database; do not start the web app" };
    private readonly DatabaseOption _db;

    public DemoCommand(DatabaseOption db)
        : base("demo", "Rebuild demo.db from the sample reports and show what is in it")
    {
        _db = db;
        Options.Add(_samples);
        Options.Add(_noServe);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var samples = parseResult.GetValue(_samples) ?? SampleFolder.Find(Directory.GetCurrentDirectory());
        if (samples is null || !Directory.Exists(samples))
        {
            error.WriteLine($"No sample reports found ({samples ?? "samples/reports not found above " + Directory.GetCurrentDirectory()}); pass --samples DIR.");
            return ExitCodes.Usage;
        }

        if (parseResult.GetValue(_db) is { } target && Dossier.Storage.Postgres.PostgresConnectionString.IsPostgres(target))
        {
            error.WriteLine("demo: rebuilds a SQLite file; --db must be a file path, not a PostgreSQL address.");
            return ExitCodes.Usage;
        }

        var dbPath = Path.GetFullPath(parseResult.GetValue(_db) ?? "demo.db");
        foreach (var file in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" })
        {
            File.Delete(file);
        }

        var index = SampleIndex.Load(samples);
        await using var store = await SqliteDossierStore.OpenAsync(dbPath, TimeProvider.System, cancellationToken);
        var service = new IngestService(store, TimeProvider.System, new IngestOptions(), DocumentProcessors.Create());
        var batch = new IngestBatch(service, f => index.MetadataFor(Path.GetRelativePath(samples, f.Path!), "demo"), output, error, quiet: false);
        var (files, _) = InputFiles.Expand([samples], f => FormatDetector.FromExtension(Path.GetExtension(f)) is not null);
        var summary = await batch.RunAsync(files, Terminal.IsInteractive(parseResult), cancellationToken);

        output.WriteLine($"Built {dbPath} from {samples}: {summary.Added} report(s) added, {summary.Duplicates} duplicate(s), {summary.Failed} failed; {index.Count} described in {SampleIndex.FileName}.");
        output.WriteLine($"Try: dossier sources --db {dbPath}   |   dossier search --db {dbPath} killed");

        // Web app: serve demo.db unless --no-serve (or Ctrl+C stopped the build).
        if (!parseResult.GetValue(_noServe) && !summary.Cancelled)
        {
            if (await DemoServer.RunAsync(store, dbPath, output, error, cancellationToken) != ExitCodes.Ok)
            {
                return ExitCodes.Failed;
            }
        }

        return summary.Cancelled ? ExitCodes.Cancelled : summary.Failed > 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }
}

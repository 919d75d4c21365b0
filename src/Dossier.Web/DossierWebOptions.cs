namespace Dossier.Web;

/// <summary>The app's configuration, one table with defaults (zero-setup start: a file next to you, loopback only).</summary>
public sealed record DossierWebOptions
{
    /// <summary>The SQLite store file.</summary>
    public string DatabasePath { get; init; } = "dossier.db";

    /// <summary>Where Kestrel listens; port 0 picks a free port (tests, benchmarks).</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>ASP.NET Core environment name; "Development" shows detailed errors.</summary>
    public string Environment { get; init; } = "Production";

    /// <summary>Failed sign-ins in a row that lock an account.</summary>
    public int MaxFailedSignIns { get; init; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public TimeSpan LockoutDuration { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Largest upload accepted from the browser.</summary>
    public long MaxUploadBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Steps run on each uploaded report inside its ingest transaction: the same list the CLI's ingest uses.</summary>
    public IReadOnlyList<Dossier.Core.Ingest.IDocumentProcessor> DocumentProcessors { get; init; } = [];

    /// <summary>Write request logs to the console (off for tests and benchmarks).</summary>
    public bool ConsoleLogging { get; init; } = true;
}

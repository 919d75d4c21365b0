using System.CommandLine;
using Dossier.Storage;
using Dossier.Storage.Postgres;
using Dossier.Storage.Sqlite;

namespace Dossier.Cli.Infrastructure;

/// <summary>
/// --db TARGET, accepted by every verb: a SQLite file path, or a PostgreSQL address
/// (postgres://user:password@host:port/database, or an Npgsql "Host=…;Database=…" string).
/// Without it, the DOSSIER_DB variable, else ./dossier.db.
/// </summary>
internal sealed class DatabaseOption : Option<string?>
{
    public const string EnvironmentVariable = "DOSSIER_DB";
    public const string DefaultPath = "dossier.db";

    public DatabaseOption()
        : base("--db")
    {
        Description = $"Database: a SQLite file, or PostgreSQL as postgres://user:password@host/database or \"Host=…;Database=…\" (default: ${EnvironmentVariable}, else ./{DefaultPath})";
        Recursive = true;
    }

    public string Resolve(ParseResult parseResult) =>
        parseResult.GetValue(this)
        ?? (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultPath);

    /// <summary>
    /// The SQLite file for verbs that can only work on one (serve: the web app's queries read the file);
    /// null, after saying why, when it is a PostgreSQL address or no such file exists.
    /// </summary>
    public string? ResolveExistingFile(ParseResult parseResult, string verb)
    {
        var target = Resolve(parseResult);
        var error = parseResult.InvocationConfiguration.Error;
        if (PostgresConnectionString.IsPostgres(target))
        {
            error.WriteLine($"{verb}: works on a SQLite file only so far; --db (or ${EnvironmentVariable}) is a PostgreSQL address.");
            return null;
        }

        var path = Path.GetFullPath(target);
        if (SqliteDossierStore.MissingDatabase(path) is { } missing)
        {
            error.WriteLine($"error: {missing}");
            return null;
        }

        return path;
    }

    /// <summary>
    /// The store for a verb that reads or changes a record that must already exist: a SQLite file that is
    /// not there is refused, and nothing is created. Null, after one line on standard error, when the
    /// database cannot be opened; the verb then exits with <see cref="ExitCodes.Usage"/>.
    /// </summary>
    public Task<SqlDossierStore?> OpenExistingStoreAsync(ParseResult parseResult, CancellationToken cancellationToken) =>
        OpenAsync(parseResult, create: false, cancellationToken);

    /// <summary>As <see cref="OpenExistingStoreAsync"/>, for the verbs that start a record (ingest, users add): a missing SQLite file is created.</summary>
    public Task<SqlDossierStore?> OpenOrCreateStoreAsync(ParseResult parseResult, CancellationToken cancellationToken) =>
        OpenAsync(parseResult, create: true, cancellationToken);

    /// <summary>The one place that picks the database: PostgreSQL for an address, SQLite for anything else.</summary>
    private async Task<SqlDossierStore?> OpenAsync(ParseResult parseResult, bool create, CancellationToken cancellationToken)
    {
        var target = Resolve(parseResult);
        var opening = PostgresConnectionString.IsPostgres(target)
            ? await PostgresDossierStore.TryOpenAsync(target, TimeProvider.System, cancellationToken)
            : await SqliteDossierStore.TryOpenAsync(target, create, TimeProvider.System, cancellationToken);
        if (opening.Problem is { } problem)
        {
            parseResult.InvocationConfiguration.Error.WriteLine($"error: {problem}");
        }

        return opening.Store;
    }
}

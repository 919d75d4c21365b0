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
    /// The target for verbs that can only work on a SQLite file (serve: the web app's queries read
    /// the file); null, after saying why, when it is a PostgreSQL address.
    /// </summary>
    public string? ResolveFile(ParseResult parseResult, string verb)
    {
        var target = Resolve(parseResult);
        if (!PostgresConnectionString.IsPostgres(target))
        {
            return target;
        }

        parseResult.InvocationConfiguration.Error.WriteLine($"{verb}: works on a SQLite file only so far; --db (or ${EnvironmentVariable}) is a PostgreSQL address.");
        return null;
    }

    /// <summary>The one place that picks the database: PostgreSQL for an address, SQLite for anything else.</summary>
    public async Task<SqlDossierStore> OpenStoreAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var target = Resolve(parseResult);
        return PostgresConnectionString.IsPostgres(target)
            ? await PostgresDossierStore.OpenAsync(target, TimeProvider.System, cancellationToken)
            : await SqliteDossierStore.OpenAsync(target, TimeProvider.System, cancellationToken);
    }
}

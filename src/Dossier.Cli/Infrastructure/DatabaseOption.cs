using System.CommandLine;
using Dossier.Storage.Sqlite;

namespace Dossier.Cli.Infrastructure;

/// <summary>
/// --db PATH, accepted by every verb: the database file. Without it, the DOSSIER_DB variable,
/// else ./dossier.db.
/// </summary>
internal sealed class DatabaseOption : Option<string?>
{
    public const string EnvironmentVariable = "DOSSIER_DB";
    public const string DefaultPath = "dossier.db";

    public DatabaseOption()
        : base("--db")
    {
        Description = $"Database file (default: ${EnvironmentVariable}, else ./{DefaultPath})";
        Recursive = true;
    }

    public string Resolve(ParseResult parseResult) =>
        parseResult.GetValue(this)
        ?? (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultPath);

    public Task<SqliteDossierStore> OpenStoreAsync(ParseResult parseResult, CancellationToken cancellationToken) =>
        SqliteDossierStore.OpenAsync(Resolve(parseResult), TimeProvider.System, cancellationToken);
}

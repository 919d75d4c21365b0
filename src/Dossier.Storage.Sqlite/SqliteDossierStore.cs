using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>The store in one SQLite file: the embedded default (./dossier.db).</summary>
public sealed class SqliteDossierStore : SqlDossierStore
{
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(30);

    private SqliteDossierStore(SqliteDialect dialect, TimeProvider time)
        : base(dialect, time)
    {
        Path = dialect.Path;
    }

    public string Path { get; }

    /// <summary>
    /// Opens the database file and applies pending migrations; creates the file only when
    /// <paramref name="create"/> is set. A missing file, or one SQLite cannot open, is a failed opening.
    /// </summary>
    public static async Task<StoreOpening> TryOpenAsync(string path, bool create, TimeProvider time, CancellationToken cancellationToken)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!create && MissingDatabase(fullPath) is { } missing)
        {
            return StoreOpening.Failed(missing);
        }

        try
        {
            return StoreOpening.Opened(await OpenAsync(fullPath, time, cancellationToken));
        }
        catch (SqliteException problem)
        {
            return StoreOpening.Failed($"cannot open the SQLite database {fullPath}: {problem.Message}");
        }
    }

    /// <summary>Why no database can be opened at <paramref name="fullPath"/> without creating one (no file, or a folder), or null.</summary>
    public static string? MissingDatabase(string fullPath) =>
        File.Exists(fullPath) ? null
        : Directory.Exists(fullPath) ? $"{fullPath} is a folder, not a Dossier database"
        : $"no database at {fullPath} (`dossier ingest` or `dossier demo` creates one)";

    /// <summary>Opens (creating if needed) the database file and applies pending migrations.</summary>
    public static async Task<SqliteDossierStore> OpenAsync(string path, TimeProvider time, CancellationToken cancellationToken)
    {
        var dialect = new SqliteDialect(path, DefaultBusyTimeout);
        await dialect.UseWriteAheadLogAsync(cancellationToken);
        var store = new SqliteDossierStore(dialect, time);
        await store.MigrateAsync(cancellationToken);
        return store;
    }
}

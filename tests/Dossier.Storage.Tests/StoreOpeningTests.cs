using Dossier.Storage.Postgres;
using Dossier.Storage.Sqlite;

namespace Dossier.Storage.Tests;

/// <summary>Opening a store: expected failures come back as one line, and nothing is created by accident.</summary>
public sealed class StoreOpeningTests
{
    [Fact]
    public async Task Sqlite_MissingFile_IsAFailedOpening_WhenNotAskedToCreate()
    {
        var folder = Directory.CreateTempSubdirectory("dossier-open-").FullName;
        try
        {
            var path = Path.Combine(folder, "absent.db");

            var opening = await SqliteDossierStore.TryOpenAsync(path, create: false, TimeProvider.System, CancellationToken.None);

            Assert.Null(opening.Store);
            Assert.Contains(path, opening.Problem);
            Assert.Empty(Directory.GetFileSystemEntries(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Sqlite_MissingFile_IsCreated_WhenAskedTo()
    {
        await using var db = new TempDatabase();

        var opening = await SqliteDossierStore.TryOpenAsync(db.Path, create: true, TimeProvider.System, CancellationToken.None);
        await using var store = opening.Store;

        Assert.Null(opening.Problem);
        Assert.NotNull(store);
        Assert.True(File.Exists(db.Path));
    }

    [Fact]
    public async Task Sqlite_FileThatIsNotADatabase_IsAFailedOpening()
    {
        await using var db = new TempDatabase();
        await File.WriteAllTextAsync(db.Path, "these are notes, not a database; long enough to have a header page");

        var opening = await SqliteDossierStore.TryOpenAsync(db.Path, create: false, TimeProvider.System, CancellationToken.None);

        Assert.Null(opening.Store);
        Assert.StartsWith($"cannot open the SQLite database {db.Path}:", opening.Problem);
    }

    [Fact]
    public async Task Postgres_ServerNotListening_IsAFailedOpening_NamingServerAndDatabase_WithoutThePassword()
    {
        var opening = await PostgresDossierStore.TryOpenAsync(
            "postgres://archivist:hunter2-secret@127.0.0.1:1/records?Timeout=2", TimeProvider.System, CancellationToken.None);

        Assert.Null(opening.Store);
        Assert.StartsWith("cannot open PostgreSQL database 'records' on 127.0.0.1:1 as user 'archivist': ", opening.Problem);
        Assert.DoesNotContain("hunter2", opening.Problem);
        Assert.DoesNotContain('\n', opening.Problem!);
    }
}

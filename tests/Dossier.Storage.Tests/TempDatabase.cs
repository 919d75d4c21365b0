using Dossier.Storage.Sqlite;

namespace Dossier.Storage.Tests;

/// <summary>A real SQLite file in its own temporary directory, deleted afterwards.</summary>
public sealed class TempDatabase : IAsyncDisposable
{
    private readonly List<SqliteDossierStore> _opened = [];

    public TempDatabase()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("dossier-test-").FullName;
        Path = System.IO.Path.Combine(Directory, "test.db");
    }

    public string Directory { get; }

    public string Path { get; }

    public async Task<SqliteDossierStore> OpenAsync(TimeProvider? time = null)
    {
        var store = await SqliteDossierStore.OpenAsync(Path, time ?? TimeProvider.System, CancellationToken.None);
        _opened.Add(store);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }

        System.IO.Directory.Delete(Directory, recursive: true);
    }
}

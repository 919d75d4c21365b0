using Dossier.Storage.Postgres;
using Dossier.Storage.Sqlite;

namespace Dossier.Storage.Tests.Shared;

/// <summary>The two dialects' migration lists, compared without a database.</summary>
public sealed class MigrationParityTests
{
    [Fact]
    public async Task Migrations_AreNumberedAndNamedAlike_SoOneNumberIsOneLogicalChange()
    {
        var postgres = new PostgresDialect("Host=unused.invalid");
        var sqlite = new SqliteDialect(Path.Combine(Path.GetTempPath(), "unused.db"), TimeSpan.FromSeconds(1));

        Assert.Equal(sqlite.Migrations.Select(m => (m.Version, m.Name)), postgres.Migrations.Select(m => (m.Version, m.Name)));
        await postgres.ReleaseAsync();
    }
}

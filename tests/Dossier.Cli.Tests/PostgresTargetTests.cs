using Dossier.Cli.Tests.Fixtures;

namespace Dossier.Cli.Tests;

/// <summary>
/// --db names PostgreSQL by address. Verbs over the store work on either database (the shared
/// store suite in Dossier.Storage.Tests runs on both); verbs that need a SQLite file refuse an
/// address instead of creating a file named after it.
/// </summary>
public sealed class PostgresTargetTests
{
    [Theory]
    [InlineData("serve", "--db", "postgres://dossier@127.0.0.1/dossier")]
    [InlineData("serve", "--db", "Host=127.0.0.1;Database=dossier")]
    [InlineData("demo", "--no-serve", "--db", "postgresql://127.0.0.1/dossier")]
    public async Task FileOnlyVerbs_RefuseAPostgresAddress_WithUsageExit(params string[] args)
    {
        var before = Directory.GetFileSystemEntries(Directory.GetCurrentDirectory()).Length;

        var run = await DossierCli.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("PostgreSQL address", run.Error);
        Assert.Equal(before, Directory.GetFileSystemEntries(Directory.GetCurrentDirectory()).Length);
    }

    [Fact]
    public async Task StoreVerbs_TakeAPostgresAddress_AndFailWhenTheServerCannotBeReached()
    {
        // Port 1 on the loopback refuses connections at once: the verb must have tried PostgreSQL,
        // not opened (and created) a SQLite file named after the address.
        const string target = "Host=127.0.0.1;Port=1;Database=none;Timeout=2";

        var run = await DossierCli.RunAsync("sources", "--db", target);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Npgsql", run.Error);
        Assert.False(File.Exists(target));
    }
}

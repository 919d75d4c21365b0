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

    [Theory]
    [InlineData("sources")]
    [InlineData("events")]
    [InlineData("ingest", "no-such-report.txt")]
    public async Task StoreVerbs_TakeAPostgresAddress_AndFailInOneLineWhenTheServerCannotBeReached(params string[] verb)
    {
        // Port 1 on the loopback refuses connections at once: the verb must have tried PostgreSQL,
        // not opened (and created) a SQLite file named after the address.
        const string target = "Host=127.0.0.1;Port=1;Database=none;Username=archivist;Password=hunter2-secret;Timeout=2";

        var run = await DossierCli.RunAsync([.. verb, "--db", target]);

        Assert.True(run.ExitCode == 2, run.ToString());
        var line = Assert.Single(run.Error.Trim().Split('\n'));
        Assert.StartsWith("error: cannot open PostgreSQL database 'none' on 127.0.0.1:1 as user 'archivist': Failed to connect", line);
        Assert.DoesNotContain("hunter2", run.Error);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task AMalformedPostgresUrl_IsOneLine_WithoutThePassword()
    {
        var run = await DossierCli.RunAsync("sources", "--db", "postgres://archivist:hunter2-secret@:bad/x");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains("PostgreSQL address", run.Error);
        Assert.DoesNotContain("hunter2", run.Error);
    }
}

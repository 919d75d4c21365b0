using Dossier.Cli.Tests.Fixtures;

namespace Dossier.Cli.Tests;

/// <summary>
/// Only verbs that start a record (ingest, demo, users add) create a database. Every other verb given a
/// file that is not there says so, naming the path, exits 2 and leaves nothing behind.
/// </summary>
public sealed class MissingDatabaseTests
{
    [Theory]
    [InlineData("sources")]
    [InlineData("search", "killed")]
    [InlineData("verify")]
    [InlineData("events")]
    [InlineData("show", "1")]
    [InlineData("actors")]
    [InlineData("places")]
    [InlineData("timeline")]
    [InlineData("demands")]
    [InlineData("merge", "1", "2")]
    [InlineData("split", "1", "--undo", "1")]
    [InlineData("reextract")]
    [InlineData("sources", "grade", "Wire Desk", "B")]
    [InlineData("users", "list")]
    [InlineData("users", "token", "maria")]
    [InlineData("serve", "--urls", "http://127.0.0.1:0")]
    public async Task VerbsOnAnExistingRecord_RefuseAMissingDatabase_AndCreateNothing(params string[] verb)
    {
        using var temp = new TempFolder();
        var missing = temp.Path("nothing-here.db");

        var run = await DossierCli.RunAsync([.. verb, "--db", missing]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"no database at {missing}", run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Empty(Directory.GetFileSystemEntries(temp.Root));
    }

    [Fact]
    public async Task Ingest_CreatesTheDatabase_AndReadVerbsThenOpenIt()
    {
        using var temp = new TempFolder();
        var report = temp.Write("in/a.txt", "Police detained four students outside the court.");

        var ingest = await DossierCli.RunAsync("ingest", report, "--db", temp.Database);
        var sources = await DossierCli.RunAsync("sources", "--db", temp.Database);

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.True(sources.ExitCode == 0, sources.ToString());
        Assert.Contains("1 source(s)", sources.Output);
    }

    [Theory]
    [InlineData("sources")]
    [InlineData("serve")]
    public async Task AFolderGivenAsTheDatabase_IsRefused(string verb)
    {
        using var temp = new TempFolder();

        var run = await DossierCli.RunAsync(verb, "--db", temp.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{temp.Root} is a folder", run.Error);
    }
}

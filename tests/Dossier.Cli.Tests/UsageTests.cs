using Dossier.Cli.Tests.Fixtures;

namespace Dossier.Cli.Tests;

public sealed class UsageTests
{
    [Theory]
    [InlineData("ingest")]
    [InlineData("ingest", "x.txt", "--published", "14 March")]
    [InlineData("ingest", "x.txt", "--reliability", "G")]
    [InlineData("ingest", "x.txt", "--max-bytes", "0")]
    [InlineData("sources", "--no-such-option")]
    [InlineData("search")]
    [InlineData("no-such-verb")]
    public async Task BadCommandLines_ExitTwo_WithAMessage(params string[] args)
    {
        var run = await DossierCli.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--help", run.Error);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("sources")]
    [InlineData("search")]
    [InlineData("verify")]
    [InlineData("demo")]
    public async Task EveryVerb_HasHelp(string verb)
    {
        var run = await DossierCli.RunAsync(verb, "--help");

        Assert.Equal(0, run.ExitCode);
        // The root command is named after the executable, which in tests is the test host.
        Assert.Contains($" {verb} ", run.Output);
        Assert.Contains("Usage:", run.Output);
        Assert.Contains("--db", run.Output);
    }
}

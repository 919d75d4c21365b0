using System.Text.Json;
using Dossier.Cli.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace Dossier.Cli.Tests;

public sealed class QueryCommandTests
{
    [Fact]
    public async Task Search_PrintsMatchingDocumentsWithSnippets()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", "Gunmen stormed the village school and abducted forty pupils.");
        temp.Write("b.txt", "The minister denied that any pupils were missing.");
        await DossierCli.RunAsync("ingest", temp.Root, "--db", temp.Database);

        var text = await DossierCli.RunAsync("search", "abducted", "pupils", "--db", temp.Database);
        var json = await DossierCli.RunAsync("search", "pupils", "--db", temp.Database, "--json");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("**abducted** forty **pupils**", text.Output);
        Assert.Contains("1 hit(s)", text.Output);
        using var hits = JsonDocument.Parse(json.Output);
        Assert.Equal(2, hits.RootElement.GetArrayLength());
        Assert.All(hits.RootElement.EnumerateArray(), h => Assert.Contains("**pupils**", h.GetProperty("snippet").GetString()));
    }

    [Fact]
    public async Task Verify_ExitsOne_AndNamesTheSource_WhenArchivedBytesWereChanged()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", "Original words.");
        await DossierCli.RunAsync("ingest", temp.Root, "--db", temp.Database);
        Assert.Equal(0, (await DossierCli.RunAsync("verify", "--db", temp.Database)).ExitCode);
        await using (var connection = new SqliteConnection($"Data Source={temp.Database};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var tamper = connection.CreateCommand();
            tamper.CommandText = "UPDATE sources SET content = X'4f726967696e616c20776f7264732e21'";
            await tamper.ExecuteNonQueryAsync();
        }

        var run = await DossierCli.RunAsync("verify", "--db", temp.Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("MISMATCH SourceHashMismatch source ", run.Output);
        Assert.Contains("1 problem(s)", run.Output);
    }

    [Fact]
    public async Task DatabaseVariable_IsUsed_WhenNoDbOptionIsGiven()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", "Words.");
        await DossierCli.RunAsync("ingest", temp.Path("a.txt"), "--db", temp.Database);

        var run = await ChildProcessWithVariable(temp.Database);

        Assert.Contains("1 source(s)", run.Output);
    }

    private static async Task<CliRun> ChildProcessWithVariable(string database)
    {
        Environment.SetEnvironmentVariable("DOSSIER_DB", database);
        try
        {
            return await ChildProcess.RunAsync(null, "sources");
        }
        finally
        {
            Environment.SetEnvironmentVariable("DOSSIER_DB", null);
        }
    }
}

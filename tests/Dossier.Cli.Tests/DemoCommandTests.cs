using System.Text.Json;
using Dossier.Cli.Tests.Fixtures;

namespace Dossier.Cli.Tests;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_BuildsTheDatabaseFromSamples_WithMetadataFromTheIndex_AndRebuildsOnRerun()
    {
        using var temp = new TempFolder();
        temp.Write("samples/reports/one.txt", "KHARTOUM, 3 June 2019 - Security forces dispersed a sit-in.");
        temp.Write("samples/reports/two.html", "<html><body><p>An activist was detained at the airport.</p></body></html>");
        temp.Write("samples/reports/two.gold.json", "{}");
        temp.Write("samples/reports/index.csv", "file,publisher,published,url,title,reliability\none.txt,\"Wire, Desk\",2019-06-03,https://example.org/1,Sit-in dispersed,B\n");
        var db = temp.Path("demo.db");

        var first = await DossierCli.RunAsync("demo", "--samples", temp.Path("samples/reports"), "--db", db, "--no-serve");
        var second = await DossierCli.RunAsync("demo", "--samples", temp.Path("samples/reports"), "--db", db, "--no-serve");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("2 report(s) added, 0 duplicate(s), 0 failed; 1 described in index.csv", second.Output);
        using var sources = JsonDocument.Parse((await DossierCli.RunAsync("sources", "--db", db, "--json")).Output);
        var one = sources.RootElement.EnumerateArray().Single(s => s.GetProperty("fileName").GetString() == "one.txt");
        Assert.Equal(("Wire, Desk", "2019-06-03", "Sit-in dispersed", "B", "demo"),
            (one.GetProperty("publisher").GetString(), one.GetProperty("published").GetString(), one.GetProperty("title").GetString(), one.GetProperty("reliability").GetString(), one.GetProperty("addedBy").GetString()));
        Assert.Equal(2, sources.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Demo_ExitsTwo_WhenThereAreNoSamples()
    {
        using var temp = new TempFolder();

        var run = await DossierCli.RunAsync("demo", "--samples", temp.Path("nothing-here"), "--db", temp.Path("demo.db"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("No sample reports found", run.Error);
    }
}

using System.Text.Json;
using Dossier.Cli.Tests.Fixtures;

namespace Dossier.Cli.Tests;

/// <summary>The consolidation verbs, run in process over a real SQLite file filled by `dossier ingest`.</summary>
public sealed class ConsolidationCommandTests
{
    private static async Task<string> IngestThreeReportsAsync(TempFolder temp)
    {
        temp.Write("a.txt", "BAGHDAD, 2 September 2013 (Test Wire) - On 1 September 2013 Iraqi forces attacked Camp Ashraf, killing 52 residents and abducting seven others.\n");
        temp.Write("b.txt", "GENEVA, 3 September 2013 - Officials said 47 people were killed at Camp Ashraf in Iraq on 1 September 2013.\n");
        temp.Write("c.txt", "KHARTOUM, 4 June 2019 - Security forces killed 35 protesters at the sit-in outside army headquarters in Khartoum on 3 June 2019.\n");
        var db = temp.Path("t.db");
        var ingest = await DossierCli.RunAsync("ingest", "--db", db, temp.Path("a.txt"), temp.Path("b.txt"), temp.Path("c.txt"));
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        return db;
    }

    private static async Task<JsonElement> JsonAsync(params string[] args)
    {
        var run = await DossierCli.RunAsync(args);
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Output).RootElement.Clone();
    }

    private static async Task<long> AshrafIdAsync(string db) =>
        (await JsonAsync("events", "--db", db, "--place", "Ashraf", "--json")).EnumerateArray().Single().GetProperty("id").GetInt64();

    [Fact]
    public async Task Events_And_Show_GiveBothReportsFiguresSideBySide()
    {
        using var temp = new TempFolder();
        var db = await IngestThreeReportsAsync(temp);

        var ashraf = (await JsonAsync("events", "--db", db, "--place", "Ashraf", "--json")).EnumerateArray().Single();
        var killed = ashraf.GetProperty("counts").EnumerateArray().Single(c => c.GetProperty("field").GetString() == "count.killed");
        var shown = await JsonAsync("show", ashraf.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", db, "--json");

        Assert.Equal(2, ashraf.GetProperty("sources").GetInt32());
        Assert.Equal((47, 52), (killed.GetProperty("lowHigh").GetProperty("min").GetInt32(), killed.GetProperty("lowHigh").GetProperty("max").GetInt32()));
        Assert.True(killed.GetProperty("disagreement").GetBoolean());
        var quotes = shown.GetProperty("claims").EnumerateArray().Where(c => c.GetProperty("field").GetString() == "count.killed")
            .Select(c => (c.GetProperty("sourceFile").GetString(), c.GetProperty("quote").GetString())).Order().ToList();
        Assert.Equal([("a.txt", "52"), ("b.txt", "47")], quotes);
        Assert.Empty((await JsonAsync("events", "--db", db, "--country", "SD", "--from", "2013", "--to", "2013", "--json")).EnumerateArray());
        var text = await DossierCli.RunAsync("show", ashraf.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", db);
        Assert.Contains("low–high 47–52", text.Output);
    }

    [Fact]
    public async Task Merge_ForwardsTheId_AndSplitUndoRestoresIt()
    {
        using var temp = new TempFolder();
        var db = await IngestThreeReportsAsync(temp);
        var ashraf = await AshrafIdAsync(db);
        var khartoum = (await JsonAsync("events", "--db", db, "--place", "Khartoum", "--type", "killing", "--json")).EnumerateArray().Single().GetProperty("id").GetInt64();
        string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var merge = await DossierCli.RunAsync("merge", Id(ashraf), Id(khartoum), "--db", db, "--user", "alice");
        var forwarded = await JsonAsync("show", Id(khartoum), "--db", db, "--json");
        var link = forwarded.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("kind").GetString() == "merged").GetProperty("id").GetInt64();
        var undo = await DossierCli.RunAsync("split", Id(ashraf), "--undo", Id(link), "--db", db, "--user", "alice");
        var restored = await JsonAsync("show", Id(khartoum), "--db", db, "--json");
        var again = await DossierCli.RunAsync("split", Id(ashraf), "--undo", Id(link), "--db", db);

        Assert.True(merge.ExitCode == 0, merge.ToString());
        Assert.Equal((ashraf, khartoum), (forwarded.GetProperty("id").GetInt64(), forwarded.GetProperty("requestedId").GetInt64()));
        Assert.True(undo.ExitCode == 0, undo.ToString());
        Assert.Equal(khartoum, restored.GetProperty("id").GetInt64());
        Assert.Equal(1, again.ExitCode);
        Assert.Equal(1, (await DossierCli.RunAsync("merge", Id(ashraf), "99999", "--db", db)).ExitCode);
    }

    [Fact]
    public async Task SplitClaims_MovesThemToANewIncident_AndBadClaimsAreRefused()
    {
        using var temp = new TempFolder();
        var db = await IngestThreeReportsAsync(temp);
        var ashraf = await AshrafIdAsync(db);
        var id = ashraf.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var claims = (await JsonAsync("show", id, "--db", db, "--json")).GetProperty("claims").EnumerateArray()
            .Where(c => c.GetProperty("sourceFile").GetString() == "b.txt").Select(c => c.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var split = await DossierCli.RunAsync("split", id, "--claims", string.Join(',', claims), "--db", db);
        var bad = await DossierCli.RunAsync("split", id, "--claims", "999999", "--db", db);

        Assert.True(split.ExitCode == 0, split.ToString());
        Assert.Equal(2, (await JsonAsync("events", "--db", db, "--place", "Ashraf", "--json")).GetArrayLength());
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("not on incident", bad.Error);
    }

    [Fact]
    public async Task SourcesGrade_Actors_Places_Timeline_Demands_Answer()
    {
        using var temp = new TempFolder();
        var db = await IngestThreeReportsAsync(temp);

        var grade = await DossierCli.RunAsync("sources", "grade", "Test Wire", "B", "--db", db);
        var badGrade = await DossierCli.RunAsync("sources", "grade", "Test Wire", "Z", "--db", db);
        var places = await JsonAsync("places", "Ashraf", "--db", db, "--json");
        var timeline = await JsonAsync("timeline", "--place", "Ashraf", "--db", db, "--json");

        Assert.True(grade.ExitCode == 0, grade.ToString());
        Assert.Equal(2, badGrade.ExitCode);
        Assert.Equal("Camp Ashraf", places.EnumerateArray().Single().GetProperty("name").GetString());
        Assert.Equal(["a.txt", "b.txt"], timeline.EnumerateArray().Single().GetProperty("sources").EnumerateArray().Select(s => s.GetString()).Order());
        Assert.Equal(0, (await DossierCli.RunAsync("actors", "--db", db)).ExitCode);
        Assert.Equal(0, (await DossierCli.RunAsync("demands", "--db", db, "--json")).ExitCode);
    }
}

using System.CommandLine;
using System.Text.Json;

namespace Dossier.Cli.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    private const string Report =
        "PORT SELIM, 9 October 2017 - Soldiers shot dead 7 fishermen near Port Selim on Sunday, the Coastal Rights Forum said.\n\n" +
        "The Forum called on the defence ministry to suspend the unit.";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("dossier-extract-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task Extract_OneFileAsJson_PrintsExtraction()
    {
        var file = Write("port.txt", Report);

        var (code, stdout, _) = await RunAsync("extract", file, "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var ev = json.RootElement.GetProperty("events")[0];
        Assert.Equal("killing", ev.GetProperty("type").GetString());
        Assert.Equal(7, ev.GetProperty("counts").GetProperty("killed").GetProperty("value").GetInt32());
        Assert.Equal("2017-10-09", json.RootElement.GetProperty("published").GetProperty("date").GetString());
    }

    [Fact]
    public async Task Extract_OneFile_PrintsReadableSummary()
    {
        var file = Write("port.txt", Report);

        var (code, stdout, _) = await RunAsync("extract", file);

        Assert.Equal(0, code);
        Assert.Contains("killing", stdout, StringComparison.Ordinal);
        Assert.Contains("killed=7", stdout, StringComparison.Ordinal);
        Assert.Contains("demands: 1", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_FolderToOut_WritesJsonPerReport_AndReportsBadFilesButGoesOn()
    {
        Write("a.txt", Report);
        Write(Path.Combine("sub", "b.txt"), "Police arrested 12 students in the capital on 3 May 2015.");
        Write("notes.md", "not a report");
        File.WriteAllBytes(Path.Combine(_dir.FullName, "broken.txt"), [0x41, 0x00, 0xFF, 0x10]);
        var output = Path.Combine(_dir.FullName, "out");

        var (code, stdout, stderr) = await RunAsync("extract", _dir.FullName, "--out", output);

        Assert.Equal(1, code);
        Assert.True(File.Exists(Path.Combine(output, "a.json")));
        Assert.True(File.Exists(Path.Combine(output, "sub", "b.json")));
        Assert.False(File.Exists(Path.Combine(output, "broken.json")));
        Assert.Contains("broken.txt", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n'), l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains("3 file(s)", stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "sub", "b.json")));
        Assert.Equal("arrest", json.RootElement.GetProperty("events")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Extract_GivenPublished_ResolvesYearlessDates()
    {
        var file = Write("n.txt", "Troops killed 5 villagers on 2 March.");

        var (code, stdout, _) = await RunAsync("extract", file, "--json", "--published", "2018-03-05");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("2018-03-02", json.RootElement.GetProperty("events")[0].GetProperty("date").GetProperty("iso").GetString());
    }

    [Fact]
    public async Task Extract_NoPaths_ExitsWithTwo()
    {
        var (code, _, stderr) = await RunAsync("extract", "--json");

        Assert.Equal(2, code);
        Assert.Contains("error:", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5 March 2018")]
    [InlineData("2018-13")]
    [InlineData("18")]
    public async Task Published_BadDate_IsRefusedWithTheSameMessageByExtractAndIngest(string published)
    {
        var file = Write("x.txt", Report);

        var extract = await RunAsync("extract", file, "--published", published);
        var ingest = await RunAsync("ingest", file, "--published", published, "--db", Path.Combine(_dir.FullName, "never.db"));

        Assert.Equal((2, 2), (extract.Code, ingest.Code));
        Assert.Contains($"--published '{published}' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY.", extract.Stderr, StringComparison.Ordinal);
        Assert.Equal(FirstLine(ingest.Stderr), FirstLine(extract.Stderr));
        Assert.False(File.Exists(Path.Combine(_dir.FullName, "never.db")));
    }

    [Theory]
    [InlineData("2018-03-05")]
    [InlineData("2018-03")]
    [InlineData("2018")]
    public async Task Published_EveryFormIngestTakes_ExtractTakesToo_AndDatesTheEventTheSameWay(string published)
    {
        var file = Write("n.txt", "Troops killed 5 villagers in Tal Harir on 2 March.");
        var db = Path.Combine(_dir.FullName, "same.db");

        var extract = await RunAsync("extract", file, "--json", "--published", published);
        var ingest = await RunAsync("ingest", file, "--published", published, "--db", db);
        var events = await RunAsync("events", "--json", "--db", db);

        Assert.Equal((0, 0, 0), (extract.Code, ingest.Code, events.Code));
        using var extracted = JsonDocument.Parse(extract.Stdout);
        using var recorded = JsonDocument.Parse(events.Stdout);
        var extractedDate = extracted.RootElement.GetProperty("events")[0].TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.Object
            ? d.GetProperty("iso").GetString()
            : null;
        var recordedDate = recorded.RootElement[0].GetProperty("date").GetString();
        Assert.Equal(extractedDate, recordedDate);

        // Only a full date anchors "2 March" to a year; a month or a year does not make up a day.
        Assert.Equal(published == "2018-03-05" ? "2018-03-02" : null, extractedDate);
    }

    [Fact]
    public async Task Extract_MissingFile_ExitsWithOne_NamingIt()
    {
        var (code, _, stderr) = await RunAsync("extract", Path.Combine(_dir.FullName, "nope.txt"), "--json");

        Assert.Equal(1, code);
        Assert.Contains("nope.txt", stderr, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await DossierApp.RunAsync(args, new InvocationConfiguration { Output = stdout, Error = stderr });
        return (code, stdout.ToString(), stderr.ToString());
    }
}

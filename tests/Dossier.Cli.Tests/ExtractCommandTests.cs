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

    [Theory]
    [InlineData("--published", "5 March 2018")]
    [InlineData("--json")]
    public async Task Extract_UsageError_ExitsWithTwo(params string[] options)
    {
        var args = options[0] == "--json" ? new[] { "extract", "--json" } : new[] { "extract", Write("x.txt", Report), options[0], options[1] };

        var (code, _, stderr) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains("error:", stderr, StringComparison.Ordinal);
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

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await DossierApp.BuildRoot().Parse(args).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (code, stdout.ToString(), stderr.ToString());
    }
}

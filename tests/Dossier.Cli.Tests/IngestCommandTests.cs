using System.Text.Json;
using Dossier.Cli.Tests.Fixtures;

namespace Dossier.Cli.Tests;

public sealed class IngestCommandTests
{
    [Fact]
    public async Task Ingest_ExitsZero_AndSummarises_WhenEverythingWentIn()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.txt", "Police detained four students.");
        temp.Write("in/deeper/b.md", "# Note\n\nA school was shelled.");

        var run = await DossierCli.RunAsync("ingest", temp.Path("in"), "--db", temp.Database, "--publisher", "Wire", "--reliability", "b");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("2 added, 0 duplicate(s), 0 failed", run.Output);
        var sources = await DossierCli.RunAsync("sources", "--db", temp.Database, "--json");
        using var json = JsonDocument.Parse(sources.Output);
        Assert.Equal(["a.txt", "b.md"], json.RootElement.EnumerateArray().Select(s => s.GetProperty("fileName").GetString()));
        Assert.All(json.RootElement.EnumerateArray(), s => Assert.Equal("B", s.GetProperty("reliability").GetString()));
    }

    [Fact]
    public async Task Ingest_GoesOnPastEveryBadFile_NamingEachWithItsProblem_AndExitsOne()
    {
        using var temp = new TempFolder();
        temp.Write("in/01-good.txt", "Troops burned twenty homes.");
        temp.Write("in/02-empty.txt", "");
        temp.Write("in/03-image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 1]);
        temp.Write("in/04-latin1.txt", [.. "Ni"u8, 0xF1, .. "os detenidos"u8]);
        temp.Write("in/05-sheet.xlsx", "PK");
        temp.Write("in/06-broken.pdf", "%PDF-1.5\n%%EOF garbage");
        temp.Write("in/07-big.txt", new string('x', 2048));
        File.CreateSymbolicLink(temp.Path("in/08-gone.txt"), temp.Path("nowhere.txt"));
        temp.Write("in/09-good.html", "<html><body><p>Two journalists were beaten.</p></body></html>");
        temp.Write("in/10-again.txt", "Troops burned twenty homes.");

        var run = await DossierCli.RunAsync("ingest", temp.Path("in"), temp.Path("missing-folder"), "--db", temp.Database, "--max-bytes", "1024");

        Assert.True(run.ExitCode == 1, run.ToString());
        var failed = run.Error.Split('\n').Where(l => l.StartsWith("FAILED ")).ToList();
        Assert.Equal(7, failed.Count);
        Assert.Contains($"FAILED {temp.Path("missing-folder")}: no such file or folder", failed);
        Assert.Contains($"FAILED {temp.Path("in/02-empty.txt")}: empty file", failed);
        Assert.Contains($"FAILED {temp.Path("in/03-image.txt")}: not a text file: looks like a PNG image", failed);
        Assert.Contains($"FAILED {temp.Path("in/05-sheet.xlsx")}: unsupported file type '.xlsx' (supported: .txt, .md, .html, .htm, .pdf)", failed);
        Assert.Contains(failed, l => l.StartsWith($"FAILED {temp.Path("in/06-broken.pdf")}: corrupt PDF"));
        Assert.Contains($"FAILED {temp.Path("in/07-big.txt")}: over the size limit (2,048 bytes; limit 1,024, see --max-bytes)", failed);
        Assert.Contains(failed, l => l.StartsWith($"FAILED {temp.Path("in/08-gone.txt")}: cannot read:"));
        Assert.Contains($"WARN {temp.Path("in/04-latin1.txt")}: invalid UTF-8: 1 invalid byte sequence(s) replaced with U+FFFD", run.Error);
        Assert.Contains($"DUPLICATE {temp.Path("in/10-again.txt")}: duplicate of ", run.Output);
        Assert.Contains("3 added, 1 duplicate(s), 7 failed, 1 with warnings", run.Output);
        Assert.Equal(0, (await DossierCli.RunAsync("verify", "--db", temp.Database)).ExitCode);
    }

    [Fact]
    public async Task Ingest_ReportsAFileItMayNotRead()
    {
        using var temp = new TempFolder();
        var locked = temp.Write("locked.txt", "Secret report.");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(locked, UnixFileMode.None);
        }

        var readable = CanOpen(locked); // root may read anything: then the file simply goes in

        var run = await DossierCli.RunAsync("ingest", locked, "--db", temp.Database);

        if (readable)
        {
            Assert.Equal(0, run.ExitCode);
        }
        else
        {
            Assert.Equal(1, run.ExitCode);
            Assert.StartsWith($"FAILED {locked}: cannot read: ", run.Error);
        }
    }

    [Fact]
    public async Task Ingest_SaysDuplicate_AndStillExitsZero_WhenRunTwice()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", "Same bytes.");
        await DossierCli.RunAsync("ingest", temp.Path("a.txt"), "--db", temp.Database);

        var again = await DossierCli.RunAsync("ingest", temp.Path("a.txt"), "--db", temp.Database);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 added, 1 duplicate(s), 0 failed", again.Output);
        Assert.Matches("DUPLICATE .*a.txt: duplicate of [0-9a-f]{64} \\(a.txt\\)", again.Output);
    }

    [Fact]
    public async Task Ingest_PrintsEveryOutcomeAsJson_WhenAsked()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", "Words.");
        temp.Write("b.txt", "");

        var run = await DossierCli.RunAsync("ingest", temp.Path("a.txt"), temp.Path("b.txt"), "--db", temp.Database, "--json");

        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal((1, 0, 1), (root.GetProperty("added").GetInt32(), root.GetProperty("duplicates").GetInt32(), root.GetProperty("failed").GetInt32()));
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["added", "failed"], items.Select(i => i.GetProperty("outcome").GetString()));
        Assert.Equal(64, items[0].GetProperty("sha256").GetString()!.Length);
        Assert.Equal("empty file", items[1].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Ingest_ReadsStandardInput_FromDash()
    {
        using var temp = new TempFolder();

        var run = await ChildProcess.RunAsync("Rebels shelled the market on Friday.\n", "ingest", "-", "--db", temp.Database, "--title", "From a pipe");

        Assert.True(run.ExitCode == 0, run.ToString());
        var sources = await DossierCli.RunAsync("sources", "--db", temp.Database, "--json");
        using var json = JsonDocument.Parse(sources.Output);
        var source = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal(("stdin", "From a pipe", "text/plain"), (source.GetProperty("fileName").GetString(), source.GetProperty("title").GetString(), source.GetProperty("mediaType").GetString()));
    }

    private static bool CanOpen(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}

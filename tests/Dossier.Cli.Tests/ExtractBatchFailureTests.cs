using Dossier.Cli.Commands;
using Dossier.Text.Pipeline;

namespace Dossier.Cli.Tests;

/// <summary>A report the extractor fails on is reported by name, leaves no file, and the batch goes on.</summary>
public sealed class ExtractBatchFailureTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("dossier-batch-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void WriteAll_ReportsTheFileTheExtractorFailedOn_AndWritesTheRest()
    {
        File.WriteAllText(Path.Combine(_dir.FullName, "good.txt"), "Police arrested 12 students in the capital on 3 May 2015.");
        File.WriteAllText(Path.Combine(_dir.FullName, "bad.txt"), "This one trips the failing component: FAIL-HERE.");
        var output = Path.Combine(_dir.FullName, "out");
        var pipeline = new TextPipeline([.. PipelineFactory.DefaultComponents(), new FailsOnMarker()]);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        var code = new ExtractBatch(pipeline, null, stdout, stderr).WriteAll([_dir.FullName], output, CancellationToken.None);

        Assert.Equal(1, code);
        Assert.True(File.Exists(Path.Combine(output, "good.json")));
        Assert.False(File.Exists(Path.Combine(output, "bad.json")));
        Assert.Empty(Directory.GetFiles(output, "*.partial"));
        var error = Assert.Single(stderr.ToString().Split('\n'), l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains("bad.txt", error, StringComparison.Ordinal);
        Assert.Contains("extraction failed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Print_ReportsTheFileTheExtractorFailedOn_AndPrintsTheRest()
    {
        var good = Path.Combine(_dir.FullName, "good.txt");
        var bad = Path.Combine(_dir.FullName, "bad.txt");
        File.WriteAllText(good, "Police arrested 12 students in the capital on 3 May 2015.");
        File.WriteAllText(bad, "FAIL-HERE");
        var pipeline = new TextPipeline([.. PipelineFactory.DefaultComponents(), new FailsOnMarker()]);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        var code = new ExtractBatch(pipeline, null, stdout, stderr).Print([bad, good], json: true, CancellationToken.None);

        Assert.Equal(1, code);
        Assert.Contains("\"arrest\"", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("bad.txt", stderr.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A stand-in for a fault in a real component: it throws on texts that carry its marker.</summary>
    private sealed class FailsOnMarker : IPipelineComponent
    {
        public string Name => "fails-on-marker";

        public IReadOnlyList<string> Requires { get; } = [];

        public IReadOnlyList<string> Assigns { get; } = [];

        public void Annotate(Doc doc, CancellationToken cancellationToken = default)
        {
            if (doc.Text.Contains("FAIL-HERE", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("a fault inside the pipeline");
            }
        }
    }
}

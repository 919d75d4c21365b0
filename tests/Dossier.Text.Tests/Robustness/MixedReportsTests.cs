using Dossier.Text.Output;
using Dossier.Text.Pipeline;
using Dossier.Text.Tests.Evaluation;

namespace Dossier.Text.Tests.Robustness;

/// <summary>
/// Reports put together from paragraphs of different sample reports, as the benchmark's corpus is: each mix meets rules
/// in orders no single report has (a place named once in another country, a heading before a stranger's paragraph), and
/// the pipeline must read every one of them without throwing.
/// </summary>
public sealed class MixedReportsTests
{
    [Fact]
    public void Extract_ParagraphsOfSeveralReports_NeverThrows()
    {
        var paragraphs = Directory.EnumerateFiles(RepositoryPaths.Samples, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToArray();
        Assert.NotEmpty(paragraphs);

        var random = new Random(20261124);
        for (var doc = 0; doc < 1500; doc++)
        {
            var text = string.Join("\n\n", Enumerable.Range(0, random.Next(2, 9)).Select(_ => paragraphs[random.Next(paragraphs.Length)]));

            var result = PipelineFactory.Default.Extract(text);

            Assert.NotNull(ExtractionJsonWriter.ToJson(result, text));
        }
    }
}

using Dossier.Text.Pipeline;
using Dossier.Text.Tests.Segmentation;

namespace Dossier.Text.Tests.Temporal;

public class DocumentDateInferrerHostileTests
{
    public static TheoryData<string> HostileTexts() => SegmenterTests.HostileTexts();

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Pipeline_HostileText_ResolvesWithoutThrowing(string text)
    {
        var doc = new TextPipeline(PipelineFactory.DefaultComponents()).Run(text);
        Assert.All(doc.Dates, d => Assert.NotNull(d.Resolution));
        if (doc.Published is { } published)
        {
            Assert.False(string.IsNullOrWhiteSpace(published.Reasoning));
        }
    }
}

using Dossier.Text.Pipeline;
using Dossier.Text.Tests.Support;

namespace Dossier.Text.Tests.Segmentation;

public partial class SegmenterTests
{
    public static TheoryData<string> HostileTexts() =>
    [
        HostileText.RandomDecoded(seed: 1, bytes: 20_000),
        HostileText.RandomDecoded(seed: 2, bytes: 20_000),
        HostileText.OneLongLine(1_000_000),
        HostileText.EverySpaceAndDash(),
        HostileText.RightToLeft(),
        HostileText.NestedQuotes(5_000),
        HostileText.ManyDots(200_000),
        HostileText.ManyDates(5_000),
        "",
        "\n\n\n",
        "\uD800 lone \uDC00 surrogates \uD83D",
    ];

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Segment_HostileText_IsConsistent(string text)
    {
        var doc = DocBuilder.Segmented(text);
        Assert.Equal(text.Length, doc.Text.Length);
        var previousEnd = 0;
        foreach (var token in doc.Tokens)
        {
            Assert.True(token.Start >= previousEnd && token.End > token.Start && token.End <= text.Length);
            previousEnd = token.End;
        }

        foreach (var sentence in doc.Sentences)
        {
            var paragraph = doc.Paragraphs[sentence.Paragraph];
            Assert.True(paragraph.Contains(sentence.Span));
        }
    }

    [Fact]
    public void Pipeline_DefaultComponents_BuildInOrder()
    {
        var pipeline = new TextPipeline(PipelineFactory.DefaultComponents());
        Assert.Equal("normalise", pipeline.ComponentNames[0]);
        Assert.Equal("segment", pipeline.ComponentNames[1]);
    }
}

using Dossier.Text.Tests.Segmentation;

namespace Dossier.Text.Tests.Temporal;

public partial class TemporalTaggerTests
{
    public static TheoryData<string> HostileTexts() => SegmenterTests.HostileTexts();

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Find_HostileText_GivesOrderedNonOverlappingSpans(string text)
    {
        var doc = Tag(text);
        var previousEnd = 0;
        foreach (var mention in doc.Dates)
        {
            Assert.True(mention.Span.Start >= previousEnd && mention.Span.End <= text.Length);
            previousEnd = mention.Span.End;
        }
    }
}

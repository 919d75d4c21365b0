using Dossier.Text.Tests.Support;

namespace Dossier.Text.Tests.Entities;

public partial class EntityRecognizerTests
{
    public static TheoryData<string> HostileTexts() =>
    [
        HostileText.RandomDecoded(seed: 7, bytes: 50_000),
        HostileText.OneLongLine(1_000_000),
        HostileText.EverySpaceAndDash(),
        HostileText.RightToLeft(),
        HostileText.NestedQuotes(5_000),
        HostileText.ManyDots(100_000),
        string.Concat(Enumerable.Repeat("Camp Camp Mr Mr Council of the Council of ", 20_000)),
        string.Concat(Enumerable.Repeat("ALL CAPS KNLA UN US ", 20_000)),
        string.Concat(Enumerable.Repeat("Al-Al- al- 's 's ( ) / ", 20_000)),
        // Many people sharing one surname, and many "X of Y" bodies: linking must stay linear.
        string.Concat(Enumerable.Repeat("Anna Berg met Tom Berg. Berg left. ", 10_000)),
        string.Concat(Enumerable.Repeat("The Union of Teachers of Chad met the Union of Teachers. ", 5_000)),
        // One endless run of titles and names without punctuation.
        string.Concat(Enumerable.Repeat("Mr Smith Dr Jones General Brown ", 30_000)),
        "",
    ];

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void RecognizeAndLink_HostileText_GiveValidSpans(string text)
    {
        var doc = EntityTestPipeline.Link(text);

        foreach (var mention in doc.EntityMentions)
        {
            Assert.InRange(mention.Span.Start, 0, text.Length);
            Assert.InRange(mention.Span.End, mention.Span.Start + 1, text.Length);
            Assert.InRange(mention.EntityId, 0, doc.Entities.Count - 1);
        }
    }
}

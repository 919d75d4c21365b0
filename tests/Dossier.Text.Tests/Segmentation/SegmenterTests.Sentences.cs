using Dossier.Text.Tests.Support;

namespace Dossier.Text.Tests.Segmentation;

public partial class SegmenterTests
{
    [Theory]
    [InlineData("Mr. Kilgour spoke. He left.", "Mr. Kilgour spoke.|He left.")]
    [InlineData("Dr. Haitham Maleh and Prof. Ziegler came. They spoke.", "Dr. Haitham Maleh and Prof. Ziegler came.|They spoke.")]
    [InlineData("The U.S. Ambassador said so. Then he left.", "The U.S. Ambassador said so.|Then he left.")]
    [InlineData("It began on Sept. 1 in Ashraf. Seven were taken.", "It began on Sept. 1 in Ashraf.|Seven were taken.")]
    [InlineData("J. Smith and St. Mary met. Good.", "J. Smith and St. Mary met.|Good.")]
    [InlineData("She said: \"We will stay.\" Then she left.", "She said: \"We will stay.\"|Then she left.")]
    [InlineData("\"We will stay.\" she said. Then she left.", "\"We will stay.\" she said.|Then she left.")]
    [InlineData("\"Stop!\", he shouted. Nobody did.", "\"Stop!\", he shouted.|Nobody did.")]
    [InlineData("Was it? Yes! It was.", "Was it?|Yes!|It was.")]
    [InlineData("Tools, papers etc. The rest burned.", "Tools, papers etc.|The rest burned.")]
    [InlineData("e.g. this one. And that.", "e.g. this one.|And that.")]
    [InlineData("In 2013. 52 were killed.", "In 2013.|52 were killed.")]
    [InlineData("No final stop", "No final stop")]
    [InlineData("The case, Tagayeva and Others v. Russia, was won. Good.", "The case, Tagayeva and Others v. Russia, was won.|Good.")]
    [InlineData("1. In the morning troops came. They fired.", "1. In the morning troops came.|They fired.")]
    [InlineData("b. The second point.", "b. The second point.")]
    public void Sentences_AreSplitAsExpected(string text, string expected)
    {
        var doc = DocBuilder.Segmented(text);
        Assert.Equal(expected.Split('|'), DocBuilder.SentenceTexts(doc));
    }

    [Fact]
    public void Sentences_HeadlineLine_IsItsOwnSentenceAndParagraph()
    {
        const string text = "Iranians in Paris commemorate the massacre\n\nNCRI - A group gathered. They spoke.\nA new line starts here.";
        var doc = DocBuilder.Segmented(text);
        Assert.Equal(
            ["Iranians in Paris commemorate the massacre", "NCRI - A group gathered.", "They spoke.", "A new line starts here."],
            DocBuilder.SentenceTexts(doc));
        Assert.Equal([0, 1, 1, 2], doc.Sentences.Select(s => s.Paragraph));
    }

    [Fact]
    public void Sentences_TokenIndexesMatchSpans()
    {
        var doc = DocBuilder.Segmented("One two. Three four five!\n\nSix.");
        foreach (var sentence in doc.Sentences)
        {
            Assert.Equal(sentence.Start, doc.Tokens[sentence.FirstToken].Start);
            Assert.Equal(sentence.End, doc.Tokens[sentence.EndToken - 1].End);
        }

        Assert.Equal(doc.Tokens.Count, doc.Sentences.Sum(s => s.TokenCount));
    }
}

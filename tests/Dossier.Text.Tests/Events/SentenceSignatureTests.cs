using Dossier.Text.Events;
using Dossier.Text.Pipeline;

namespace Dossier.Text.Tests.Events;

public class SentenceSignatureTests
{
    private const string Report =
        "Police in Lakeview detained 14 students on 3 May. The DEATH TOLL rose to nine. Officials gave no figure.";

    [Fact]
    public void MayHaveAny_SentenceHoldingAListedWordInAnyCase_LetsTheSetThrough()
    {
        var ix = TokenIndex.For(PipelineFactory.Default.Run(Report));
        var second = ix.Doc.Sentences[1];

        Assert.True(ix.MayHaveAny(second.FirstToken, second.EndToken, new WordSet("toll tally")));
    }

    [Fact]
    public void MayHaveAny_NeverFalseWhereAScanFindsAWord()
    {
        var ix = TokenIndex.For(PipelineFactory.Default.Run(Report));
        var sets = new[] { new WordSet("toll count"), new WordSet("detained arrested"), new WordSet("figure"), new WordSet("hospital") };
        foreach (var sentence in ix.Doc.Sentences)
        {
            foreach (var words in sets)
            {
                var found = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Any(t => ix.IsAny(t, words));
                Assert.True(!found || ix.MayHaveAny(sentence.FirstToken, sentence.EndToken, words));
            }
        }
    }

    [Fact]
    public void MayHaveAny_WordBeyondAscii_LetsEverySetThrough()
    {
        var ix = TokenIndex.For(PipelineFactory.Default.Run("Protesters gathered in Zürich. Nothing else happened."));
        var first = ix.Doc.Sentences[0];

        Assert.True(ix.MayHaveAny(first.FirstToken, first.EndToken, new WordSet("toll")));
    }

    [Fact]
    public void MayHaveAny_RangeAcrossSentences_IsLetThrough()
    {
        var ix = TokenIndex.For(PipelineFactory.Default.Run(Report));

        Assert.True(ix.MayHaveAny(ix.Doc.Sentences[0].FirstToken, ix.Doc.Sentences[2].EndToken, new WordSet("absent")));
    }
}

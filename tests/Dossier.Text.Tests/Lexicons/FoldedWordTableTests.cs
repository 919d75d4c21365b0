using Dossier.Text.Events;
using Dossier.Text.Lexicons;

namespace Dossier.Text.Tests.Lexicons;

public class FoldedWordTableTests
{
    private static readonly Dictionary<string, int> Words =
        new(StringComparer.OrdinalIgnoreCase) { ["kill"] = 1, ["Attack"] = 2, ["of"] = 3 };

    [Theory]
    [InlineData("kill")]
    [InlineData("KILL")]
    [InlineData("attack")]
    [InlineData("ATTACK")]
    [InlineData("Of")]
    [InlineData("kills")]
    [InlineData("off")]
    [InlineData("k\u0131ll")] // dotless i upper-cases to "I": the dictionary calls it "kill"
    [InlineData("\u212Aill")] // the Kelvin sign lower-cases to "k" but does not upper-case to "K"
    [InlineData("Genève")]
    [InlineData("")]
    public void TryGetValue_AnyWord_AnswersAsTheDictionary(string word)
    {
        var table = new FoldedWordTable<int>(Words, w => WordSet.Hash(w));

        var found = table.TryGetValue(WordSet.Hash(word), word, out var value);

        Assert.Equal(Words.TryGetValue(word, out var expected), found);
        Assert.Equal(expected, value);
    }

    [Fact]
    public void TryGetValue_WordsBeyondAscii_AnswersAsTheDictionary()
    {
        var words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["préfecture"] = 1 };
        var table = new FoldedWordTable<int>(words, w => WordSet.Hash(w));

        Assert.True(table.TryGetValue(WordSet.Hash("PRÉFECTURE"), "PRÉFECTURE", out var value));
        Assert.Equal(1, value);
        Assert.False(table.TryGetValue(WordSet.Hash("prefecture"), "prefecture", out _));
    }
}

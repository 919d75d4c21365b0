using Dossier.Text.Lexicons;
using Dossier.Text.Model;
using Dossier.Text.Pipeline;

namespace Dossier.Text.Tests.Lexicons;

public class WordKeysTests
{
    [Theory]
    [InlineData("Geneva", "geneva")]
    [InlineData("KNLA", "knla")]
    [InlineData("Al-Hashimi", "al-hashimi")]
    [InlineData("Ürümqi", "ürümqi")]
    [InlineData("ÉTAT", "état")]
    [InlineData("X", "x")]
    [InlineData("Mid-2014", "mid-2014")]
    public void Hash_AnyCase_EqualsOrdinalHashOfTheLowerCasedWord(string word, string lower) =>
        Assert.Equal(WordKeys.HashOrdinal(lower), WordKeys.Hash(word));

    [Theory]
    [InlineData("Geneva", "Genève")]
    [InlineData("abcd", "abce")]
    [InlineData("[bc]", "{bc}")] // brackets sit next to the capitals: no folding across them
    [InlineData("@", "`")]
    public void Hash_DifferentWords_Differ(string a, string b) =>
        Assert.NotEqual(WordKeys.Hash(a), WordKeys.Hash(b));

    [Theory]
    [InlineData("Village", true)]
    [InlineData("VILLAGE", true)]
    [InlineData("village", true)]
    [InlineData("Préfecture", true)]
    [InlineData("villages", false)]
    [InlineData("Villagf", false)]
    public void TryGetFolded_WordInAnyCase_FindsTheLowerCaseKey(string word, bool found)
    {
        var table = new SpanKeyTable([KeyValuePair.Create("village", 1), KeyValuePair.Create("préfecture", 2)]);

        Assert.Equal(found, table.TryGetFolded(WordKeys.Hash(word), word, out _));
        Assert.Equal(table.TryGetValue(word.ToLowerInvariant(), out _), table.TryGetFolded(WordKeys.Hash(word), word, out _));
    }

    [Fact]
    public void For_SameDocument_SharesOneTableWithAKeyPerToken()
    {
        var doc = PipelineFactory.Default.Run("Police in Lakeview detained 14 students on 3 May.");

        var keys = WordKeys.For(doc);

        Assert.Same(keys, WordKeys.For(doc));
        Assert.Equal(doc.Tokens.Count, keys.Count);
        for (var t = 0; t < doc.Tokens.Count; t++)
        {
            Assert.Equal(WordKeys.Hash(doc.TextOf(doc.Tokens[t].Span)), keys[t]);
        }
    }

    [Fact]
    public void For_TokensChanged_BuildsFreshKeys()
    {
        var doc = PipelineFactory.Default.Run("Police in Lakeview detained 14 students.");
        var before = WordKeys.For(doc);

        doc.Tokens.Add(new Token(0, 6, TokenKind.Word));

        Assert.NotSame(before, WordKeys.For(doc));
        Assert.Equal(doc.Tokens.Count, WordKeys.For(doc).Count);
    }
}

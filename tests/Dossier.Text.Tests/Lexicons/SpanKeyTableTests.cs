using Dossier.Text.Lexicons;

namespace Dossier.Text.Tests.Lexicons;

public class SpanKeyTableTests
{
    private static SpanKeyTable Table(params string[] words) =>
        new(words.Select((word, i) => KeyValuePair.Create(word, i + 10)));

    [Fact]
    public void TryGetValue_KeyInsideALongerText_FindsItsValue()
    {
        var table = Table("tribunal", "village", "monday");
        var text = "the village council met on monday";

        Assert.True(table.TryGetValue(text.AsSpan(4, 7), out var village));
        Assert.Equal(11, village);
        Assert.True(table.TryGetValue(text.AsSpan(27, 6), out var monday));
        Assert.Equal(12, monday);
    }

    [Theory]
    [InlineData("Village")] // exact, ordinal: callers fold case first
    [InlineData("villag")]
    [InlineData("villages")]
    [InlineData("")]
    public void Contains_AnythingButTheExactKey_IsFalse(string probe) =>
        Assert.False(Table("village", "tribunal").Contains(probe));

    [Fact]
    public void Constructor_KeyGivenTwice_KeepsTheFirstValueAndCountsItOnce()
    {
        var table = new SpanKeyTable([KeyValuePair.Create("camp", 1), KeyValuePair.Create("camp", 2), KeyValuePair.Create("fort", 3)]);

        Assert.Equal(2, table.Count);
        Assert.True(table.TryGetValue("camp", out var value));
        Assert.Equal(1, value);
    }

    [Fact]
    public void TryGetValue_ManyKeys_AgreesWithADictionary()
    {
        // Enough keys that probes collide and wrap around the slot array.
        var random = new Random(7);
        var words = Enumerable.Range(0, 5000)
            .Select(_ => new string(Enumerable.Range(0, random.Next(1, 9)).Select(_ => (char)('a' + random.Next(6))).ToArray()))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var expected = words.Select((w, i) => KeyValuePair.Create(w, i)).ToDictionary(StringComparer.Ordinal);
        var table = new SpanKeyTable(expected);

        Assert.Equal(expected.Count, table.Count);
        foreach (var (word, value) in expected)
        {
            Assert.True(table.TryGetValue(word, out var found), word);
            Assert.Equal(value, found);
        }

        foreach (var probe in new[] { "g", "abcdefgh", "zz", "aaaaaaaaaa" })
        {
            Assert.Equal(expected.ContainsKey(probe), table.Contains(probe));
        }
    }

    [Fact]
    public void TryGetValue_EmptyTable_FindsNothing()
    {
        var table = new SpanKeyTable([]);

        Assert.Equal(0, table.Count);
        Assert.False(table.Contains("anything"));
    }
}

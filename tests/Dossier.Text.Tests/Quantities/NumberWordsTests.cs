using Dossier.Text.Quantities;

namespace Dossier.Text.Tests.Quantities;

public class NumberWordsTests
{
    [Theory]
    [InlineData("seven", 7)]
    [InlineData("Seventeen", 17)]
    [InlineData("fifty-two", 52)]
    [InlineData("NINETY-nine", 99)]
    [InlineData("twenty", 20)]
    public void TryCardinal_ReadsWords(string word, long expected)
    {
        Assert.True(NumberWords.TryCardinal(word, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("seventy-ten")]
    [InlineData("five-two")]
    [InlineData("people")]
    [InlineData("")]
    [InlineData("-")]
    public void TryCardinal_RejectsNonNumbers(string word)
    {
        Assert.False(NumberWords.TryCardinal(word, out _));
    }

    [Theory]
    [InlineData("second", 2)]
    [InlineData("2nd", 2)]
    [InlineData("26th", 26)]
    [InlineData("twenty-sixth", 26)]
    [InlineData("1ST", 1)]
    public void TryOrdinal_ReadsWordsAndSuffixedDigits(string word, int expected)
    {
        Assert.True(NumberWords.TryOrdinal(word, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("hundreds", 100)]
    [InlineData("million", 1_000_000)]
    [InlineData("Thousand", 1_000)]
    public void TryMultiplier_AcceptsSingularAndPlural(string word, long expected)
    {
        Assert.True(NumberWords.TryMultiplier(word, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("2xx")]
    [InlineData("th")]
    [InlineData("99999999999th")]
    public void TryOrdinal_RejectsMalformed(string word)
    {
        Assert.False(NumberWords.TryOrdinal(word, out _));
    }
}

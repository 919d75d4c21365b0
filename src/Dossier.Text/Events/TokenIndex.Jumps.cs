namespace Dossier.Text.Events;

// Where the next date mention starts, so that a rule that looks for dates through a sentence or a window jumps
// from one to the next instead of asking every token: most sentences hold none or one.
internal sealed partial class TokenIndex
{
    // Per token t (and one past the last): the first token at or after t that a date mention covers, or Count.
    private readonly int[] _nextDateToken;

    /// <summary>
    /// The first token at or after <paramref name="from"/> that a date mention covers (<see cref="DateAt"/> is not -1),
    /// or <see cref="Count"/> when none does.
    /// </summary>
    public int NextDateToken(int from) => _nextDateToken[Math.Clamp(from, 0, _tokens.Length)];

    /// <summary>Whether a date mention covers any token in [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public bool AnyDateIn(int first, int end) => NextDateToken(first) < end;

    private int[] NextDateTokens()
    {
        var next = new int[_tokens.Length + 1];
        next[_tokens.Length] = _tokens.Length;
        for (var t = _tokens.Length - 1; t >= 0; t--)
        {
            next[t] = _dateAt[t] != 0 ? t : next[t + 1];
        }

        return next;
    }
}

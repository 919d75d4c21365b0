namespace Dossier.Text.Events;

// Where the next date or entity mention is, so that a rule that looks for them through a sentence or a window
// jumps from one to the next instead of asking every token: most sentences hold a few at most.
internal sealed partial class TokenIndex
{
    // Per token t (and one past the last): the first token at or after t that a date mention covers, or Count.
    private readonly int[] _nextDateToken;

    // The same for entity mentions.
    private readonly int[] _nextEntityToken;

    /// <summary>
    /// The first token at or after <paramref name="from"/> that a date mention covers (<see cref="DateAt"/> is not -1),
    /// or <see cref="Count"/> when none does.
    /// </summary>
    public int NextDateToken(int from) => _nextDateToken[Math.Clamp(from, 0, _tokens.Length)];

    /// <summary>Whether a date mention covers any token in [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public bool AnyDateIn(int first, int end) => NextDateToken(first) < Math.Min(end, _tokens.Length);

    /// <summary>
    /// The first token at or after <paramref name="from"/> that an entity mention covers (<see cref="EntityAt"/> is not
    /// -1), or <see cref="Count"/> when none does.
    /// </summary>
    public int NextEntityToken(int from) => _nextEntityToken[Math.Clamp(from, 0, _tokens.Length)];

    /// <summary>Per token (and one past the last), the first token at or after it that <paramref name="marks"/> mark.</summary>
    private int[] NextMarked(int[] marks)
    {
        var next = new int[_tokens.Length + 1];
        next[_tokens.Length] = _tokens.Length;
        for (var t = _tokens.Length - 1; t >= 0; t--)
        {
            next[t] = marks[t] != 0 ? t : next[t + 1];
        }

        return next;
    }
}

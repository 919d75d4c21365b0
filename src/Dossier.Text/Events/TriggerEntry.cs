namespace Dossier.Text.Events;

/// <summary>
/// One trigger phrase of the lexicon: its words, the event type, its role and its count key. A "*" word
/// stands for the verb's object said between the phrase's parts ("put 30 men to death").
/// </summary>
internal sealed record TriggerEntry(string[] Words, string Type, TriggerRole Role, string? CountKey)
{
    /// <summary>The position of the "*" gap in <see cref="Words"/>, or -1 when the phrase is said in one piece.</summary>
    public int Gap { get; } = Array.IndexOf(Words, TriggerLexicon.GapWord);

    /// <summary>
    /// The tokens the "*" stood for in a match from <paramref name="first"/> to <paramref name="end"/> ("took [my husband
    /// and four other men] from the house"), past a particle ("took away [eleven girls] from"); null for a phrase in one piece.
    /// </summary>
    public (int First, int End)? GapTokens(TokenIndex ix, int first, int end) =>
        Gap < 0 ? null : (first + Gap + (ix.Is(first + Gap, "away") ? 1 : 0), end - (Words.Length - Gap - 1));
}

namespace Dossier.Text.Events;

/// <summary>
/// One trigger phrase of the lexicon: its words, the event type, its role and its count key. A "*" word
/// stands for the verb's object said between the phrase's parts ("put 30 men to death").
/// </summary>
internal sealed record TriggerEntry(string[] Words, string Type, TriggerRole Role, string? CountKey)
{
    /// <summary>The position of the "*" gap in <see cref="Words"/>, or -1 when the phrase is said in one piece.</summary>
    public int Gap { get; } = Array.IndexOf(Words, TriggerLexicon.GapWord);
}

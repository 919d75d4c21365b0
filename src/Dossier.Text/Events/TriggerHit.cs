namespace Dossier.Text.Events;

/// <summary>A trigger accepted in a sentence: its tokens, lexicon entry, reading and the figure tied to it.</summary>
internal sealed record TriggerHit(int First, int End, TriggerEntry Entry, TriggerReading Reading, int Quantity)
{
    /// <summary>Index into the document's dates of the date given to this trigger, or -1.</summary>
    public int Date { get; set; } = -1;
}

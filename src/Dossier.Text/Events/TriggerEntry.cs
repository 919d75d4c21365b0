namespace Dossier.Text.Events;

/// <summary>One trigger phrase of the lexicon: its words, the event type, its role and its count key.</summary>
internal sealed record TriggerEntry(string[] Words, string Type, TriggerRole Role, string? CountKey);

namespace Dossier.Text.Temporal;

/// <summary>What role a word can play in a temporal expression; one lookup per token decides whether to look closer.</summary>
[Flags]
internal enum TemporalWord
{
    None = 0,
    Month = 1,
    Weekday = 2,
    Unit = 4,
    Trigger = 8,   // yesterday, today, recent, earlier, last, next, this, anniversary...
    Amount = 16,   // a cardinal number word or "a"/"an"
    Ordinal = 32,  // first, second, twenty-sixth...
}

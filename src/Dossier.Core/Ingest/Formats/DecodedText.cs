namespace Dossier.Core.Ingest.Formats;

/// <summary>Text decoded from bytes, with a warning when bytes had to be replaced. Immutable.</summary>
public sealed record DecodedText(string Text, string? Warning);

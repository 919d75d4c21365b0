namespace Dossier.Core.Storage;

/// <summary>
/// One document matching a search, with a snippet in which matched words are wrapped in
/// <see cref="HighlightStart"/> and <see cref="HighlightEnd"/>. Immutable.
/// </summary>
public sealed record SearchHit(long DocumentId, string SourceSha256, string FileName, string? Title, string Snippet, double Rank)
{
    public const string HighlightStart = "**";
    public const string HighlightEnd = "**";
}

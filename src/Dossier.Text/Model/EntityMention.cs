namespace Dossier.Text.Model;

/// <summary>
/// One occurrence of a named entity in the text. <see cref="EntityId"/> indexes <see cref="Doc.Entities"/>
/// once in-document alias linking has run (-1 before). Immutable.
/// </summary>
public sealed record EntityMention(TextSpan Span, EntityType Type)
{
    public int EntityId { get; init; } = -1;

    /// <summary>Which rule or gazetteer found it ("gazetteer", "title", "suffix", "acronym", ...).</summary>
    public string Source { get; init; } = "";
}

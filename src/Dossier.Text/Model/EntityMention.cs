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

    /// <summary>The canonical name when a gazetteer knows the thing ("United Nations" for "UN"); null otherwise.</summary>
    public string? Canonical { get; init; }

    /// <summary>ISO 3166-1 alpha-2 of the place, or of the country a national body belongs to.</summary>
    public string? CountryCode { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>For places: "country", "region", "city", "site"; null otherwise.</summary>
    public string? PlaceKind { get; init; }

    /// <summary>True when the mention lies inside a longer mention ("Iran" in "... Organization of Iran").</summary>
    public bool Nested { get; init; }
}

namespace Dossier.Text.Model;

/// <summary>
/// A named person, organisation or place as one document knows it: the canonical name, every alias
/// used in the document, and the mentions that refer to it. Places carry a country code and
/// coordinates from the gazetteer when known. Immutable.
/// </summary>
public sealed record Entity(int Id, EntityType Type, string Name)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<TextSpan> Mentions { get; init; } = [];

    /// <summary>ISO 3166-1 alpha-2 for places (and for the country an organisation or demonym belongs to).</summary>
    public string? CountryCode { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>For places: "country", "region", "city", "site" (camp, prison, venue)... null otherwise.</summary>
    public string? PlaceKind { get; init; }
}

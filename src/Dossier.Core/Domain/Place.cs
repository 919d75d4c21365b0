namespace Dossier.Core.Domain;

/// <summary>
/// A place known across reports: name, aliases, country (ISO 3166-1 alpha-2) and coordinates when known.
/// <see cref="Kind"/> says how specific it is ("country", "region", "city", "site"). Immutable.
/// </summary>
public sealed record Place(long Id, string Name, string? CountryCode)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public string? Kind { get; init; }

    /// <summary>A whole country is not a specific place: it agrees with any place inside it.</summary>
    public bool IsCountry => Kind == "country";
}

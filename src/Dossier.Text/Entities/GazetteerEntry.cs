using Dossier.Text.Model;

namespace Dossier.Text.Entities;

/// <summary>
/// A named thing the gazetteer knows: its canonical name, the other names it goes by, its type and,
/// for places, where it is. <see cref="Kind"/> is "country", "city", "region" or "organization".
/// Immutable.
/// </summary>
public sealed record GazetteerEntry(string Name, EntityType Type, string Kind)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>ISO 3166-1 alpha-2; for organisations, the country of a national body.</summary>
    public string? CountryCode { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public long Population { get; init; }

    /// <summary>True for a place whose name is also an everyday English word ("Mobile", "Reading", "Central").</summary>
    public bool IsCommonWord { get; init; }

    public bool IsCapital { get; init; }

    /// <summary>A place of fewer than 15,000 people: named only after "in", "near", "from"...</summary>
    public bool IsSmall { get; init; }

    /// <summary>Ranks entries sharing a name: countries, then bodies, regions, then cities by size.</summary>
    internal long Priority => Kind switch
    {
        "country" => long.MaxValue,
        "organization" => long.MaxValue - 1,
        "region" when Population == 0 => long.MaxValue - 2,
        // A region and a city of one name: the city, unless the region is far larger ("Aleppo").
        "region" => Population / 4,
        _ => Population + (IsCapital ? 1_000_000 : 0),
    };
}

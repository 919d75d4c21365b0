namespace Dossier.Core.Domain;

/// <summary>The names of the fields a claim can be about. Counts are <c>count.KEY</c>.</summary>
public static class ClaimFields
{
    public const string Type = "type";
    public const string Also = "also";
    public const string Date = "date";
    public const string Place = "place";
    public const string Country = "country";
    public const string Perpetrator = "perpetrator";
    public const string Victims = "victims";
    public const string CountPrefix = "count.";

    public static string Count(string key) => CountPrefix + key;

    public static bool IsCount(string field) => field.StartsWith(CountPrefix, StringComparison.Ordinal);
}

namespace Dossier.Core.Consolidation;

/// <summary>
/// Event types grouped by what was violated or done, so that reports coding one incident differently
/// ("killing" in one, "attack" in another, "abduction" for its hostages) can still meet. A type may sit in
/// two families: an attack threatens life and property alike.
/// </summary>
public static class EventFamilies
{
    public const string Life = "life";
    public const string Liberty = "liberty";
    public const string Integrity = "integrity";
    public const string Property = "property";
    public const string Movement = "movement";
    public const string Subsistence = "subsistence";
    public const string Assembly = "assembly";
    public const string Official = "official";
    public const string Justice = "justice";

    private static readonly Dictionary<string, string[]> ByType = new(StringComparer.Ordinal)
    {
        ["killing"] = [Life],
        ["execution"] = [Life],
        ["attack"] = [Life, Property],
        ["abduction"] = [Liberty],
        ["arrest"] = [Liberty],
        ["torture"] = [Integrity],
        ["sexual_violence"] = [Integrity],
        ["destruction"] = [Property],
        ["displacement"] = [Movement],
        ["siege"] = [Subsistence],
        ["protest"] = [Assembly],
        ["meeting"] = [Official],
        ["legal_action"] = [Justice],
    };

    /// <summary>The families of one event type; an unknown type is its own family.</summary>
    public static IReadOnlyList<string> Of(string type) =>
        ByType.TryGetValue(type, out var families) ? families : [type];

    /// <summary>The families of a primary type and its other act types, sorted and distinct.</summary>
    public static IReadOnlyList<string> Of(string type, IEnumerable<string> also) =>
        Of(type).Concat(also.SelectMany(Of)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}

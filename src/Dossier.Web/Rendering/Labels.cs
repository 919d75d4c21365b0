namespace Dossier.Web.Rendering;

/// <summary>Human labels for claim fields and event types ("count.killed" → "Killed").</summary>
public static class Labels
{
    public static readonly IReadOnlyList<string> EventTypes =
    [
        "killing", "execution", "abduction", "arrest", "torture", "sexual_violence", "attack",
        "displacement", "siege", "destruction", "protest", "meeting", "legal_action",
    ];

    public static string Field(string field) => field switch
    {
        _ when field.StartsWith("count.", StringComparison.Ordinal) => Capitalise(field["count.".Length..].Replace('_', ' ')),
        _ => Capitalise(field.Replace('_', ' ').Replace('.', ' ')),
    };

    public static string Type(string type) => Capitalise(type.Replace('_', ' '));

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

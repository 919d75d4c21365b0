using Dossier.Text.Model;

namespace Dossier.Text.Entities;

/// <summary>A mention found by a rule, over tokens [<see cref="First"/>, <see cref="End"/>), before it becomes an <see cref="EntityMention"/>.</summary>
internal readonly record struct MentionDraft(int First, int End, EntityType Type, string Source)
{
    public GazetteerEntry? Entry { get; init; }

    public string? CountryCode { get; init; }

    public string? PlaceKind { get; init; }

    public bool Nested { get; init; }

    /// <summary>Ends the span inside its last token ("London" in "London-based"); 0 for the token's end.</summary>
    public int CharEnd { get; init; }

    public EntityMention ToMention(TokenView view)
    {
        var span = new TextSpan(view.Tokens[First].Start, CharEnd > 0 ? CharEnd : view.Tokens[End - 1].End);
        return new EntityMention(span, Type)
        {
            Source = Source,
            Canonical = Entry?.Name,
            CountryCode = CountryCode ?? Entry?.CountryCode,
            Latitude = Entry?.Latitude,
            Longitude = Entry?.Longitude,
            PlaceKind = PlaceKind ?? (Type == EntityType.Location ? Entry?.Kind : null),
            Nested = Nested,
        };
    }
}

using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// Turns a noun phrase into names: each person or organisation entity it contains (with the entity's
/// canonical name and aliases), and the phrase itself when it is more than one entity's name.
/// </summary>
internal static class NameResolver
{
    private static readonly WordSet LeadingJoins = new("and or then but");

    public static List<ExtractedName> Names(TokenIndex ix, int first, int end, bool includePlaces = false)
    {
        var names = new List<ExtractedName>();
        var coveredByOne = false;
        for (var t = ix.NextEntityToken(first, end); t < end; t = ix.NextEntityToken(t + 1, end))
        {
            var m = ix.EntityAt(t);
            var mention = ix.Doc.EntityMentions[m];
            var (mFirst, mEnd) = ix.TokensIn(mention.Span);
            t = Math.Max(t, mEnd - 1);
            if (mention.Type == EntityType.Location && !includePlaces)
            {
                continue;
            }

            coveredByOne |= mFirst <= first && mEnd >= end;
            var name = FromMention(ix, m);
            if (!names.Any(n => n.EntityId >= 0 && n.EntityId == name.EntityId))
            {
                names.Add(name);
            }
        }

        while (first < end && ix.IsAny(first, LeadingJoins))
        {
            first++; // "and a helicopter gunship": the phrase, not the word that joined it
        }

        if (!coveredByOne && end > first)
        {
            var text = ix.TextOf(first, end).Trim();
            if (text.Length > 0 && text.Length <= 120)
            {
                names.Insert(0, new ExtractedName(text) { Spans = [ix.SpanOf(first, end)] });
            }
        }

        return names;
    }

    /// <summary>
    /// "IGUALA, Mexico —": a name first seen in capitals (a dateline, a headline) is shown in its usual form,
    /// an alias written in mixed case when there is one, else each word capitalised (not a short acronym);
    /// the capitals stay an alias.
    /// </summary>
    internal static (string Name, IReadOnlyList<string> Aliases) Displayed(string name, IReadOnlyList<string> aliases)
    {
        if (!IsShouted(name))
        {
            return (name, aliases);
        }

        // A short single word in capitals with no other spelling may be an acronym ("UN", "NATO"): kept.
        var usual = aliases.FirstOrDefault(a => !IsShouted(a) && string.Equals(a, name, StringComparison.OrdinalIgnoreCase))
            ?? (name.Contains(' ', StringComparison.Ordinal) || name.Length > 5
                ? System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant())
                : null);
        return usual is null ? (name, aliases) : (usual, [name, .. aliases.Where(a => a != usual)]);
    }

    private static bool IsShouted(string name)
    {
        var letters = 0;
        foreach (var c in name)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters > 1;
    }

    /// <summary>The name of the entity a mention refers to, with this mention's span.</summary>
    public static ExtractedName FromMention(TokenIndex ix, int mentionIndex)
    {
        var mention = ix.Doc.EntityMentions[mentionIndex];
        var entity = PlaceFinder.EntityOf(ix, mention);
        if (entity is null)
        {
            return new ExtractedName(ix.Text.Substring(mention.Span.Start, mention.Span.Length)) { Spans = [mention.Span] };
        }

        var (name, aliases) = Displayed(entity.Name, entity.Aliases);
        return new ExtractedName(name)
        {
            Aliases = aliases,
            Spans = [mention.Span],
            EntityId = entity.Id,
            CountryCode = entity.CountryCode,
            Latitude = entity.Latitude,
            Longitude = entity.Longitude,
        };
    }
}

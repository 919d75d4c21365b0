using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// Turns a noun phrase into names: each person or organisation entity it contains (with the entity's
/// canonical name and aliases), and the phrase itself when it is more than one entity's name.
/// </summary>
internal static class NameResolver
{
    public static List<ExtractedName> Names(TokenIndex ix, int first, int end, bool includePlaces = false)
    {
        var names = new List<ExtractedName>();
        var coveredByOne = false;
        for (var t = first; t < end; t++)
        {
            var m = ix.EntityAt(t);
            if (m < 0)
            {
                continue;
            }

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

    /// <summary>The name of the entity a mention refers to, with this mention's span.</summary>
    public static ExtractedName FromMention(TokenIndex ix, int mentionIndex)
    {
        var mention = ix.Doc.EntityMentions[mentionIndex];
        var entity = PlaceFinder.EntityOf(ix, mention);
        if (entity is null)
        {
            return new ExtractedName(ix.Text.Substring(mention.Span.Start, mention.Span.Length)) { Spans = [mention.Span] };
        }

        return new ExtractedName(entity.Name)
        {
            Aliases = entity.Aliases,
            Spans = [mention.Span],
            EntityId = entity.Id,
            CountryCode = entity.CountryCode,
            Latitude = entity.Latitude,
            Longitude = entity.Longitude,
        };
    }
}

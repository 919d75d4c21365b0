using Dossier.Text.Model;

namespace Dossier.Text.Entities;

// Titles before names and the shape of a person's name.
internal sealed partial class NameRules
{
    private bool ClassifyTitled(TokenView v, int a, int b, List<MentionDraft> output, bool headline)
    {
        var title = -1;
        for (var k = b - 1; k >= a; k--)
        {
            if (IsTitle(v, k))
            {
                title = k;
                break;
            }
        }

        if (title < 0)
        {
            return false;
        }

        var blockStart = title;
        while (blockStart > a && (v.In(blockStart - 1, EntityLexicon.Titles) || v.In(blockStart - 1, EntityLexicon.TitleModifiers)))
        {
            blockStart--;
        }

        if (blockStart > a)
        {
            var prefixEnd = v.IsPossessive(blockStart - 1) ? blockStart - 1 : blockStart;
            Classify(v, a, prefixEnd, output, headline);
        }

        var nameEnd = b;
        while (nameEnd - title > 2 && gazetteer.CountryOfDemonym(v[nameEnd - 1]) is not null)
        {
            nameEnd--;
        }

        if (title + 1 < nameEnd && nameEnd - title - 1 <= MaxPersonWords && !v.IsAllCaps(title + 1))
        {
            if (!CouldBeName(v, title + 1, nameEnd))
            {
                Classify(v, title + 1, b, output, headline);
                return true;
            }

            // Royal titles are part of how the person is named ("King Salman").
            var first = v.In(title, EntityLexicon.RoyalTitles) ? title : title + 1;
            while (first == title && first > blockStart && v.In(first - 1, EntityLexicon.RoyalTitles))
            {
                first--;
            }

            output.Add(new MentionDraft(first, nameEnd, EntityType.Person, "title"));
        }

        return true;
    }

    private static bool IsTitle(TokenView v, int k)
    {
        var word = v[k];
        if (EntityLexicon.Titles.Contains(word))
        {
            return true;
        }

        // "Prosecutor-General", "Vice-Chairman": a hyphenated title (the token's shape says whether it has a dash).
        var dash = v.HasHyphen(k) ? word.IndexOf('-') : -1;
        return dash > 0 && (EntityLexicon.Titles.Contains(word[..dash]) || EntityLexicon.Titles.Contains(word[(dash + 1)..]));
    }

    /// <summary>No country, body, place head or group word among the words after a title.</summary>
    private bool CouldBeName(TokenView v, int a, int b)
    {
        for (var k = a; k < b; k++)
        {
            if (v.In(k, EntityLexicon.OrganizationHeads) || v.In(k, EntityLexicon.PlaceHeads)
                || v.In(k, EntityLexicon.GroupWords) || v.In(k, EntityLexicon.TreatyHeads))
            {
                return false;
            }

            if (matcher.Longest(v, k, b).Entry is { Kind: "country" or "organization" } or { Kind: "region", Population: 0 })
            {
                return false;
            }
        }

        return true;
    }

    private bool LooksLikePerson(TokenView v, int a, int b)
    {
        var words = b - a;
        if (words < 2 || words > MaxPersonWords)
        {
            return false;
        }

        var everyday = 0;
        for (var k = a; k < b; k++)
        {
            var word = v[k];
            if (v.IsAllCaps(k) || v.IsPossessive(k) || gazetteer.CountryOfDemonym(word) is not null
                || v.In(k, EntityLexicon.OrganizationHeads) || v.In(k, EntityLexicon.PlaceHeads)
                || v.In(k, EntityLexicon.GroupWords))
            {
                return false;
            }

            var (length, entry) = matcher.Longest(v, k, b);
            if (entry is { Kind: "country" or "organization" } or { Kind: "region", Population: 0 })
            {
                return false;
            }

            if (!v.In(k, EntityLexicon.Particles) && v.IsEveryday(k, gazetteer) && !v.IsGivenName(k, gazetteer))
            {
                everyday++;
            }
        }

        // A given name allows one everyday word ("Grace Ward"); so does an unknown first word in a short
        // name ("Yanghee Lee"), as long as the everyday word is not the first.
        return v.IsGivenName(a, gazetteer) || (words <= 3 && !v.IsEveryday(a, gazetteer) && matcher.Longest(v, a, a + 1).Entry is null)
            ? everyday <= 1
            : everyday == 0;
    }
}

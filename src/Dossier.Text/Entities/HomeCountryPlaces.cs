using Dossier.Text.Model;

namespace Dossier.Text.Entities;

/// <summary>
/// Reads an ambiguous town name in the country the report is about: "Altamira" in a report on Caracas is the
/// Venezuelan town, not the larger Brazilian one the gazetteer ranks first. A small foreign town of that name,
/// in a country the report never names, is more likely an unlisted place at home: it keeps its name and loses
/// the foreign coordinates.
/// </summary>
internal static class HomeCountryPlaces
{
    // Votes a country needs, and its lead over the next, before it decides anything.
    private const int MinVotes = 3;

    // A town this small, in a country the report never names, is not trusted against the report's own country.
    private const long SmallTown = 100_000;

    public static void Prefer(TokenView view, List<MentionDraft> drafts, Gazetteer gazetteer)
    {
        if (!SeveralCountries(drafts))
        {
            return; // one country named throughout: nothing to read otherwise
        }

        // Each distinct name votes once, so a town named ten times does not outvote its country named twice; a country
        // named outright, or a body named by its people ("Malian soldiers"), speaks louder than a town.
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        var voted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var draft in drafts)
        {
            if ((draft.CountryCode ?? draft.Entry?.CountryCode) is { } code
                && voted.Add(NameOf(view, draft)))
            {
                votes[code] = votes.GetValueOrDefault(code) + (draft.Type != EntityType.Location || draft.Entry?.Kind == "country" ? 2 : 1);
            }
        }

        if (Leader(votes) is not { } home)
        {
            return;
        }

        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (draft is { Type: EntityType.Location, Entry: null, CountryCode: { } foreign } && foreign != home && votes.GetValueOrDefault(foreign) <= 1)
            {
                drafts[i] = draft with { CountryCode = null }; // "Abu Zaabal prison" took a country from a foreign town's name
                continue;
            }

            if (draft is not { Type: EntityType.Location, Entry: { Kind: "city" } entry } || entry.CountryCode == home
                || draft.CountryCode is { } own && own != entry.CountryCode)
            {
                continue;
            }

            var local = gazetteer.FindCity(NameOf(view, draft), home);
            if (local is not null)
            {
                drafts[i] = draft with { Entry = local, CountryCode = null };
            }
            else if (entry.Population < SmallTown && !entry.IsCapital && votes.GetValueOrDefault(entry.CountryCode ?? "") <= 1)
            {
                drafts[i] = draft with { Entry = null, CountryCode = null };
            }
        }
    }

    /// <summary>
    /// "RSF" in a report on Sudan is the Rapid Support Forces, not Reporters Without Borders: a name two known bodies share
    /// is read as the body of the country the report's names lead with, when one of them is of that country.
    /// </summary>
    public static void PreferLocalBodies(TokenView view, List<MentionDraft> drafts, Gazetteer gazetteer)
    {
        string? home = null;
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (draft is not { Type: EntityType.Organization, Entry: { CountryCode: null } })
            {
                continue;
            }

            home ??= LeadingCountry(drafts) ?? "";
            if (home.Length == 0)
            {
                return; // no country leads: every body keeps its widely known reading
            }

            if (gazetteer.FindBody(NameOf(view, draft), home) is { } local)
            {
                drafts[i] = draft with { Entry = local, CountryCode = local.CountryCode };
            }
        }
    }

    private static string? LeadingCountry(List<MentionDraft> drafts)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            if ((draft.CountryCode ?? draft.Entry?.CountryCode) is { } code)
            {
                votes[code] = votes.GetValueOrDefault(code) + 1;
            }
        }

        return Leader(votes);
    }

    private static string NameOf(TokenView view, MentionDraft draft) =>
        view.Text[view.Tokens[draft.First].Start..view.Tokens[draft.End - 1].End];

    private static bool SeveralCountries(List<MentionDraft> drafts)
    {
        string? first = null;
        foreach (var draft in drafts)
        {
            if ((draft.CountryCode ?? draft.Entry?.CountryCode) is { } code)
            {
                if (first is not null && code != first)
                {
                    return true;
                }

                first = code;
            }
        }

        return false;
    }

    private static string? Leader(Dictionary<string, int> votes)
    {
        string? best = null;
        int first = 0, second = 0;
        foreach (var (code, count) in votes)
        {
            if (count > first)
            {
                (second, first, best) = (first, count, code);
            }
            else if (count > second)
            {
                second = count;
            }
        }

        return first >= MinVotes && first >= 2 * second ? best : null;
    }
}

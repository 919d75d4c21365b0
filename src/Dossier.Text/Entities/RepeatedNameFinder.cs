using Dossier.Text.Model;

namespace Dossier.Text.Entities;

/// <summary>
/// Once full names are known, a lone capitalised word that repeats the surname of a person ("Mwangi",
/// "Hashimi" for "al-Hashimi") or the name part of a site ("Horizon" for "Camp Horizon") is a mention of
/// the same kind, wherever it stands in the document.
/// </summary>
internal static class RepeatedNameFinder
{
    public static void AddRepeats(TokenView v, List<MentionDraft> drafts)
    {
        var keys = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        var covered = new bool[v.Count];
        foreach (var draft in drafts)
        {
            for (var k = draft.First; k < draft.End; k++)
            {
                covered[k] = true;
            }

            if (draft.Type == EntityType.Person && draft.End - draft.First >= 2)
            {
                var surname = v[draft.End - 1].ToString();
                keys.TryAdd(surname, EntityType.Person);
                var bare = WithoutParticle(surname);
                if (bare.Length != surname.Length)
                {
                    keys.TryAdd(bare, EntityType.Person);
                }
            }
            else if (draft is { Type: EntityType.Organization, Source: "acronym" })
            {
                // A long acronym first seen in brackets counts wherever it recurs.
                keys.TryAdd(v[draft.First].ToString(), EntityType.Organization);
            }
            else if (draft is { Type: EntityType.Location, Source: "place-prefix" } && draft.End - draft.First == 2)
            {
                keys.TryAdd(v[draft.First + 1].ToString(), EntityType.Location);
            }
        }

        if (keys.Count == 0)
        {
            return;
        }

        var lookup = keys.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = v.NextCapitalized(0); i < v.Count; i = v.NextCapitalized(i + 1))
        {
            // A full name in the same document is evidence enough, even for an everyday word at a
            // sentence start ("Horizon has no shelters" after "Camp Horizon").
            if (!covered[i] && lookup.TryGetValue(v[i], out var type))
            {
                drafts.Add(new MentionDraft(i, i + 1, type, type switch
                {
                    EntityType.Person => "surname",
                    EntityType.Organization => "acronym",
                    _ => "place-name",
                })
                {
                    PlaceKind = type == EntityType.Location ? "site" : null,
                });
            }
        }
    }

    /// <summary>"al-Hashimi" is also written "Hashimi".</summary>
    internal static string WithoutParticle(string surname)
    {
        var dash = surname.IndexOf('-');
        var particle = dash > 0 ? surname[..dash].ToLowerInvariant() : "";
        return particle is "al" or "el" && dash + 1 < surname.Length
            ? char.ToUpperInvariant(surname[dash + 1]) + surname[(dash + 2)..]
            : surname;
    }
}

using Dossier.Text.Model;

namespace Dossier.Text.Entities;

/// <summary>
/// In a list of names ("in Riyadh, Mecca, Qassim and Asir") where at least two items are known places,
/// the unknown items are places too.
/// </summary>
internal static class PlaceListFinder
{
    private const int MinKnownPlaces = 2;

    public static void AddListedPlaces(TokenView v, IReadOnlyList<Sentence> sentences, List<MentionDraft> drafts, Gazetteer gazetteer)
    {
        var byStart = new Dictionary<int, int>();
        for (var k = 0; k < drafts.Count; k++)
        {
            if (!drafts[k].Nested)
            {
                byStart.TryAdd(drafts[k].First, k);
            }
        }

        var items = new List<(int Start, int End)>();
        foreach (var sentence in sentences)
        {
            var end = Math.Min(sentence.EndToken, v.Count);
            items.Clear();
            var i = sentence.FirstToken;
            while (i < end)
            {
                if (!v.IsCapitalized(i))
                {
                    Close(v, items, byStart, drafts, gazetteer);
                    i = v.NextCapitalized(i + 1); // the words between close nothing more: the list is closed now
                    continue;
                }

                var itemEnd = i + 1;
                while (itemEnd < end && v.IsCapitalized(itemEnd) && v.SpaceOnlyBefore(itemEnd))
                {
                    itemEnd++;
                }

                items.Add((i, itemEnd));
                var next = itemEnd;
                if (v.IsPunct(next, ','))
                {
                    next++;
                }

                if (v.Is(next, "and") || v.Is(next, "or"))
                {
                    next++;
                }

                if (next == itemEnd || !v.IsCapitalized(next))
                {
                    Close(v, items, byStart, drafts, gazetteer);
                }

                i = next;
            }

            Close(v, items, byStart, drafts, gazetteer);
        }
    }

    private static void Close(
        TokenView v, List<(int Start, int End)> items, Dictionary<int, int> byStart, List<MentionDraft> drafts, Gazetteer gazetteer)
    {
        if (items.Count >= MinKnownPlaces + 1)
        {
            if (KnownPlaces(items, byStart, drafts) >= MinKnownPlaces)
            {
                foreach (var (start, end) in items)
                {
                    var listed = new MentionDraft(start, end, EntityType.Location, "list") { PlaceKind = "city" };
                    if (!byStart.TryGetValue(start, out var k))
                    {
                        if (end - start <= 3 && !v.IsAllCaps(start))
                        {
                            drafts.Add(listed);
                        }
                    }
                    else if (drafts[k] is { Source: "name", Type: EntityType.Person } && drafts[k].End == end
                        && !v.IsGivenName(start, gazetteer))
                    {
                        // Only the shape of the words made it a person; the list says place.
                        drafts[k] = listed;
                    }
                }
            }
        }

        items.Clear();
    }

    // A loop, not a lambda: Close runs at every lower-case word, and a lambda capturing the parameters
    // would allocate its closure on every call, list or not.
    private static int KnownPlaces(List<(int Start, int End)> items, Dictionary<int, int> byStart, List<MentionDraft> drafts)
    {
        var known = 0;
        foreach (var item in items)
        {
            if (byStart.TryGetValue(item.Start, out var k) && drafts[k].End == item.End
                && drafts[k] is { Type: EntityType.Location, Source: "gazetteer" })
            {
                known++;
            }
        }

        return known;
    }
}

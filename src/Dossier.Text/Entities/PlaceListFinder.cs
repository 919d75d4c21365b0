using Dossier.Text.Model;

namespace Dossier.Text.Entities;

/// <summary>
/// In a list of names ("in Riyadh, Mecca, Qassim and Asir") where at least two items are known places,
/// the unknown items are places too.
/// </summary>
internal static class PlaceListFinder
{
    private const int MinKnownPlaces = 2;

    public static void AddListedPlaces(TokenView v, IReadOnlyList<Sentence> sentences, List<MentionDraft> drafts)
    {
        var byStart = new Dictionary<int, MentionDraft>();
        foreach (var draft in drafts)
        {
            if (!draft.Nested)
            {
                byStart.TryAdd(draft.First, draft);
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
                    Close(v, items, byStart, drafts);
                    i++;
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
                    Close(v, items, byStart, drafts);
                }

                i = next;
            }

            Close(v, items, byStart, drafts);
        }
    }

    private static void Close(TokenView v, List<(int Start, int End)> items, Dictionary<int, MentionDraft> byStart, List<MentionDraft> drafts)
    {
        if (items.Count >= MinKnownPlaces + 1)
        {
            var known = items.Count(item => byStart.TryGetValue(item.Start, out var d) && d.End == item.End
                && d is { Type: EntityType.Location, Source: "gazetteer" });
            if (known >= MinKnownPlaces)
            {
                foreach (var (start, end) in items)
                {
                    if (!byStart.ContainsKey(start) && end - start <= 3 && !v.IsAllCaps(start))
                    {
                        drafts.Add(new MentionDraft(start, end, EntityType.Location, "list") { PlaceKind = "city" });
                    }
                }
            }
        }

        items.Clear();
    }
}

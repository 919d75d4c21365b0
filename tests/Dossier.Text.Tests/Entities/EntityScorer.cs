using System.Text;
using System.Text.Json;
using Dossier.Text.Model;

namespace Dossier.Text.Tests.Entities;

/// <summary>
/// Entity precision and recall the way ../shared/eval/score.py counts them: names normalised (accents
/// dropped, lowercase, leading titles stripped), a match when any alias of a gold entity equals any
/// alias of a predicted one, greedy one-to-one, repeated predictions of a matched entity ignored.
/// </summary>
internal sealed class EntityScorer
{
    private static readonly HashSet<string> Titles =
    [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "senator", "sen", "president", "general", "gen",
        "colonel", "col", "hon", "the", "ambassador", "minister", "judge", "justice", "rev", "sheikh", "ayatollah",
        "lord", "baroness",
    ];

    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public double F1 => TruePositives == 0 ? 0 : 2.0 * TruePositives / (2 * TruePositives + FalsePositives + FalseNegatives);

    public void Add(JsonElement goldEntities, IEnumerable<Entity> predicted)
    {
        var gold = new List<HashSet<string>>();
        foreach (var type in new[] { "person", "organization", "location" })
        {
            if (goldEntities.TryGetProperty(type, out var list))
            {
                gold.AddRange(list.EnumerateArray().Select(g => Aliases(g.GetString()!.Split('|'))));
            }
        }

        var used = new HashSet<int>();
        foreach (var entity in predicted)
        {
            var names = Aliases(entity.Aliases.Prepend(entity.Name));
            var hit = -1;
            for (var i = 0; i < gold.Count; i++)
            {
                if (gold[i].Overlaps(names))
                {
                    hit = i;
                    if (!used.Contains(i))
                    {
                        break;
                    }
                }
            }

            if (hit < 0)
            {
                FalsePositives++;
            }
            else if (used.Add(hit))
            {
                TruePositives++;
            }
        }

        FalseNegatives += gold.Count - used.Count;
    }

    private static HashSet<string> Aliases(IEnumerable<string> names) =>
        names.Select(Normalise).Where(n => n.Length > 0).ToHashSet();

    internal static string Normalise(string text)
    {
        // score.py decomposes and drops what is not ASCII (a curly apostrophe vanishes); Unicode
        // normalisation is unavailable under invariant globalisation, so fold Latin letters by table.
        var ascii = new StringBuilder();
        foreach (var c in text)
        {
            var folded = c is '\u2019' or '\u2018' ? c : Dossier.Text.Entities.LatinFold.Fold(c);
            if (folded < 128)
            {
                ascii.Append(char.ToLowerInvariant(folded));
            }
        }

        var lowered = ascii.ToString().Replace("'s ", " ", StringComparison.Ordinal);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in lowered + " ")
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        var first = 0;
        while (first < words.Count && Titles.Contains(words[first]))
        {
            first++;
        }

        return string.Join(' ', words.Skip(first));
    }
}

using System.Text.Json;
using static Dossier.Text.Tests.Evaluation.GoldValues;

namespace Dossier.Text.Tests.Evaluation;

/// <summary>
/// A faithful C# port of ../shared/eval/score.py (events, counts, entities, demands, report date), so
/// that the samples are scored on every test run even where the shared folder and Python are absent.
/// Matching is the scorer's: greedy one-to-one, best event pairs first, duplicates of a matched gold
/// item ignored.
/// </summary>
internal sealed class GoldScorer
{
    private static readonly string[] EntityTypes = ["person", "organization", "location"];

    public Tally Events { get; } = new();

    public Tally Counts { get; } = new();

    public Tally EntitiesAny { get; } = new();

    public Tally Demands { get; } = new();

    public int DatesRight { get; private set; }

    public int DatesTotal { get; private set; }

    public List<string> Misses { get; } = [];

    public void Add(string name, JsonElement gold, JsonElement pred)
    {
        if (Get(gold, "published") is { ValueKind: JsonValueKind.String } gpub)
        {
            DatesTotal++;
            var ppub = DateText(Get(pred, "published"));
            DatesRight += ppub is not null && DateMatch(gpub.GetString(), ppub) ? 1 : 0;
        }

        ScoreEntities(gold, pred);
        ScoreEvents(name, gold, pred);
        ScoreDemands(gold, pred);
    }

    public static (int Tp, int Fp, int Fn) MatchSets<T>(List<T> gold, List<T> pred, Func<T, T, bool> matches)
    {
        var used = new HashSet<int>();
        int tp = 0, fp = 0;
        foreach (var p in pred)
        {
            var hit = -1;
            for (var i = 0; i < gold.Count; i++)
            {
                if (matches(gold[i], p))
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
                fp++;
            }
            else if (used.Add(hit))
            {
                tp++;
            }
        }

        return (tp, fp, gold.Count - used.Count);
    }

    private void ScoreEntities(JsonElement gold, JsonElement pred)
    {
        var allGold = new List<HashSet<string>>();
        var allPred = new List<HashSet<string>>();
        foreach (var type in EntityTypes)
        {
            if (Get(gold, "entities") is { } ge && Get(ge, type) is { ValueKind: JsonValueKind.Array } gl)
            {
                allGold.AddRange(gl.EnumerateArray().Select(x => Aliases(x)));
            }

            if (Get(pred, "entities") is { } pe && Get(pe, type) is { ValueKind: JsonValueKind.Array } pl)
            {
                allPred.AddRange(pl.EnumerateArray().Select(x => Aliases(x)).Where(x => x.Count > 0));
            }
        }

        EntitiesAny.Add(MatchSets(allGold, allPred, (g, p) => NamesMatch(g, p)));
    }

    private void ScoreEvents(string name, JsonElement gold, JsonElement pred)
    {
        var gev = Items(gold, "events");
        var pev = Items(pred, "events");
        var pairs = new List<(int Score, int I, int J)>();
        for (var i = 0; i < gev.Count; i++)
        {
            for (var j = 0; j < pev.Count; j++)
            {
                pairs.Add((EventScore(gev[i], pev[j]), i, j));
            }
        }

        // Python sorts the (score, i, j) tuples in reverse: highest score, then highest i, then highest j.
        pairs.Sort((a, b) => (b.Score, b.I, b.J).CompareTo((a.Score, a.I, a.J)));
        var usedGold = new HashSet<int>();
        var usedPred = new HashSet<int>();
        var matched = new List<(JsonElement G, JsonElement P)>();
        foreach (var (score, i, j) in pairs)
        {
            if (score < 0 || usedGold.Contains(i) || usedPred.Contains(j))
            {
                continue;
            }

            usedGold.Add(i);
            usedPred.Add(j);
            matched.Add((gev[i], pev[j]));
        }

        Events.Add((matched.Count, pev.Count - matched.Count, gev.Count - matched.Count));
        for (var i = 0; i < gev.Count; i++)
        {
            if (!usedGold.Contains(i))
            {
                Misses.Add($"{name}: missed {Get(gev[i], "type")} {Get(gev[i], "date")}");
            }
        }

        var goldCounts = gev.Sum(g => CountKeysOf(g).Count());
        var predCounts = pev.Sum(p => CountKeysOf(p).Count(k => CountValue(Get(Get(p, "counts")!.Value, k)) is not null));
        var tp = matched.Sum(m => CountKeysOf(m.G).Count(k => CountsEqual(Get(Get(m.G, "counts")!.Value, k), Get(m.P, "counts") is { } pc ? Get(pc, k) : null)));
        Counts.Add((tp, predCounts - tp, goldCounts - tp));
    }

    private static int EventScore(JsonElement g, JsonElement p)
    {
        var gt = Types(g);
        var pt = Types(p);
        if (!gt.Overlaps(pt))
        {
            return -1;
        }

        var gd = DateText(Get(g, "date"));
        var pd = DateText(Get(p, "date"));
        if (!DateCompatible(gd, pd))
        {
            return -1;
        }

        var score = Text(g, "type") == Text(p, "type") ? 2 : 1;
        score += DateMatch(gd, pd) ? 2 : 0;
        if (NamesMatch(Aliases(Get(g, "location")), Aliases(Get(p, "location")), lenient: true))
        {
            score++;
        }

        foreach (var k in CountKeysOf(g))
        {
            if (CountsEqual(Get(Get(g, "counts")!.Value, k), Get(p, "counts") is { } pc ? Get(pc, k) : null))
            {
                score++;
            }
        }

        return score;
    }

    private void ScoreDemands(JsonElement gold, JsonElement pred)
    {
        var gd = Items(gold, "demands");
        var pd = Items(pred, "demands");
        Demands.Add(MatchSets(gd, pd, (g, p) =>
        {
            if (!NamesMatch(Aliases(Get(g, "by")), Aliases(Get(p, "by")), lenient: true))
            {
                return false;
            }

            var pa = Get(p, "addressee") is { } a && Truthy(a) ? a : Get(p, "addressees");
            if (NamesMatch(Aliases(Get(g, "addressee")), Aliases(pa), lenient: true))
            {
                return true;
            }

            var gw = Words(Text(g, "what"));
            var pw = Words(Text(p, "what") is { Length: > 0 } w ? w : Text(p, "text"));
            return gw.Count > 0 && pw.Count > 0 && (double)gw.Intersect(pw).Count() / gw.Union(pw).Count() >= 0.3;
        }));
    }

    private static HashSet<string> Words(string? text) =>
        Entities.EntityScorer.Normalise(text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();

    private static HashSet<string?> Types(JsonElement ev)
    {
        var types = new HashSet<string?> { Text(ev, "type") };
        if (Get(ev, "also") is { ValueKind: JsonValueKind.Array } also)
        {
            types.UnionWith(also.EnumerateArray().Select(a => a.GetString()));
        }

        types.RemoveWhere(t => string.IsNullOrEmpty(t));
        return types;
    }

    private static IEnumerable<string> CountKeysOf(JsonElement ev) =>
        Get(ev, "counts") is { ValueKind: JsonValueKind.Object } counts
            ? counts.EnumerateObject().Select(c => c.Name).Where(CountKeys.Contains)
            : [];

    private static List<JsonElement> Items(JsonElement doc, string key) =>
        Get(doc, key) is { ValueKind: JsonValueKind.Array } list ? list.EnumerateArray().ToList() : [];

    private static string? Text(JsonElement obj, string key) =>
        Get(obj, key) is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;
}

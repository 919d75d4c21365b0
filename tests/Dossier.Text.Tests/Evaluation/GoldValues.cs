using System.Globalization;
using System.Text.Json;
using Dossier.Text.Tests.Entities;

namespace Dossier.Text.Tests.Evaluation;

/// <summary>
/// The value readers of ../shared/eval/score.py, ported one for one: names and their aliases, dates as
/// text at their precision, date matching and compatibility, counts as (low, high) pairs.
/// </summary>
internal static class GoldValues
{
    public static readonly string[] CountKeys = ["killed", "injured", "abducted", "arrested", "displaced", "executed", "participants"];

    public static HashSet<string> Aliases(JsonElement? value)
    {
        var output = new HashSet<string>(StringComparer.Ordinal);
        if (value is not { } v || v.ValueKind == JsonValueKind.Null || v.ValueKind == JsonValueKind.Undefined)
        {
            return output;
        }

        switch (v.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var key in new[] { "name", "text", "canonical" })
                {
                    if (v.TryGetProperty(key, out var part) && Truthy(part))
                    {
                        output.UnionWith(Aliases(part));
                    }
                }

                if (v.TryGetProperty("aliases", out var aliases) && aliases.ValueKind == JsonValueKind.Array)
                {
                    foreach (var a in aliases.EnumerateArray())
                    {
                        output.UnionWith(Aliases(a));
                    }
                }

                return output;
            case JsonValueKind.Array:
                foreach (var item in v.EnumerateArray())
                {
                    output.UnionWith(Aliases(item));
                }

                return output;
            default:
                foreach (var part in AsText(v).Split('|'))
                {
                    var n = EntityScorer.Normalise(part);
                    if (n.Length > 0)
                    {
                        output.Add(n);
                    }
                }

                return output;
        }
    }

    public static bool NamesMatch(HashSet<string> gold, HashSet<string> pred, bool lenient = false)
    {
        if (gold.Overlaps(pred))
        {
            return true;
        }

        if (!lenient)
        {
            return false;
        }

        foreach (var g in gold)
        {
            foreach (var p in pred)
            {
                if (p.Length >= 3 && g.Length >= 3 && ($" {g} ".Contains($" {p} ", StringComparison.Ordinal) || $" {p} ".Contains($" {g} ", StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static string? DateText(JsonElement? value)
    {
        if (value is not { } v || v.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Object)
        {
            return AsText(v).Trim();
        }

        string? start = null;
        foreach (var key in new[] { "start", "date", "value", "iso" })
        {
            if (v.TryGetProperty(key, out var part) && Truthy(part))
            {
                start = AsText(part);
                break;
            }
        }

        if (start is null)
        {
            return null;
        }

        var precision = v.TryGetProperty("precision", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        var cut = precision switch { "year" => 4, "month" => 7, _ => 10 };
        start = start[..Math.Min(cut, start.Length)];
        if (v.TryGetProperty("end", out var e) && Truthy(e))
        {
            var end = AsText(e);
            end = end[..Math.Min(cut, end.Length)];
            if (end != start)
            {
                return $"{start}/{end}";
            }
        }

        return start;
    }

    public static bool DateMatch(string? gold, string? pred)
    {
        if (gold is null || pred is null)
        {
            return false;
        }

        var gStart = gold.Split('/')[0];
        var pStart = pred.Split('/')[0];
        if (gold.Contains('/') && pred.Contains('/'))
        {
            return Bounds(gold) == Bounds(pred);
        }

        return pStart.Length >= gStart.Length && pStart[..gStart.Length] == gStart;
    }

    public static bool DateCompatible(string? gold, string? pred)
    {
        if (gold is null || pred is null)
        {
            return true;
        }

        var (gLo, gHi) = Bounds(gold);
        var (pLo, pHi) = Bounds(pred);
        return string.CompareOrdinal(pLo, gHi) <= 0 && string.CompareOrdinal(gLo, pHi) <= 0;
    }

    public static (double Lo, double Hi)? CountValue(JsonElement? value)
    {
        if (value is not { } v)
        {
            return null;
        }

        switch (v.ValueKind)
        {
            case JsonValueKind.Number:
                return (v.GetDouble(), v.GetDouble());
            case JsonValueKind.Object:
                if (v.TryGetProperty("value", out var val) && val.ValueKind != JsonValueKind.Null)
                {
                    return CountValue(val);
                }

                if (v.TryGetProperty("best", out var best) && best.ValueKind != JsonValueKind.Null)
                {
                    return CountValue(best);
                }

                double? lo = v.TryGetProperty("min", out var mn) && mn.ValueKind == JsonValueKind.Number ? mn.GetDouble() : null;
                double? hi = v.TryGetProperty("max", out var mx) && mx.ValueKind == JsonValueKind.Number ? mx.GetDouble() : null;
                return lo is null && hi is null ? null : (lo ?? hi!.Value, hi ?? lo!.Value);
            case JsonValueKind.String:
                return double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? (d, d) : null;
            default:
                return null;
        }
    }

    public static bool CountsEqual(JsonElement? gold, JsonElement? pred)
    {
        if (CountValue(gold) is not { } g || CountValue(pred) is not { } p)
        {
            return false;
        }

        return g.Lo == g.Hi ? p.Lo == p.Hi && p.Lo == g.Lo : p.Lo <= g.Hi && g.Lo <= p.Hi;
    }

    public static JsonElement? Get(JsonElement obj, string key) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(key, out var v) ? v : null;

    public static bool Truthy(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined or JsonValueKind.False => false,
        JsonValueKind.String => v.GetString()!.Length > 0,
        JsonValueKind.Array => v.GetArrayLength() > 0,
        JsonValueKind.Object => v.EnumerateObject().Any(),
        JsonValueKind.Number => v.GetDouble() != 0,
        _ => true,
    };

    private static (string, string) Bounds(string d)
    {
        var parts = d.Split('/', 2);
        var a = parts[0];
        var b = parts.Length > 1 && parts[1].Length > 0 ? parts[1] : a;
        return (Lo(a), Hi(b));

        static string Lo(string x) => x.Length == 4 ? x + "-01-01" : x.Length == 7 ? x + "-01" : x[..Math.Min(10, x.Length)];
        static string Hi(string x) => x.Length == 4 ? x + "-12-31" : x.Length == 7 ? x + "-31" : x[..Math.Min(10, x.Length)];
    }

    private static string AsText(JsonElement v) => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText();
}

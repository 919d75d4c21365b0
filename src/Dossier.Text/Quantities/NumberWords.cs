using System.Collections.Frozen;

namespace Dossier.Text.Quantities;

/// <summary>
/// English number and ordinal words: "seven", "fifty-two", "hundred", "million", "dozen", "2nd",
/// "twenty-sixth". Single tokens only; <see cref="QuantityRecognizer"/> composes multi-word figures.
/// </summary>
public static class NumberWords
{
    private static readonly FrozenDictionary<string, long> Cardinals = new Dictionary<string, long>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, long> Multipliers = new Dictionary<string, long>
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
        ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12,
        ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17,
        ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40,
        ["fiftieth"] = 50, ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90,
        ["hundredth"] = 100,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> CardinalLookup =
        Cardinals.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> MultiplierLookup =
        Multipliers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> OrdinalLookup =
        Ordinals.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A cardinal word below one hundred: "seven", "twenty", "fifty-two" (also "fifty two" is two tokens, not handled here).</summary>
    public static bool TryCardinal(ReadOnlySpan<char> word, out long value)
    {
        if (CardinalLookup.TryGetValue(word, out value))
        {
            return true;
        }

        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && CardinalLookup.TryGetValue(word[..hyphen], out var tens) && tens >= 20 && tens % 10 == 0
            && CardinalLookup.TryGetValue(word[(hyphen + 1)..], out var units) && units is > 0 and < 10)
        {
            value = tens + units;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>"hundred" 100, "thousand" 1 000, "million", "billion" (singular or plural).</summary>
    public static bool TryMultiplier(ReadOnlySpan<char> word, out long value)
    {
        if (MultiplierLookup.TryGetValue(word, out value))
        {
            return true;
        }

        return word.Length > 1 && (word[^1] | 0x20) == 's' && MultiplierLookup.TryGetValue(word[..^1], out value);
    }

    /// <summary>An ordinal: "second", "twenty-sixth", or digits with a suffix ("2nd", "26th").</summary>
    public static bool TryOrdinal(ReadOnlySpan<char> word, out int value)
    {
        if (OrdinalLookup.TryGetValue(word, out value))
        {
            return true;
        }

        if (word.Length >= 3 && char.IsAsciiDigit(word[0]) && IsOrdinalSuffix(word[^2..]))
        {
            return int.TryParse(word[..^2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value)
                && value > 0;
        }

        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && CardinalLookup.TryGetValue(word[..hyphen], out var tens) && tens >= 20 && tens % 10 == 0
            && OrdinalLookup.TryGetValue(word[(hyphen + 1)..], out var units) && units < 10)
        {
            value = (int)tens + units;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>"st", "nd", "rd" or "th" in any case.</summary>
    public static bool IsOrdinalSuffix(ReadOnlySpan<char> suffix) =>
        suffix.Length == 2 && ((suffix[0] | 0x20), (suffix[1] | 0x20)) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');
}

using Dossier.Text.Quantities;
using Dossier.Text.Segmentation;

namespace Dossier.Text.Temporal;

/// <summary>Reads the amount in front of a time unit: "two" years, "20" days, "a" month, "one-year", "108-day".</summary>
internal static class UnitAmounts
{
    /// <summary>"one-year", "eight-year", "108-day" (as "108", "-", "day").</summary>
    public static bool TryCompound(TokenReader r, int k, out int amount, out string unit, out int last)
    {
        unit = "";
        last = k;
        var span = r.Span(k);
        var hyphen = span.IndexOf('-');
        if (r.IsWord(k) && hyphen > 0 && NumberWords.TryCardinal(span[..hyphen], out var value) && value is > 0 and < 1000
            && TemporalLexicon.Unit(span[(hyphen + 1)..]) is { } u1)
        {
            (amount, unit) = ((int)value, u1);
            return true;
        }

        if (r.IsDash(k + 1) && r.Touches(k + 1) && r.Touches(k + 2) && r.TryDigits(k, 3, out amount) && amount > 0
            && TemporalLexicon.Unit(r.Span(k + 2)) is { } u2)
        {
            (unit, last) = (u2, k + 2);
            return true;
        }

        amount = 0;
        return false;
    }

    /// <summary>A small amount: digits, a number word, or "a"/"an" for one.</summary>
    public static bool TryAmount(TokenReader r, int k, out int amount)
    {
        if (r.TryDigits(k, 3, out amount) && amount > 0)
        {
            return true;
        }

        if (r.IsWord(k) && NumberWords.TryCardinal(r.Span(k), out var value) && value is > 0 and < 1000)
        {
            amount = (int)value;
            return true;
        }

        amount = r.IsAny(k, "a", "an") ? 1 : 0;
        return amount == 1;
    }
}

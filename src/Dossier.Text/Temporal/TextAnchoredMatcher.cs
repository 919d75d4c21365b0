using Dossier.Text.Lexicons;
using Dossier.Text.Model;
using Dossier.Text.Segmentation;

namespace Dossier.Text.Temporal;

/// <summary>
/// Expressions counted from what the text printed last, not from the report's date: "in October of that year" (the
/// year), "the night before", "the following day", "two days later" (the day).
/// </summary>
internal static class TextAnchoredMatcher
{
    /// <summary>
    /// "the night before", "the previous day", "the next morning", "the following day", "a day later", "three days
    /// earlier": a day counted from the day the text named last. "the day after the election" counts from an event,
    /// not a date, and is no match.
    /// </summary>
    public static bool TryDayShift(TokenReader r, int k, out DateMention mention, out int end)
    {
        mention = null!;
        end = k;
        if (!DayShiftSecondWords.MayContain(r.Span(k + 1)))
        {
            return false; // asked for every word and number of the text: the word after it settles nearly all
        }

        int days;
        int last;
        if (r.Is(k, "the") && IsDayPart(r, k + 1) && r.IsAny(k + 2, "before", "after") && EndsPhrase(r, k + 3))
        {
            (days, last) = (r.Is(k + 2, "before") ? -1 : 1, k + 2); // "the night before,"
        }
        else if (r.Is(k, "the") && r.IsAny(k + 1, "previous", "next", "following") && IsDayPart(r, k + 2))
        {
            (days, last) = (r.Is(k + 1, "previous") ? -1 : 1, k + 2); // "the following morning"
        }
        else if ((r.IsAny(k, "a", "one") ? 1 : UnitAmounts.TryAmount(r, k, out var amount) ? amount : 0) is var n and > 0 and <= 31
            && r.IsAny(k + 1, "day", "days") && r.IsAny(k + 2, "later", "earlier"))
        {
            (days, last) = (r.Is(k + 2, "later") ? n : -n, k + 2); // "two days later"
        }
        else if (r.IsAny(k, "hours", "minutes") && r.IsAny(k + 1, "later", "earlier"))
        {
            (days, last) = (0, k + 1); // "Hours earlier, a strike ...": the same day as the act told before
        }
        else
        {
            return false;
        }

        if (r.IsPunct(last + 1, ',') && (r.IsNumber(last + 2) || r.Is(last + 2, "on") || TemporalLexicon.TryMonth(r.Span(last + 2), out _)))
        {
            return false; // "the next morning, 2 September 2017": the printed date says the day
        }

        mention = new DateMention(r.SpanOf(k, last), DateKind.Relative) { Amount = days, Unit = "day", DayFromText = true };
        end = last + 1;
        return true;
    }

    // Every reading below has one of these second: a day part, "day(s)" after an amount, "previous", "next", "following",
    // or "later", "earlier" after "hours".
    public static readonly string[] DayShiftSeconds =
        ["day", "days", "night", "evening", "morning", "afternoon", "previous", "next", "following", "later", "earlier"];

    private static readonly WordShapeFilter DayShiftSecondWords = new(DayShiftSeconds);

    private static bool IsDayPart(TokenReader r, int k) =>
        r.IsAny(k, "day", "night", "evening") || r.IsAny(k, "morning", "afternoon");

    // After "the night before": the end of the phrase, not the start of a noun phrase it would count from.
    private static bool EndsPhrase(TokenReader r, int k) =>
        !r.Has(k) || r.Kind(k) == TokenKind.Punctuation || r.IsAny(k, "and", "when", "as") || r.IsAny(k, "in", "at", "near");

    /// <summary>How many tokens from <paramref name="k"/> say "of that year", "that same year", "of the same year"; 0 when none.</summary>
    public static int ThatYearLength(TokenReader r, int k)
    {
        var j = r.Is(k, "of") ? k + 1 : k;
        if (!r.Is(j, "that") && !r.Is(j, "the"))
        {
            return 0;
        }

        var same = r.Is(j + 1, "same");
        if (r.Is(j, "the") && !same)
        {
            return 0;
        }

        var yearAt = same ? j + 2 : j + 1;
        return r.Is(yearAt, "year") ? yearAt - k + 1 : 0;
    }
}

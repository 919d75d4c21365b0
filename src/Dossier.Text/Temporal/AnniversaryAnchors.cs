using Dossier.Text.Model;
using Dossier.Text.Quantities;
using Dossier.Text.Segmentation;

namespace Dossier.Text.Temporal;

/// <summary>
/// Picks the dates an anniversary or "N days since" may count from, and the weekday the text gives
/// it. The anchor is the next date in the same sentence (not across a new clause: "... the killings
/// they investigated when arrested in December 2017"); failing that, for a yearly anniversary or "N weeks
/// ago today", the report's dates, most precise and nearest first.
/// </summary>
internal static class AnniversaryAnchors
{
    public static IEnumerable<DateMention> For(DateEvidence evidence, DateMention mention, string unit, bool hasWeekday)
    {
        var sentence = evidence.SentenceOf(mention.Span.Start);
        if (evidence.Quote(mention).EndsWith("before", StringComparison.OrdinalIgnoreCase))
        {
            // "<date>, fifteen months before Thursday's verdict": the date just before it.
            var previous = evidence.IndexOf(mention) - 1;
            if (previous >= 0 && evidence.SentenceOf(evidence.Dates[previous].Span.Start) == sentence && IsAnchor(evidence.Dates[previous]))
            {
                yield return evidence.Dates[previous];
            }

            yield break;
        }

        for (var i = evidence.IndexOf(mention) + 1; i < evidence.Dates.Count && evidence.SentenceOf(evidence.Dates[i].Span.Start) == sentence; i++)
        {
            var other = evidence.Dates[i];
            if (evidence.ClauseBetween(mention.Span.End, other.Span.Start))
            {
                break;
            }

            if (IsAnchor(other))
            {
                yield return other;
                yield break;
            }
        }

        // "Four days after ..." needs its date beside it; only yearly anniversaries and "one week ago today"
        // (whose act is dated where the report tells it) look further.
        var agoToday = evidence.Quote(mention).EndsWith("today", StringComparison.OrdinalIgnoreCase);
        if ((unit != "year" && !agoToday) || evidence.Quote(mention).EndsWith("after", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

        var candidates = evidence.Dates
            .Where(d => Rank(d, hasWeekday) >= 0)
            .OrderBy(d => Rank(d, hasWeekday))
            .ThenBy(d => Math.Abs(d.Span.Start - mention.Span.Start));
        foreach (var candidate in candidates)
        {
            yield return candidate;
        }
    }

    /// <summary>A plain weekday in the same sentence: before it ("Tuesday marks") or after it ("falls on Thursday").</summary>
    public static DayOfWeek? Weekday(DateEvidence evidence, DateMention mention)
    {
        if (mention.Weekday is { } own)
        {
            return own; // "Tuesday marks the 2nd anniversary" was tagged as one mention
        }

        var sentence = evidence.SentenceOf(mention.Span.Start);
        var index = evidence.IndexOf(mention);
        for (var i = index - 1; i >= 0 && evidence.SentenceOf(evidence.Dates[i].Span.Start) == sentence; i--)
        {
            if (evidence.Dates[i] is { Kind: DateKind.Weekday, Amount: null, Weekday: { } before })
            {
                return before;
            }
        }

        for (var i = index + 1; i < evidence.Dates.Count && evidence.SentenceOf(evidence.Dates[i].Span.Start) == sentence; i++)
        {
            if (evidence.Dates[i] is { Kind: DateKind.Weekday, Amount: null, Weekday: { } after })
            {
                return after;
            }
        }

        return null;
    }

    private static bool IsAnchor(DateMention mention) =>
        mention.Kind is DateKind.Absolute || mention.Kind == DateKind.YearLess && mention.Month is not null
        || mention is { Kind: DateKind.Range, Year: not null, Amount: null };

    // Printed days first, then (when a weekday can fix the year) year-less days, then months, then years.
    private static int Rank(DateMention mention, bool hasWeekday)
    {
        var printed = mention.Kind == DateKind.Absolute || mention is { Kind: DateKind.Range, Year: not null, Amount: null };
        if (printed && mention.Year is not null)
        {
            return mention.Day is not null ? 0 : mention.Month is not null ? 2 : 3;
        }

        return hasWeekday && mention is { Kind: DateKind.YearLess, Day: not null } ? 1 : -1;
    }

    /// <summary>
    /// "a day after the first anniversary", "two days before", "a week after", "on the eve of": the text's day lies that
    /// many days from the anniversary. <paramref name="k"/> is the word before the anniversary's "the".
    /// </summary>
    public static int DaysFrom(TokenReader r, int k)
    {
        if (r.Is(k, "of") && r.Is(k - 1, "eve"))
        {
            return -1;
        }

        var sign = r.Is(k, "after") ? 1 : r.Is(k, "before") ? -1 : 0;
        var week = r.IsAny(k - 1, "week", "weeks");
        if (sign == 0 || !week && !r.IsAny(k - 1, "day", "days"))
        {
            return 0;
        }

        long amount = 1;
        var singular = r.IsAny(k - 1, "day", "week");
        if (singular ? !r.IsAny(k - 2, "a", "one", "the") : !NumberWords.TryCardinal(r.Span(k - 2), out amount) || amount is < 2 or > 60)
        {
            return 0;
        }

        return sign * (int)amount * (week ? 7 : 1);
    }
}

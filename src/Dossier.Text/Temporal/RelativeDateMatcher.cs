using System.Collections.Frozen;
using Dossier.Text.Model;
using Dossier.Text.Quantities;
using Dossier.Text.Segmentation;

namespace Dossier.Text.Temporal;

/// <summary>
/// Matches expressions measured from some other moment: "yesterday", "last week", "last Friday",
/// "two years ago", "earlier this month", "recent(ly)", "the last three decades", "the 2nd anniversary",
/// "20 days since", "for 108 days" and "Rouhani's one-year record". Returns the mention and the token
/// after it.
/// </summary>
internal static class RelativeDateMatcher
{
    public static bool TryMatch(TokenReader r, int k, out DateMention mention, out int end)
    {
        mention = null!;
        end = k;
        if (!r.IsWord(k) && !r.IsNumber(k))
        {
            return false;
        }

        return TryDeictic(r, k, out mention, out end)
            || TryTheWeekend(r, k, out mention, out end)
            || TryLastNext(r, k, out mention, out end)
            || TryAnniversary(r, k, out mention, out end)
            || TryAmountOfUnits(r, k, out mention, out end);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeekFollowers = new[]
    {
        "of", "before", "after", "that", "which", "when", "leading", "following", "to", "in", "since", "ahead",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // "over the weekend", "at the weekend": the weekend just gone, as news tells it; "over the week", "during the
    // week": the seven days up to the report, as a weekly bulletin tells it (never "during the week of 3 May" or
    // "over the week that followed", which count from another day).
    private static bool TryTheWeekend(TokenReader r, int k, out DateMention mention, out int end)
    {
        mention = null!;
        end = k;
        if (r.Is(k, "week") && r.Is(k - 1, "the") && r.IsAny(k - 2, "over", "during", "throughout")
            && !(r.IsWord(k + 1) && WeekFollowers.Contains(r.Span(k + 1))))
        {
            mention = new DateMention(r.SpanOf(k - 1, k), DateKind.Range) { Amount = -1, Unit = "week" };
            end = k + 1;
            return true;
        }

        if (!r.Is(k, "weekend") || !r.Is(k - 1, "the") || !r.IsAny(k - 2, "over", "at", "during"))
        {
            return false;
        }

        mention = new DateMention(r.SpanOf(k - 1, k), DateKind.Relative) { Amount = 0, Unit = "weekend" };
        end = k + 1;
        return true;
    }

    private static bool TryDeictic(TokenReader r, int k, out DateMention mention, out int end)
    {
        int? amount = r.Is(k, "yesterday") ? -1 : r.IsAny(k, "today", "tonight") ? 0 : r.Is(k, "tomorrow") ? 1 : null;
        string unit = "day";
        if (amount is null && r.IsAny(k, "recent", "recently"))
        {
            (amount, unit) = (0, "recent");
        }

        var first = k;
        if (amount is null && r.Is(k, "this") && r.IsAny(k + 1, "morning", "afternoon", "evening"))
        {
            (amount, k) = (0, k + 1); // "this morning": the report's own day
        }

        if (amount is null && r.IsAny(k, "start", "beginning") && r.Is(k + 1, "of") && r.IsAny(k + 2, "the", "this")
            && TemporalLexicon.Unit(r.Span(k + 3)) is ("year" or "month") and var period && !r.IsAny(k - 1, "a", "an"))
        {
            // "since the start of the year": the report's own year (or month), from its first day.
            (amount, unit, first, k) = (0, period, r.Is(k - 1, "the") ? k - 1 : k, k + 3);
        }

        if (amount is null && r.IsAny(k, "earlier", "later") && r.Is(k + 1, "this") && TemporalLexicon.Unit(r.Span(k + 2)) is { } u)
        {
            (amount, unit, k) = (0, u, k + 2);
        }

        mention = amount is null ? null! : new DateMention(r.SpanOf(first, k), DateKind.Relative) { Amount = amount, Unit = unit };
        end = k + 1;
        return amount is not null;
    }

    // "last week", "this year", "next month", "last Friday", "the past eight years", "the last three decades".
    private static bool TryLastNext(TokenReader r, int k, out DateMention mention, out int end)
    {
        mention = null!;
        end = k;
        var direction = r.IsAny(k, "last", "past", "previous") ? -1 : r.IsAny(k, "next", "coming") ? 1 : r.Is(k, "this") ? 0 : (int?)null;
        if (direction is null)
        {
            return false;
        }

        var first = r.Is(k - 1, "the") ? k - 1 : k;
        if (r.IsCapitalised(k + 1) && TemporalLexicon.TryWeekday(r.Span(k + 1), out var weekday))
        {
            // "last Wednesday, 20 June": the printed date says which one; the weekday checks it.
            var j = r.IsPunct(k + 2, ',') ? k + 3 : k + 2;
            if (CalendarDateMatcher.TryMatch(r, j, lenient: false, out var parts) && parts.HasDay)
            {
                mention = new DateMention(r.SpanOf(k, parts.End - 1), parts.Year is null ? DateKind.YearLess : DateKind.Absolute)
                {
                    Year = parts.Year, Month = parts.Month, Day = parts.Day, Weekday = weekday, Amount = direction,
                };
                end = parts.End;
                return true;
            }

            mention = new DateMention(r.SpanOf(k, k + 1), DateKind.Weekday) { Weekday = weekday, Amount = direction };
            end = k + 2;
            return true;
        }

        if (TemporalLexicon.Unit(r.Span(k + 1)) is { } unit && unit is not ("day" or "hour")
            && (r.Span(k + 1)[^1] | 0x20) != 's')
        {
            // "the past year" is the year up to now; "last year" is the calendar year before.
            var kind = first < k && direction < 0 ? DateKind.Range : DateKind.Relative;
            mention = new DateMention(r.SpanOf(first, k + 1), kind) { Amount = direction, Unit = unit };
            end = k + 2;
            return true;
        }

        if (direction < 0 && UnitAmounts.TryAmount(r, k + 1, out var amount) && TemporalLexicon.Unit(r.Span(k + 2)) is { } units)
        {
            mention = new DateMention(r.SpanOf(first, k + 2), DateKind.Range) { Amount = -amount, Unit = units };
            end = k + 3;
            return true;
        }

        return false;
    }

    // "the 2nd anniversary", "marks the twenty-sixth anniversary", "anniversary" alone.
    private static bool TryAnniversary(TokenReader r, int k, out DateMention mention, out int end)
    {
        mention = null!;
        end = k;
        if (r.Is(k, "anniversary") || r.Is(k, "anniversaries"))
        {
            mention = new DateMention(r.SpanOf(k, k), DateKind.Anniversary) { Unit = "year" };
            end = k + 1;
            return true;
        }

        if (!r.Is(k + 1, "anniversary") || !NumberWords.TryOrdinal(r.Span(k), out var years))
        {
            return false;
        }

        var first = r.Is(k - 1, "the") ? k - 1 : k;
        mention = new DateMention(r.SpanOf(first, k + 1), DateKind.Anniversary)
        {
            Amount = years,
            Unit = "year",
            DaysFromAnniversary = AnniversaryAnchors.DaysFrom(r, r.Is(first, "the") ? first - 1 : first - 2),
        };
        end = k + 2;
        return true;
    }

    // "two years ago", "20 days since", "one year since", "for 108 days", "Rouhani's one-year record".
    private static bool TryAmountOfUnits(TokenReader r, int k, out DateMention mention, out int end)
    {
        mention = null!;
        end = k;
        if (UnitAmounts.TryCompound(r, k, out var amount, out var unit, out var last))
        {
            if (r.IsAny(last + 1, "old", "-old"))
            {
                return false;
            }

            var possessed = r.IsAny(k - 1, "'s", "his", "her") || r.IsAny(k - 1, "its", "their", "our");
            mention = new DateMention(r.SpanOf(k, last), possessed ? DateKind.Range : DateKind.Duration)
            {
                Amount = possessed ? -amount : amount,
                Unit = unit,
            };
            end = last + 1;
            return true;
        }

        // The unit first: its filter turns away nearly every token after a number without parsing the number.
        if (TemporalLexicon.Unit(r.Span(k + 1)) is not { } u || !UnitAmounts.TryAmount(r, k, out amount))
        {
            return false;
        }

        if (r.Is(k + 2, "old") || r.IsAny(k + 2, "of", "in") && r.Is(k + 3, "age"))
        {
            return false; // an age, which the quantity recogniser reports
        }

        // "ten years on, ...", "a decade on." and, opening a sentence, "Four days after ... on 3 October".
        var on = r.Is(k + 2, "on") && (r.IsPunct(k + 3, ',') || r.IsPunct(k + 3, '.') || r.Is(k + 3, "from"));
        var after = r.Is(k + 2, "after") && OpensSentence(r, k) && !PastMainClause(r, k + 3);

        // "on 16 August 2017, fifteen months before Thursday's verdict": counted forward from the date before it.
        var before = r.Is(k + 2, "before") && r.IsPunct(k - 1, ',')
            && (r.IsCapitalised(k + 3) && TemporalLexicon.TryWeekday(r.Span(k + 3), out _) || r.IsAny(k + 3, "today", "now"));
        // "It is a year today since": the report's day is the anniversary.
        var todaySince = r.Is(k + 2, "today") && r.Is(k + 3, "since");
        if (r.IsAny(k, "a", "an") && !r.Is(k + 2, "ago") && !r.Is(k + 2, "since") && !on && !todaySince)
        {
            return false; // "a day", "once a year": not worth a mention
        }

        var approximate = IsRough(r, k - 1);
        if (r.Is(k + 2, "ago") && r.Is(k + 3, "today"))
        {
            // "One week ago today, police moved in": the report is dated that long after the act.
            mention = new DateMention(r.SpanOf(k, k + 3), DateKind.Anniversary) { Amount = amount, Unit = u, Approximate = approximate };
            end = k + 4;
            return true;
        }

        if (r.Is(k + 2, "ago"))
        {
            mention = new DateMention(r.SpanOf(k, k + 2), DateKind.Relative) { Amount = -amount, Unit = u, Approximate = approximate };
            end = k + 3;
            return true;
        }

        if (todaySince)
        {
            mention = new DateMention(r.SpanOf(k, k + 3), DateKind.Anniversary) { Amount = amount, Unit = u, Approximate = approximate };
            end = k + 4;
            return true;
        }

        if (on || after || before)
        {
            mention = new DateMention(r.SpanOf(k, k + 2), DateKind.Anniversary) { Amount = amount, Unit = u, Approximate = approximate };
            end = k + 3;
            return true;
        }

        var since = FindSince(r, k + 2);
        var kind = since >= 0 ? DateKind.Anniversary : DateKind.Duration;
        mention = new DateMention(r.SpanOf(k, since >= 0 ? since : k + 1), kind) { Amount = amount, Unit = u, Approximate = approximate };
        end = since >= 0 ? since + 1 : k + 2;
        return true;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PresentVerbs = new[]
    {
        "is", "are", "remains", "remain", "has", "have", "stays", "stay", "lies", "lie", "seems", "seem",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Two days after the election, police detained 40 people": a main clause in the past tells an act that many days
    /// after the other, whose day is not given; "Four days after the attack, the town is quiet" is the report's day.
    /// </summary>
    private static bool PastMainClause(TokenReader r, int from)
    {
        var comma = -1;
        for (var j = from; j < from + 12 && r.Has(j) && !r.IsPunct(j, '.'); j++)
        {
            if (r.IsPunct(j, ','))
            {
                comma = j;
                break;
            }
        }

        for (var j = comma + 1; comma >= 0 && j < comma + 6 && r.Has(j) && !r.IsPunct(j, '.') && !r.IsPunct(j, ','); j++)
        {
            if (r.IsWord(j) && PresentVerbs.Contains(r.Span(j)))
            {
                return false; // "the town remains deserted": a state now
            }

            if ((r.IsWord(j) && r.Span(j).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !r.IsCapitalised(j)) || r.IsAny(j, "was", "were"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensSentence(TokenReader r, int k) =>
        k == 0 || r.Kind(k - 1) == TokenKind.Punctuation && r.First(k - 1) is '.' or '!' or '?' or '"' || r.Text.AsSpan(r.AllTokens[k - 1].End, r.AllTokens[k].Start - r.AllTokens[k - 1].End).Contains('\n');

    // "nearly eight years on", "about two years ago", "more than ten years since".
    private static bool IsRough(TokenReader r, int k) =>
        r.IsAny(k, "nearly", "almost", "about") || r.IsAny(k, "around", "some", "roughly") || r.IsAny(k, "approximately", "over", "than");

    // "20 days of silence and inaction since": "since" within a few words, nothing date-like in between.
    private static int FindSince(TokenReader r, int from)
    {
        for (var j = from; j < from + 7 && r.Has(j); j++)
        {
            if (r.Is(j, "since"))
            {
                return j;
            }

            if (r.IsNumber(j) || r.IsPunct(j, '.') || r.IsPunct(j, ';') || r.IsPunct(j, ',') && j > from)
            {
                return -1;
            }
        }

        return -1;
    }
}

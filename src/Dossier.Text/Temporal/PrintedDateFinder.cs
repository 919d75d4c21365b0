using Dossier.Text.Model;
using Dossier.Text.Segmentation;

namespace Dossier.Text.Temporal;

/// <summary>
/// Finds the report's date where the report prints it: a date inside the dateline ("GENEVA, 14 March
/// 2019 –"), a date after a cue near the top ("Published 3 May 2016", "Posted on"), or a line of its
/// own that is only a date (optionally with a weekday and a place), at the top or the bottom, or a date set
/// apart by separators in a header line ("BRIEFING | Refugee Network | 10 July 2015").
/// </summary>
internal static class PrintedDateFinder
{
    private const int TopParagraphs = 4;
    private const int BottomParagraphs = 2;
    private const int MaxDateLineTokens = 10;

    public static DocumentDate? Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> paragraphs, TextSpan? dateline, IReadOnlyList<DateMention> dates)
    {
        if (dateline is { } line)
        {
            foreach (var mention in dates)
            {
                if (line.Contains(mention.Span) && mention.Kind == DateKind.Absolute && mention.Month is not null
                    && CalendarMath.FromParts(mention.Year, mention.Month, mention.Day) is { } value)
                {
                    return new DocumentDate(value, Stated: true, "dateline",
                        $"The dateline '{text[line.Start..line.End].Trim()}' prints the date {value}.", mention.Span);
                }
            }
        }

        var reader = new TokenReader(text, tokens);
        var top = paragraphs.Count > 0 ? paragraphs[Math.Min(TopParagraphs, paragraphs.Count) - 1].End : 0;
        foreach (var mention in dates)
        {
            if (mention.Span.Start > top)
            {
                break;
            }

            if (IsFullDate(mention) && HasCue(reader, mention.Span.Start) is { } cue)
            {
                return Printed(mention, $"The text prints '{cue} {text[mention.Span.Start..mention.Span.End]}' near the top.");
            }
        }

        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (p >= TopParagraphs && p < paragraphs.Count - BottomParagraphs)
            {
                continue;
            }

            if (DateOnlyLine(reader, paragraphs[p], dates) is { } mention)
            {
                return Printed(mention, $"The line '{text[paragraphs[p].Start..paragraphs[p].End]}' is the report's date.");
            }
        }

        for (var p = 0; p < Math.Min(TopParagraphs, paragraphs.Count); p++)
        {
            if (HeaderSegment(reader, paragraphs[p], dates) is { } mention)
            {
                var header = text[paragraphs[p].Start..Math.Min(paragraphs[p].End, mention.Span.End)];
                return Printed(mention, $"The header '{header}' sets the date apart as its own part.");
            }
        }

        return null;
    }

    /// <summary>
    /// A full date set apart in a header by separators: "BRIEFING | Refugee Network | 10 July 2015",
    /// "21 August 2013 – for immediate release", "Gulf Chronicle – Yaoundé, Wednesday 22 April 2020", or opening a
    /// body paragraph after a place: "TAGUIG CITY, Philippines – 19 December 2019. A court ...". A date inside
    /// a phrase ("the massacre of 3 May 2016") is not set apart.
    /// </summary>
    private static DateMention? HeaderSegment(TokenReader r, TextSpan paragraph, IReadOnlyList<DateMention> dates)
    {
        var first = IndexAt(r, paragraph.Start);
        var end = first;
        while (r.Has(end) && r.AllTokens[end].End <= paragraph.End)
        {
            end++;
        }

        foreach (var mention in dates)
        {
            if (mention.Span.Start >= paragraph.End)
            {
                break;
            }

            if (!paragraph.Contains(mention.Span) || !IsFullDate(mention))
            {
                continue;
            }

            var k = IndexAt(r, mention.Span.Start);
            if (k > first && TemporalLexicon.TryWeekday(r.Bare(k - 1), out _))
            {
                k--; // "Wednesday 22 April 2020"
            }

            var after = IndexAt(r, mention.Span.End);
            var opens = k == first || IsSeparator(r, k - 1);
            var closes = after >= end || IsSeparator(r, after) || r.IsPunct(after, '.');
            if (!opens || !closes)
            {
                continue;
            }

            // A short header line may hold any other parts; a longer paragraph only a place or publisher before the date.
            if (end - first <= MaxHeaderTokens || (k - first <= MaxDateLineTokens && OnlyNames(r, first, k)))
            {
                return mention;
            }
        }

        return null;
    }

    private const int MaxHeaderTokens = 16;

    private static bool IsSeparator(TokenReader r, int k) =>
        r.IsDash(k) || r.IsPunct(k, '|') || r.IsPunct(k, ',') || r.IsPunct(k, '\u2022'); // every dash is '-' once normalised

    private static bool OnlyNames(TokenReader r, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (r.IsWord(k) ? !r.IsCapitalised(k) : !IsSeparator(r, k) && !r.IsPunct(k, '(') && !r.IsPunct(k, ')'))
            {
                return false;
            }
        }

        return end > first;
    }

    private static DocumentDate? Printed(DateMention mention, string reasoning) =>
        CalendarMath.FromParts(mention.Year, mention.Month, mention.Day) is { } value
            ? new DocumentDate(value, Stated: true, "printed", reasoning, mention.Span)
            : null;

    private static bool IsFullDate(DateMention mention) =>
        mention.Kind == DateKind.Absolute && mention.Day is not null && mention.Month is not null;

    // "Published 3 May 2016", "Posted on: 3 May 2016", "Date: 3/5/2016", "Updated Tuesday, 3 May 2016".
    private static string? HasCue(TokenReader r, int start)
    {
        var k = IndexAt(r, start);
        for (var j = k - 1; j >= 0 && j >= k - 4; j--)
        {
            var word = r.Bare(j);
            if (r.IsWord(j) && (r.IsAny(j, "published", "posted", "updated") || r.IsAny(j, "issued", "released", "dated")
                || r.Is(j, "date")))
            {
                return word.ToString();
            }

            if (!(r.IsPunct(j, ':') || r.IsPunct(j, ',') || r.IsAny(j, "on", "at") || r.IsDash(j)))
            {
                return null;
            }
        }

        return null;
    }

    // A paragraph of a few tokens holding one full date and otherwise only capitalised words and punctuation.
    private static DateMention? DateOnlyLine(TokenReader r, TextSpan paragraph, IReadOnlyList<DateMention> dates)
    {
        DateMention? found = null;
        foreach (var mention in dates)
        {
            if (paragraph.Contains(mention.Span))
            {
                if (found is not null || !IsFullDate(mention))
                {
                    return null;
                }

                found = mention;
            }
        }

        if (found is null)
        {
            return null;
        }

        // Only a place may stand beside the date, and then with a comma before the date ("Geneva, 14 March 2019").
        var first = IndexAt(r, paragraph.Start);
        var count = 0;
        var names = 0;
        var commaBeforeDate = false;
        for (var k = first; r.Has(k) && r.AllTokens[k].End <= paragraph.End; k++)
        {
            count++;
            if (found.Span.Contains(r.AllTokens[k].Span))
            {
                continue;
            }

            if (r.IsWord(k) && !TemporalLexicon.TryWeekday(r.Bare(k), out _) && !r.IsAny(k, "on", "at") && !IsClockWord(r, k))
            {
                names++;
                if (!r.IsCapitalised(k))
                {
                    return null;
                }
            }

            commaBeforeDate |= r.IsPunct(k, ',') && r.Has(k + 1) && r.AllTokens[k + 1].Start == found.Span.Start;
        }

        return count <= MaxDateLineTokens && (names == 0 || names <= 3 && commaBeforeDate) ? found : null;
    }

    // "14 March 2019 10:45 GMT": a time after a printed date is part of the date line.
    private static bool IsClockWord(TokenReader r, int k) =>
        r.IsAny(k, "GMT", "UTC", "CET") || r.IsAny(k, "EST", "EDT", "BST") || r.IsAny(k, "am", "pm", "a.m.") || r.IsAny(k, "p.m.", "hrs", "local")
        || r.IsAny(k, "time", "PST", "CEST");

    private static int IndexAt(TokenReader r, int offset)
    {
        int lo = 0, hi = r.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (r.AllTokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}

using Dossier.Text.Events;
using Dossier.Text.Lexicons;
using Dossier.Text.Model;
using Dossier.Text.Pipeline;
using Dossier.Text.Segmentation;

namespace Dossier.Text.Temporal;

/// <summary>
/// Finds every temporal expression as a <see cref="DateMention"/> with its printed parts: calendar dates
/// in the common forms, year-less dates, weekdays (alone or with a date: "Wednesday 13th of August"),
/// ranges ("(2011-2013)", "between 2002 and 2008", "from May to July 2014", "1-3 March"), relative
/// expressions, anniversaries and durations. Values are left for <see cref="DateResolver"/>.
/// </summary>
public sealed class TemporalTagger : IPipelineComponent
{
    public string Name => "dates";

    public IReadOnlyList<string> Requires { get; } = [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<string> Assigns { get; } = [Layers.Dates];

    public void Annotate(Doc doc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(doc);
        doc.Dates.AddRange(Find(doc.Text, doc.TokenArray(), WordKeys.For(doc), cancellationToken));
    }

    /// <summary>The temporal expressions in <paramref name="tokens"/> of <paramref name="text"/>, in text order, never overlapping.</summary>
    public static List<DateMention> Find(string text, IReadOnlyList<Token> tokens, CancellationToken cancellationToken = default)
    {
        var array = tokens as Token[] ?? [.. tokens];
        return Find(text, array, new WordKeys(text, array), cancellationToken);
    }

    /// <summary>As above, with the document's shared <paramref name="keys"/> (which know each token's shape).</summary>
    private static List<DateMention> Find(string text, Token[] tokens, WordKeys keys, CancellationToken cancellationToken)
    {
        var r = new TokenReader(text, tokens);
        var found = new List<DateMention>();
        for (var k = 0; k < r.Count; k++)
        {
            if ((k & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var kind = r.AllTokens[k].Kind;
            if (kind is not (TokenKind.Word or TokenKind.Number) || kind == TokenKind.Word && Unremarkable(keys, k))
            {
                continue;
            }

            if (TextAnchoredMatcher.TryDayShift(r, k, out var shift, out var shiftEnd))
            {
                found.Add(shift);
                k = shiftEnd - 1;
                continue;
            }

            if (kind == TokenKind.Word && !MayStartExpression(r, keys, k))
            {
                continue;
            }

            if (TryCalendar(r, k, out var mention, out var end) || RelativeDateMatcher.TryMatch(r, k, out mention, out end))
            {
                if (mention.Kind == DateKind.Anniversary && found.Count > 0 && MarksAnniversary(r, found[^1], k))
                {
                    // "Tuesday marks the 2nd anniversary": one mention, whose weekday is the anniversary's.
                    mention = mention with { Span = new TextSpan(found[^1].Span.Start, mention.Span.End), Weekday = found[^1].Weekday };
                    found.RemoveAt(found.Count - 1);
                }

                found.Add(mention);
                k = end - 1;
            }
        }

        return found;
    }

    // A plain weekday, then "marks"/"is"/"will mark", then the anniversary starting at token k.
    private static bool MarksAnniversary(TokenReader r, DateMention previous, int k)
    {
        if (previous is not { Kind: DateKind.Weekday, Amount: null, Weekday: not null })
        {
            return false;
        }

        var j = k - 1;
        if (r.Is(j, "the"))
        {
            j--;
        }

        if (!r.IsAny(j, "marks", "mark", "is") && !r.IsAny(j, "was", "marked", "will"))
        {
            return false;
        }

        if (r.Is(j - 1, "will"))
        {
            j--;
        }

        return j >= 1 && r.AllTokens[j - 1].End == previous.Span.End;
    }

    // Whole words, keyed as the document's keys key its tokens (see WordKeys): what opens an expression, and what
    // follows the first word of a day shift ("the night before", "two days later").
    private static readonly WordSet OpeningWords = new(TemporalLexicon.ClassifiedWords);
    private static readonly WordSet DayShiftSeconds = new(TextAnchoredMatcher.DayShiftSeconds);

    /// <summary>
    /// Word <paramref name="k"/> opens no expression and no day shift, as the filters of the two tests below would
    /// also find: from the keys alone, two bits, where those read the words' characters. A word beyond ASCII (equal to
    /// a listed word ignoring case without its key), with a hyphen, or last in the text, is left to them.
    /// </summary>
    private static bool Unremarkable(WordKeys keys, int k) =>
        k + 1 < keys.Count && Plain(keys, k) && !OpeningWords.MayContain(WordSet.Mix(keys[k]))
        && Plain(keys, k + 1) && !DayShiftSeconds.MayContain(WordSet.Mix(keys[k + 1]));

    private static bool Plain(WordKeys keys, int k) => (keys.ShapeOf(k) & (TokenShape.BeyondAscii | TokenShape.Hyphen)) == 0;

    // One lookup decides whether a word can open a temporal expression; most words cannot.
    // (The hyphen, as "mid-2014" needs, is known from the token's shape without reading its characters.)
    private static bool MayStartExpression(TokenReader r, WordKeys keys, int k) =>
        TemporalLexicon.Classify(r.Span(k), keys[k], keys.ShapeOf(k)) != TemporalWord.None || keys.HasHyphen(k);

    private static bool TryCalendar(TokenReader r, int k, out DateMention mention, out int end)
    {
        mention = null!;
        end = k;
        if (TryWeekday(r, k, out mention, out end))
        {
            return true;
        }

        if (CalendarDateMatcher.IsDecade(r, k, out var decade))
        {
            mention = new DateMention(r.SpanOf(k, k), DateKind.Range) { Year = decade, EndYear = decade + 9, Unit = "decade" };
            end = k + 1;
            return true;
        }

        if (CalendarDateMatcher.TryDayFirst(r, k, out var parts, out var endDay) && endDay is not null)
        {
            mention = new DateMention(r.SpanOf(k, parts.End - 1), DateKind.Range)
            {
                Year = parts.Year, Month = parts.Month, Day = parts.Day,
                EndYear = parts.Year, EndMonth = parts.Month, EndDay = endDay,
            };
            end = parts.End;
            return true;
        }

        if (!CalendarDateMatcher.TryMatch(r, k, lenient: false, out parts))
        {
            return TryMidYear(r, k, out mention, out end);
        }

        if (DateRangeMatcher.TryRangeEnd(r, parts, out var last))
        {
            var start = DateRangeMatcher.FillFrom(parts, last);
            mention = new DateMention(r.SpanOf(k, last.End - 1), DateKind.Range)
            {
                Year = start.Year, Month = start.Month, Day = start.Day,
                EndYear = last.Year, EndMonth = last.Month, EndDay = last.Day,
            };
            end = last.End;
            return true;
        }

        mention = ToMention(r, parts);
        end = parts.End;
        if (mention.Kind == DateKind.YearLess && RelativeYear(r, end) is { } shift)
        {
            // "14 March last year", "in March next year": the year is counted from the report's.
            mention = mention with { Span = r.SpanOf(k, end + 1), Amount = shift, Unit = "year" };
            end += 2;
        }
        else if (mention.Kind == DateKind.YearLess && TextAnchoredMatcher.ThatYearLength(r, end) is > 0 and var length)
        {
            // "In October of that year", "in May the same year": the year the narrative is in.
            mention = mention with { Span = r.SpanOf(k, end + length - 1), YearFromText = true };
            end += length;
        }

        return true;
    }

    private static int? RelativeYear(TokenReader r, int k) =>
        !r.Is(k + 1, "year") ? null : r.Is(k, "last") ? -1 : r.Is(k, "this") ? 0 : r.Is(k, "next") ? 1 : null;

    private static bool TryWeekday(TokenReader r, int k, out DateMention mention, out int end)
    {
        mention = null!;
        end = k;
        if (!r.IsWord(k) || !r.IsCapitalised(k) || !TemporalLexicon.TryWeekday(r.Bare(k), out var weekday))
        {
            return false;
        }

        var j = k + 1;
        if (r.IsAny(j, "morning", "afternoon", "evening") || r.Is(j, "night"))
        {
            j++; // "Tuesday afternoon, 28 September": the part of the day before the date
        }

        var bracket = r.IsPunct(j, '(');
        if (r.IsPunct(j, ',') || bracket)
        {
            j++;
        }

        if (r.Is(j, "the"))
        {
            j++;
        }

        if (CalendarDateMatcher.TryMatch(r, j, lenient: false, out var parts) && parts.HasDay)
        {
            end = r.IsPunct(parts.End, ')') && bracket ? parts.End + 1 : parts.End;
            mention = ToMention(r, parts with { First = k, End = end, Weekday = weekday });
            return true;
        }

        // "Sunday Times", "Bloody Sunday": a weekday inside a capitalised name is not a date.
        var nextIsName = r.IsWord(k + 1) && r.IsCapitalised(k + 1) && !r.IsAny(k + 1, "I", "The");
        var previousIsName = r.IsWord(k - 1) && r.IsCapitalised(k - 1) && !CalendarDateMatcher.IsDateContext(r, k - 1)
            && !IsSentenceStart(r, k - 1) && !LineBreakBefore(r, k);
        if (nextIsName || previousIsName || r.Bare(k).Length != r.Span(k).Length)
        {
            return false;
        }

        // "during Friday prayers", "after Sunday mass": the weekday names a rite, not the day of what is told.
        if (!r.Is(k - 1, "on") && Array.Exists(Rites, rite => r.Is(k + 1, rite)))
        {
            return false;
        }

        if (r.Is(k + 1, "last") && r.Is(k + 2, "week"))
        {
            // "on Thursday last week": that weekday in the calendar week before the report's.
            mention = new DateMention(r.SpanOf(k, k + 2), DateKind.Weekday) { Weekday = weekday, Amount = -1, Unit = "week" };
            end = k + 3;
            return true;
        }

        mention = new DateMention(r.SpanOf(k, k), DateKind.Weekday) { Weekday = weekday };
        end = k + 1;
        return true;
    }

    private static readonly string[] Rites = ["prayer", "prayers", "sermon", "sermons", "mass", "masses", "service", "services", "worship"];

    private static bool LineBreakBefore(TokenReader r, int k) =>
        k > 0 && r.Text.AsSpan(r.AllTokens[k - 1].End, r.AllTokens[k].Start - r.AllTokens[k - 1].End).Contains('\n');

    private static bool IsSentenceStart(TokenReader r, int k) =>
        k == 0 || r.Kind(k - 1) == TokenKind.Punctuation && r.First(k - 1) is '.' or '!' or '?' or '"' or ':';

    // "mid-2014", "mid-August": the tokenizer keeps these as one hyphenated word.
    private static bool TryMidYear(TokenReader r, int k, out DateMention mention, out int end)
    {
        mention = null!;
        end = k + 1;
        var span = r.Span(k);
        if (!r.IsWord(k) || span.Length < 7 || !span.StartsWith("mid-", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = span[4..];
        if (rest.Length == 4 && int.TryParse(rest, out var year) && year is >= CalendarDateMatcher.MinBareYear and <= CalendarDateMatcher.MaxBareYear)
        {
            mention = new DateMention(r.SpanOf(k, k), DateKind.Absolute) { Year = year };
            return true;
        }

        if (TemporalLexicon.TryMonth(rest, out var month) && rest.Length >= 3 && char.IsUpper(rest[0]))
        {
            mention = new DateMention(r.SpanOf(k, k), DateKind.YearLess) { Month = month };
            return true;
        }

        return false;
    }

    private static DateMention ToMention(TokenReader r, DateParts parts)
    {
        var kind = parts.Year is not null ? DateKind.Absolute : parts.Month is not null ? DateKind.YearLess : DateKind.Weekday;
        return new DateMention(r.SpanOf(parts.First, parts.End - 1), kind)
        {
            Year = parts.Year, Month = parts.Month, Day = parts.Day, Weekday = parts.Weekday,
        };
    }
}

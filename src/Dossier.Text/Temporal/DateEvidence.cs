using Dossier.Text.Model;

namespace Dossier.Text.Temporal;

/// <summary>
/// What a report's own date mentions tell about when it was written: the latest year it prints and
/// its latest fully printed date (a lower bound), plus where each mention sits.
/// </summary>
internal sealed class DateEvidence
{
    public DateEvidence(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<DateMention> dates)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Dates = dates;
        foreach (var mention in dates)
        {
            if (mention.Kind is not (DateKind.Absolute or DateKind.Range))
            {
                continue;
            }

            var year = Math.Max(mention.Year ?? 0, mention.EndYear ?? 0);
            if (year > (LatestYear ?? 0))
            {
                LatestYear = year;
            }

            var end = mention.EndYear is not null
                ? CalendarMath.FromParts(mention.EndYear, mention.EndMonth ?? mention.Month, mention.EndDay)
                : CalendarMath.FromParts(mention.Year, mention.Month, mention.Day);
            if (end is { } value && (Latest is null || value.End > Latest.Value.End))
            {
                Latest = value;
                LatestMention = mention;
            }
        }
    }

    private Segmentation.TokenReader? _reader;

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public IReadOnlyList<DateMention> Dates { get; }

    /// <summary>The latest year printed anywhere in the report.</summary>
    public int? LatestYear { get; }

    /// <summary>The latest printed date (a lower bound for the report's date), at its own precision.</summary>
    public DateValue? Latest { get; }

    public DateMention? LatestMention { get; }

    public string Quote(DateMention mention) => Quote(mention.Span);

    public string Quote(TextSpan span) => Text[span.Start..span.End];

    /// <summary>Index of the sentence holding <paramref name="offset"/>, or -1.</summary>
    public int SentenceOf(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var sentence = Sentences[mid];
            if (offset < sentence.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= sentence.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>True when a word opening a new clause ("when", "who", "after") lies between two offsets.</summary>
    public bool ClauseBetween(int from, int to)
    {
        var reader = _reader ??= new Segmentation.TokenReader(Text, Tokens); // made once: a reader copies the tokens
        for (var k = FirstTokenAt(from); k < Tokens.Count && Tokens[k].Start < to; k++)
        {
            if (reader.IsAny(k, "when", "while", "who") || reader.IsAny(k, "whom", "whose", "which")
                || reader.IsAny(k, "where", "after", "before") || reader.IsAny(k, "because", "although", "until"))
            {
                return true;
            }
        }

        return false;
    }

    private int FirstTokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset)
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

    /// <summary>Index of <paramref name="mention"/> in <see cref="Dates"/> (they are in text order).</summary>
    public int IndexOf(DateMention mention)
    {
        int lo = 0, hi = Dates.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var start = Dates[mid].Span.Start;
            if (start == mention.Span.Start)
            {
                return mid;
            }

            if (start < mention.Span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>False when <paramref name="candidate"/> ends before a date the report itself prints.</summary>
    public bool NotBeforeLatest(DateValue candidate) => Latest is not { } latest || candidate.End >= latest.Start;
}

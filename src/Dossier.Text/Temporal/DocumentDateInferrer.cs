using Dossier.Text.Model;
using Dossier.Text.Pipeline;

namespace Dossier.Text.Temporal;

/// <summary>
/// Sets the report's own date. In order: a date in the dateline or printed near the top or bottom
/// (stated); the date given from outside; otherwise inferred from the text — anniversary arithmetic,
/// "N days since" a date, a weekday printed with a year-less date, and finally the latest printed date
/// as a lower bound at month or year precision. The method and a readable reasoning are kept; when
/// nothing supports a date, there is none. Methods: "dateline", "printed", "given", "anniversary",
/// "days-since", "weekday", "latest-mention".
/// </summary>
public sealed class DocumentDateInferrer : IPipelineComponent
{
    /// <summary>The method of a date that only bounds the report from below: the latest date it prints.</summary>
    public const string LatestMentionMethod = "latest-mention";

    public string Name => "published";

    public IReadOnlyList<string> Requires { get; } = [Layers.Tokens, Layers.Sentences, Layers.Dateline, Layers.Dates];

    public IReadOnlyList<string> Assigns { get; } = [Layers.Published];

    public void Annotate(Doc doc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(doc);
        doc.Published = Find(doc);
    }

    /// <summary>The report's date as the evidence in <paramref name="doc"/> supports it, or null.</summary>
    public static DocumentDate? Find(Doc doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var printed = PrintedDateFinder.Find(doc.Text, doc.TokenArray(), doc.Paragraphs, doc.Dateline, doc.Dates);
        if (printed is not null)
        {
            return printed;
        }

        if (doc.GivenPublished is { } given)
        {
            return new DocumentDate(DateValue.Day(given.Year, given.Month, given.Day), Stated: false, "given",
                "The publication date was given with the report.");
        }

        var evidence = new DateEvidence(doc.Text, doc.TokenArray(), doc.Sentences, doc.Dates);
        return YearLessDateline(evidence, doc.Dateline)
            ?? AnniversaryReasoner.Infer(evidence) ?? WeekdayReasoner.Infer(evidence) ?? WeekdayReasoner.Today(evidence) ?? LatestMention(evidence);
    }

    // "LONDON, March 14 (AP) -": the day is printed, the year is the latest the report prints (or the next,
    // if the day would fall before a date the report prints).
    private static DocumentDate? YearLessDateline(DateEvidence evidence, TextSpan? dateline)
    {
        if (dateline is not { } line || evidence.LatestYear is not { } year)
        {
            return null;
        }

        foreach (var mention in evidence.Dates)
        {
            if (!line.Contains(mention.Span) || mention is not { Kind: DateKind.YearLess, Month: { } month, Day: { } day })
            {
                continue;
            }

            var value = CalendarMath.FromParts(year, month, day);
            if (value is { } v && !evidence.NotBeforeLatest(v))
            {
                value = CalendarMath.FromParts(year + 1, month, day);
            }

            return value is null ? null : new DocumentDate(value.Value, Stated: false, "dateline",
                $"The dateline prints '{evidence.Quote(mention)}' without a year; the year is taken from the latest year the report prints ({year}).",
                mention.Span);
        }

        return null;
    }

    private static DocumentDate? LatestMention(DateEvidence evidence)
    {
        if (evidence.Latest is not { } latest || evidence.LatestMention is not { } mention)
        {
            return null;
        }

        // A report is written no earlier than the latest date it prints; the day itself is not evidence.
        var bound = latest.Precision == DatePrecision.Year
            ? DateValue.Year(latest.End.Year)
            : DateValue.Month(latest.End.Year, latest.End.Month);
        return new DocumentDate(bound, Stated: false, LatestMentionMethod,
            $"No printed date: the latest date the report mentions is '{evidence.Quote(mention)}', so it was written in or after {bound}.",
            mention.Span);
    }
}

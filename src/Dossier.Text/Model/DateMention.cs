namespace Dossier.Text.Model;

/// <summary>What kind of temporal expression a <see cref="DateMention"/> is.</summary>
public enum DateKind
{
    /// <summary>A full or partial date with its year printed ("1 September 2013", "March 2014", "1988").</summary>
    Absolute,

    /// <summary>A day and month without a year ("on September 1", "13th of August").</summary>
    YearLess,

    /// <summary>A weekday ("on Friday", "Tuesday marks").</summary>
    Weekday,

    /// <summary>Relative to the report's date ("last week", "two years ago", "yesterday", "recent").</summary>
    Relative,

    /// <summary>
    /// An anniversary or a time since ("the 26th anniversary of the massacre", "ten years since", "20 days
    /// since", "Four days after"). Its resolved value is the date of the event counted from: the report's
    /// date less the amount.
    /// </summary>
    Anniversary,

    /// <summary>An interval or a span of time back from the report ("over the past eight years", "2002-2008").</summary>
    Range,

    /// <summary>A length of time that is not itself a date ("for 108 days").</summary>
    Duration,
}

/// <summary>
/// A temporal expression found in the text. <see cref="Value"/> is null until the date resolver has
/// resolved it against the report's date (or left null when it cannot be resolved). Immutable.
/// </summary>
public sealed record DateMention(TextSpan Span, DateKind Kind)
{
    /// <summary>The calendar value once resolved; null when unknown.</summary>
    public DateValue? Value { get; init; }

    /// <summary>Printed parts, as far as the text gives them (null when absent).</summary>
    public int? Year { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    public DayOfWeek? Weekday { get; init; }

    /// <summary>For ranges: the printed parts of the end ("from May to July 2014" ends in July 2014).</summary>
    public int? EndYear { get; init; }

    public int? EndMonth { get; init; }

    public int? EndDay { get; init; }

    /// <summary>For relative, range and anniversary expressions: the signed amount ("two years ago" is -2).</summary>
    public int? Amount { get; init; }

    /// <summary>For relative, range and duration expressions: "day", "week", "month", "year", "decade".</summary>
    public string? Unit { get; init; }

    /// <summary>
    /// For anniversaries: the text's day lies this many days from the anniversary itself ("a day after the first
    /// anniversary" is 1, "on the eve of the anniversary" is -1).
    /// </summary>
    public int DaysFromAnniversary { get; init; }

    /// <summary>True when a qualifier makes the amount rough ("nearly eight years on", "about two years ago").</summary>
    public bool Approximate { get; init; }

    /// <summary>True for "in October of that year", "that same May": the year is the one the text last printed, not the report's.</summary>
    public bool YearFromText { get; init; }

    /// <summary>
    /// True for "the night before", "the following day", "two days later": <see cref="Amount"/> days from the day the
    /// text named last, not from the report's date.
    /// </summary>
    public bool DayFromText { get; init; }

    /// <summary>How the value was obtained, for provenance ("printed", "year from report date", ...).</summary>
    public string? Resolution { get; init; }
}

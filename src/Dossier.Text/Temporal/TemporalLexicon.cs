using System.Collections.Frozen;
using Dossier.Text.Lexicons;

namespace Dossier.Text.Temporal;

/// <summary>Month and weekday names, time units and the small words that make a number a date.</summary>
internal static class TemporalLexicon
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6,
        ["july"] = 7, ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> Units = new Dictionary<string, string>
    {
        ["day"] = "day", ["days"] = "day", ["week"] = "week", ["weeks"] = "week", ["month"] = "month",
        ["months"] = "month", ["year"] = "year", ["years"] = "year", ["decade"] = "decade", ["decades"] = "decade",
        ["century"] = "century", ["centuries"] = "century", ["hour"] = "hour", ["hours"] = "hour",
        ["weekend"] = "weekend", ["fortnight"] = "fortnight",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Words before a bare month or year that make it a date: "in May", "since 2011", "the 1988 massacre".
    private static readonly FrozenSet<string> DatePrepositions = FrozenSet.ToFrozenSet(
    [
        "in", "since", "until", "till", "by", "from", "during", "of", "between", "before", "after", "early",
        "late", "mid", "through", "throughout", "last", "next", "this", "that", "to", "around", "circa",
        "and", "or", "summer", "winter", "spring", "autumn", "fall", "year", "end", "beginning", "as", "on",
        "for", "prior", "following", "date", "up",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] TriggerWords =
    [
        "yesterday", "today", "tonight", "tomorrow", "recent", "recently", "earlier", "later", "last", "past",
        "previous", "next", "coming", "this", "anniversary", "anniversaries", "start", "beginning",
    ];

    private static readonly string[] AmountWords =
    [
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
        "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    ];

    private static readonly string[] OrdinalWords =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth",
    ];

    private static readonly FrozenDictionary<string, TemporalWord> Classes = BuildClasses();

    private static readonly FrozenDictionary<string, TemporalWord>.AlternateLookup<ReadOnlySpan<char>> ClassLookup =
        Classes.GetAlternateLookup<ReadOnlySpan<char>>();

    // Every token of the text is classified; most are ruled out here without hashing.
    private static readonly WordShapeFilter ClassFilter = new(Classes.Keys);

    /// <summary>The words <see cref="Classify(ReadOnlySpan{char})"/> finds a class for, each also with the full stop it ignores ("Sept.").</summary>
    public static IEnumerable<string> ClassifiedWords => Classes.Keys.SelectMany(word => new[] { word, word + "." });

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup =
        Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> WeekdayLookup =
        Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup =
        Units.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionLookup =
        DatePrepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every role <paramref name="word"/> can play (a full stop at the end is ignored: "Sept.").</summary>
    public static TemporalWord Classify(ReadOnlySpan<char> word)
    {
        if (word.Length > 1 && word[^1] == '.')
        {
            word = word[..^1];
        }

        return ClassFilter.MayContain(word) && ClassLookup.TryGetValue(word, out var found) ? found : TemporalWord.None;
    }

    // The classes again, keyed as the document's WordKeys key its tokens: the per-token test then costs a probe
    // with the key the token already has, where the dictionary hashed every word that passed the filter again.
    private static readonly SpanKeyTable ClassTable = new(Classes.Select(pair => KeyValuePair.Create(pair.Key, (int)pair.Value)));

    /// <summary>
    /// <see cref="Classify(ReadOnlySpan{char})"/> of a token whose <see cref="WordKeys"/> key is <paramref name="key"/>
    /// and shape <paramref name="shape"/>. A token beyond ASCII (where ignoring case is more than lower-casing) or
    /// ending in a full stop (keyed with it) is classified from its text.
    /// </summary>
    public static TemporalWord Classify(ReadOnlySpan<char> word, uint key, TokenShape shape)
    {
        if ((shape & TokenShape.BeyondAscii) != 0 || (word.Length > 1 && word[^1] == '.'))
        {
            return Classify(word);
        }

        return ClassFilter.MayContain(word) && ClassTable.TryGetFolded(key, word, out var found) ? (TemporalWord)found : TemporalWord.None;
    }

    private static FrozenDictionary<string, TemporalWord> BuildClasses()
    {
        var classes = new Dictionary<string, TemporalWord>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> words, TemporalWord role)
        {
            foreach (var word in words)
            {
                classes[word] = classes.GetValueOrDefault(word) | role;
            }
        }

        Add(Months.Keys, TemporalWord.Month);
        Add(Weekdays.Keys, TemporalWord.Weekday);
        Add(Units.Keys, TemporalWord.Unit);
        Add(TriggerWords, TemporalWord.Trigger);
        Add(AmountWords, TemporalWord.Amount);
        Add(OrdinalWords, TemporalWord.Ordinal);
        return classes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    // The matchers ask about the tokens around every number and many words; nearly all are none of these, which
    // the filters tell from a word's first and last letters and length without hashing it.
    private static readonly WordShapeFilter MonthFilter = new(Months.Keys);
    private static readonly WordShapeFilter WeekdayFilter = new(Weekdays.Keys);
    private static readonly WordShapeFilter UnitFilter = new(Units.Keys);

    public static bool TryMonth(ReadOnlySpan<char> word, out int month)
    {
        month = 0;
        return MonthFilter.MayContain(word) && MonthLookup.TryGetValue(word, out month);
    }

    public static bool TryWeekday(ReadOnlySpan<char> word, out DayOfWeek day)
    {
        day = default;
        return WeekdayFilter.MayContain(word) && WeekdayLookup.TryGetValue(word, out day);
    }

    /// <summary>"days" → "day", "decades" → "decade"; null when the word is not a time unit.</summary>
    public static string? Unit(ReadOnlySpan<char> word) => UnitFilter.MayContain(word) && UnitLookup.TryGetValue(word, out var unit) ? unit : null;

    public static bool IsDatePreposition(ReadOnlySpan<char> word) => PrepositionLookup.Contains(word);
}

using System.Collections.Frozen;
using Dossier.Text.Events;
using Dossier.Text.Lexicons;

namespace Dossier.Text.Quantities;

/// <summary>Words around numbers: vague amounts, qualifiers, currencies, measures, and the words that end a counted noun phrase.</summary>
internal static class QuantityLexicon
{
    /// <summary>Vague plurals and their conventional ranges ("dozens" is 24–99).</summary>
    public static readonly FrozenDictionary<string, (long Min, long Max)> Vague = new Dictionary<string, (long, long)>
    {
        ["tens"] = (20, 99), ["dozens"] = (24, 99), ["scores"] = (40, 99), ["hundreds"] = (200, 999),
        ["thousands"] = (2_000, 9_999), ["millions"] = (2_000_000, 9_999_999),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // One-word qualifiers before a figure that make it approximate ("around 2,800", "exceeds 800").
    private static readonly FrozenSet<string> Qualifiers = FrozenSet.ToFrozenSet(
    [
        "around", "about", "approximately", "approx", "roughly", "nearly", "almost", "some", "over", "exceeds",
        "exceeded", "exceed", "exceeding", "estimated", "circa", "nearing", "surpassed", "topped", "under",
    ], StringComparer.OrdinalIgnoreCase);

    // The second word of two-word qualifiers ("more than", "at least", "up to", "as many as", "close to").
    private static readonly FrozenSet<string> QualifierEnds = FrozenSet.ToFrozenSet(
        ["than", "least", "most", "to", "of", "as"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> QualifierStarts = FrozenSet.ToFrozenSet(
        ["more", "less", "fewer", "at", "up", "close", "excess", "upwards", "many", "much"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Currencies = FrozenSet.ToFrozenSet(
    [
        "dollar", "dollars", "euro", "euros", "pound", "pounds", "rial", "rials", "dinar", "dinars", "yuan",
        "rupee", "rupees", "franc", "francs", "usd", "eur", "gbp", "toman", "tomans", "lira", "shekel", "shekels",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Measures = FrozenSet.ToFrozenSet(
    [
        "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters", "metre",
        "meter", "m", "cm", "mm", "kg", "kilograms", "kilos", "tonnes", "tons", "tonne", "ton", "litres", "liters",
        "hectares", "acres", "square", "degrees", "mph", "pm", "am", "a.m.", "p.m.", "gmt", "utc", "bn", "mw", "o'clock",
    ], StringComparer.OrdinalIgnoreCase);

    // Words that say the number names a thing rather than counts ("Resolution 2231", "Article 5").
    private static readonly FrozenSet<string> IdentifierHeads = FrozenSet.ToFrozenSet(
    [
        "resolution", "article", "articles", "paragraph", "section", "chapter", "page", "pages", "no", "no.", "number",
        "room", "cell", "ward", "block", "building", "route", "highway", "flight", "case", "file", "law", "decree",
        "act", "protocol", "item", "point", "phase", "grade", "level", "class", "bus", "unit", "brigade", "division",
        "battalion", "regiment", "platoon", "corps", "district", "zone", "sector", "camp", "gate", "street", "road",
        "apartment", "floor", "line", "box", "code", "version", "vol", "vol.", "p", "pp", "nos", "nos.", "tel", "fax",
    ], StringComparer.OrdinalIgnoreCase);

    // Words that end a counted noun phrase: prepositions, conjunctions, verbs and auxiliaries.
    private static readonly FrozenSet<string> NounStops = FrozenSet.ToFrozenSet(
    [
        "of", "in", "at", "on", "by", "and", "or", "to", "from", "for", "with", "without", "who", "whom", "which",
        "that", "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "including", "included",
        "among", "across", "into", "as", "than", "during", "after", "before", "since", "while", "when", "where",
        "must", "should", "would", "will", "could", "can", "may", "might", "shall", "did", "do", "does", "not",
        "but", "also", "still", "all", "each", "both", "the", "a", "an", "this", "these", "those", "their", "its",
        "his", "her", "our", "they", "them", "he", "she", "it", "we", "you", "i", "there", "here", "now", "then",
        "yesterday", "today", "inside", "outside", "near", "under", "over", "through", "against", "per", "like",
        "until", "killed", "died", "dead", "wounded", "injured", "arrested", "detained", "executed", "abducted",
        "taken", "held", "said", "says", "less", "many", "such", "so", "too", "very", "if", "whose",
    ], StringComparer.OrdinalIgnoreCase);

    // Words that can open a figure; everything else is skipped after one lookup.
    private static readonly FrozenSet<string> Starters = FrozenSet.ToFrozenSet(
    [
        "a", "an", "half", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        "twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety", "tens", "dozens",
        "scores", "hundreds", "thousands", "millions", "several", "both",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup = Starters.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QualifierLookup = Qualifiers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QualifierEndLookup = QualifierEnds.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QualifierStartLookup = QualifierStarts.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CurrencyLookup = Currencies.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MeasureLookup = Measures.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IdentifierLookup = IdentifierHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounStopLookup = NounStops.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, (long Min, long Max)>.AlternateLookup<ReadOnlySpan<char>> VagueLookup = Vague.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryVague(ReadOnlySpan<char> word, out (long Min, long Max) range) => VagueLookup.TryGetValue(word, out range);

    // The starters again, keyed as the document's keys key its tokens (see WordKeys).
    private static readonly WordSet StarterKeys = new(Starters);

    /// <summary>
    /// False when a word whose key is <paramref name="key"/> and shape <paramref name="shape"/> cannot start a figure, from
    /// one filter bit, where <see cref="MayStartFigure(ReadOnlySpan{char}, bool)"/> reads its characters; true when it may.
    /// A word beyond ASCII (equal to a starter ignoring case without its key) or with a hyphen always may.
    /// </summary>
    public static bool MayStartFigure(uint key, TokenShape shape) =>
        (shape & (TokenShape.BeyondAscii | TokenShape.Hyphen)) != 0 || StarterKeys.MayContain(WordSet.Mix(key));

    /// <summary>True when a figure may start with <paramref name="word"/> ("seven", "fifty-two", "dozens", "a").</summary>
    /// <remarks><paramref name="hasHyphen"/> comes from the token's shape: most words hold none, and need no search.</remarks>
    public static bool MayStartFigure(ReadOnlySpan<char> word, bool hasHyphen)
    {
        if (StarterFilter.MayContain(word) && StarterLookup.Contains(word))
        {
            return true;
        }

        if (!hasHyphen)
        {
            return false;
        }

        var hyphen = FirstHyphen(word);
        return hyphen > 0 && StarterFilter.MayContain(word[..hyphen]) && StarterLookup.Contains(word[..hyphen]);
    }

    // Every word of the text passes here, and words are short: a plain loop costs less than the
    // vectorised search's call and set-up.
    private static int FirstHyphen(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] == '-')
            {
                return i;
            }
        }

        return -1;
    }

    // Every word of the text is asked about; most are ruled out here without hashing.
    private static readonly WordShapeFilter StarterFilter = new(Starters);

    public static bool IsQualifier(ReadOnlySpan<char> word) => QualifierLookup.Contains(word);

    public static bool IsQualifierPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        QualifierStartLookup.Contains(first) && QualifierEndLookup.Contains(second);

    public static bool IsCurrency(ReadOnlySpan<char> word) => CurrencyLookup.Contains(word);

    public static bool IsMeasure(ReadOnlySpan<char> word) => MeasureLookup.Contains(word);

    public static bool IsIdentifierHead(ReadOnlySpan<char> word) => IdentifierLookup.Contains(word);

    public static bool IsNounStop(ReadOnlySpan<char> word) => NounStopLookup.Contains(word);
}

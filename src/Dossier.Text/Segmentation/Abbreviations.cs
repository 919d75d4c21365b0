using System.Collections.Frozen;

namespace Dossier.Text.Segmentation;

/// <summary>
/// Words that keep their full stop as part of the token ("Mr.", "Sept.", "e.g."), so the stop does not
/// end a sentence. Matching is case-sensitive: "Sun." and "Sat." are left out because they end sentences.
/// </summary>
internal static class Abbreviations
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "St", "Sr", "Jr", "Messrs", "Mme", "Mlle", "Hon", "Rev", "Fr",
        "Gen", "Col", "Lt", "Sgt", "Capt", "Cpt", "Maj", "Adm", "Cmdr", "Cdr", "Brig", "Pvt", "Cpl",
        "Sen", "Rep", "Gov", "Govt", "Pres", "Amb", "Dept", "Univ", "Assn", "Sec", "Min",
        "Inc", "Ltd", "Co", "Corp", "Bros", "Plc", "vs", "v", "etc", "approx", "est", "al", "cf", "viz",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
        "Mt", "Ft", "Ave", "Blvd", "Rd", "Fig", "Art", "Arts", "Ch", "Vol", "pp", "para", "Nos", "Nr",
    ], StringComparer.Ordinal);

    // Abbreviations that often close a sentence: a capitalised word after them starts a new one.
    private static readonly FrozenSet<string> SentenceFinal = FrozenSet.ToFrozenSet(
        ["etc", "Inc", "Ltd", "Co", "Corp", "Bros", "Plc", "Jr", "Sr"], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FinalLookup =
        SentenceFinal.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsAbbreviation(ReadOnlySpan<char> word) => WordLookup.Contains(word);

    /// <summary>True for abbreviations after which a capitalised word may start a new sentence ("etc.").</summary>
    public static bool MayEndSentence(ReadOnlySpan<char> wordWithStop) =>
        wordWithStop.Length > 1 && FinalLookup.Contains(wordWithStop[..^1]);
}

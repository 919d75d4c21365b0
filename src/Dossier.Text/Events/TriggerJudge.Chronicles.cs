namespace Dossier.Text.Events;

/// <summary>Chronicles told in the present: "31 July – Police detain teachers at a march".</summary>
internal sealed partial class TriggerJudge
{
    /// <summary>
    /// A base or present verb after its subject, in a sentence, list item or paragraph that opens with a date: a dated
    /// chronicle tells past acts in the present ("19 July – A crowd storms the jail"), where an undated sentence
    /// in the present tells a habit or a demand ("police detain people at will").
    /// </summary>
    private static bool ChronicleVerb(TokenIndex ix, int sentenceFirst, int first)
    {
        var start = ListMarks.IsBullet(ix, sentenceFirst) ? sentenceFirst + ListMarks.MarkerLength(ix, sentenceFirst) : sentenceFirst;
        var dated = ix.DateAt(start) >= 0 || ListMarks.ItemHeadDate(ix, ix.SentenceOf(sentenceFirst)) >= 0;
        // "... is shot in the head in Uttara while handing out water, and dies shortly afterwards": the item's subject goes on.
        var reach = ix.Is(first - 1, "and") ? 3 * ChronicleReach : ChronicleReach;
        if (!dated || first - start > reach)
        {
            return false;
        }

        var subjectEnd = first - 1;
        if (CountFinder.IsComma(ix, subjectEnd) && ix.IsWord(subjectEnd - 1))
        {
            subjectEnd--; // "Mugdho, a university student, dies": the subject's apposition ends in a comma
        }

        return ix.IsWord(subjectEnd) && ix.DateAt(subjectEnd) < 0 && !ix.IsAny(subjectEnd, Determiners) && !ix.Is(subjectEnd, "to")
            && !ix.IsAny(subjectEnd, ChronicleNotSubjects);
    }

    // Within this many tokens of the item's date: the item's own first clause.
    private const int ChronicleReach = 24;

    private static readonly WordSet ChronicleNotSubjects = new("not never will would could should may might must can cannot");
}

namespace Dossier.Text.Events;

/// <summary>
/// Bulletin items: a dated heading inside the report ("2. Air strikes in the north (27-28 March)") dates the item under
/// it, and a date that heads an item's line ("3 April:", "7 August – Turbat:") is no quotation's colon.
/// </summary>
internal sealed partial class SentenceIncidents
{
    private const int MaxHeadingTokens = 24;

    private const int MaxItemSentences = 12;

    /// <summary>
    /// "2. Air strikes in the north (27-28 March)" over an item's text: a bulletin's heading, a short line of its own
    /// with no full stop, dates the undated acts told in the paragraph under it. Its one date, or -1.
    /// </summary>
    private static int HeadingDate(TokenIndex ix, int sentenceIndex)
    {
        var sentences = ix.Doc.Sentences;
        var paragraph = sentences[sentenceIndex].Paragraph;
        // An item under a heading is a few sentences long; the bound keeps a huge one-paragraph input linear.
        var s = sentenceIndex;
        while (s > 0 && sentences[s - 1].Paragraph == paragraph && sentenceIndex - s < MaxItemSentences)
        {
            s--;
        }

        if (s == 0 || sentences[s - 1].Paragraph == paragraph)
        {
            return -1;
        }

        if (!IsItemHeading(ix, s - 1))
        {
            return -1; // a title or dateline over the whole report dates no item
        }

        if (ListMarks.IsBullet(ix, sentences[s].FirstToken) && ListMarks.IsBullet(ix, sentences[s - 1].FirstToken))
        {
            return -1; // "- 1,245 killed since 23 April", "- 12 detained": a bullet after a bullet is its sibling, not under it
        }

        var (found, several) = OnlyDate(ix, sentences[s - 1]);
        return several ? -1 : found;
    }

    /// <summary>The sentence is a short line of its own, ending without a full stop: a title or an item's heading.</summary>
    internal static bool IsHeading(TokenIndex ix, int sentenceIndex)
    {
        var sentences = ix.Doc.Sentences;
        var sentence = sentences[sentenceIndex];
        var end = Math.Min(sentence.EndToken, ix.Count);
        return end > sentence.FirstToken && end - sentence.FirstToken <= MaxHeadingTokens
            && !(ix.Text[ix.Tokens[end - 1].Start] is '.' or '!' or '?')
            && (sentenceIndex == 0 || sentences[sentenceIndex - 1].Paragraph != sentence.Paragraph)
            && (sentenceIndex + 1 == sentences.Count || sentences[sentenceIndex + 1].Paragraph != sentence.Paragraph);
    }

    /// <summary>
    /// A heading inside the report: after some prose, or numbered or bulleted ("1. Air strikes in the north (3-4 May)"
    /// right under the title). A title or dateline over the whole report is none.
    /// </summary>
    internal static bool IsItemHeading(TokenIndex ix, int sentenceIndex) =>
        IsHeading(ix, sentenceIndex)
        && (ProseBefore(ix, sentenceIndex) || sentenceIndex > 0 && ListMarks.IsBullet(ix, ix.Doc.Sentences[sentenceIndex].FirstToken));

    /// <summary>Some sentence of running prose stands before <paramref name="sentenceIndex"/>: it is inside the report's body.</summary>
    internal static bool ProseBefore(TokenIndex ix, int sentenceIndex)
    {
        // Prose starts within the first lines of any report; the bound keeps the check constant.
        for (var s = 0; s < sentenceIndex && s < 64; s++)
        {
            var sentence = ix.Doc.Sentences[s];
            var end = Math.Min(sentence.EndToken, ix.Count);
            if (end > sentence.FirstToken && ix.Text[ix.Tokens[end - 1].Start] is '.' && end - sentence.FirstToken > 6)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "3 April: police detained 12 men", "7 August – Quetta: a bomb ...": the colon at <paramref name="colon"/> closes
    /// the head of a line or item, an opening date with perhaps a place after a dash or comma.
    /// </summary>
    private static bool HeadsItem(TokenIndex ix, int colon)
    {
        if (ix.Text[ix.Tokens[colon].Start] != ':')
        {
            return false;
        }

        var headEnd = colon;
        if (IsItemPlaceWord(ix, colon - 1))
        {
            var t = colon - 1;
            while (t > colon - ItemPlaceWords && IsItemPlaceWord(ix, t - 1))
            {
                t--;
            }

            // "7 August – Quetta:", "7 August, Quetta:", "5 March, near Mopti:", "3 March, Ségou region:": a place
            // named after the date's dash or comma
            headEnd = ix.IsPunctuation(t - 1) && ix.Text[ix.Tokens[t - 1].Start] is '-' or ',' ? t - 1 : colon;
        }

        var date = ix.DateAt(headEnd - 1);
        return date >= 0 && ix.DateTokens(date).End == headEnd
            && Opening(ix, ix.Doc.Sentences[ix.SentenceOf(colon)], date);
    }

    private const int ItemPlaceWords = 5;

    /// <summary>Words of a place phrase that need no capital: "near Mopti", "Ségou region", "outskirts of Goma".</summary>
    private static readonly WordSet ItemPlaceCommonWords = new(
        "near outside outskirts of the region province district state county governorate city town village area camp rural northern southern eastern western central north south east west");

    private static bool IsItemPlaceWord(TokenIndex ix, int t) =>
        t >= 0 && (ix.IsCapitalised(t) || ix.IsAny(t, ItemPlaceCommonWords)) && !ix.IsPunctuation(t);
}

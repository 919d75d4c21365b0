namespace Dossier.Text.Events;

/// <summary>Figures that another source gives for an incident already told.</summary>
internal sealed partial class CountFinder
{
    private static readonly WordSet OtherFigureWords = new("higher lower different differing conflicting separate");
    private static readonly WordSet FigureNouns = new("toll tolls figure figures count estimate estimates tally");

    // The words one of which a sentence needs for OtherSourcesFigure to read it.
    private static readonly WordSet OtherFigureCues = new([OtherFigureWords, new WordSet("estimate estimates")]);

    /// <summary>
    /// "gave a higher toll of 50 dead", "a different figure", "an estimate of 10,000 dead": a figure offered against one already told, so
    /// a second account of the same incident rather than an incident of its own.
    /// </summary>
    public static bool OtherSourcesFigure(TokenIndex ix, int sentenceFirst, int sentenceEnd)
    {
        if (!ix.MayHaveAny(sentenceFirst, sentenceEnd, OtherFigureCues))
        {
            return false;
        }

        for (var t = sentenceFirst; t < sentenceEnd - 1; t++)
        {
            // "relayed an estimate of 10,000 dead": an estimate is one account of a toll, not an act.
            if ((ix.IsAny(t, OtherFigureWords) && (ix.IsAny(t + 1, FigureNouns) || (ix.Is(t + 1, "death") && ix.IsAny(t + 2, FigureNouns))))
                || ((ix.Is(t, "estimate") || ix.Is(t, "estimates")) && ix.Is(t + 1, "of")))
            {
                return true;
            }
        }

        return false;
    }
}

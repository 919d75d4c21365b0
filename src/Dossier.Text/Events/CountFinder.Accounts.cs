namespace Dossier.Text.Events;

/// <summary>Figures that another source gives for an incident already told.</summary>
internal sealed partial class CountFinder
{
    private static readonly WordSet OtherFigureWords = new("higher lower different differing conflicting separate first initial earlier previous provisional preliminary");
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
            if (!ix.IsAny(t, OtherFigureCues))
            {
                continue; // both tests open with a cue word: one filter read turns away the other words
            }

            // "relayed an estimate of 10,000 dead": an estimate is one account of a toll, not an act.
            if ((ix.IsAny(t, OtherFigureWords) && (ix.IsAny(t + 1, FigureNouns) || (ix.Is(t + 1, "death") && ix.IsAny(t + 2, FigureNouns))))
                || ((ix.Is(t, "estimate") || ix.Is(t, "estimates")) && ix.Is(t + 1, "of")))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet InterviewVerbs = new("interviewed surveyed consulted met questioned heard");

    /// <summary>"interviewed 31 survivors", "spoke to 40 witnesses": the quantity counts the people heard, not victims.</summary>
    private static bool Interviewed(TokenIndex ix, int quantity)
    {
        var figure = ix.QuantityTokens(quantity).First;
        var verb = ix.IsAny(figure - 1, InterviewApproximations) ? figure - 2 : figure - 1;
        return ix.IsAny(verb, InterviewVerbs) || (ix.Is(verb, "to") || ix.Is(verb, "with")) && ix.IsAny(verb - 1, SpokeVerbs);
    }

    private static readonly WordSet SpokeVerbs = new("spoke spoken talked talking speaking");
    private static readonly WordSet InterviewApproximations = new("about some nearly almost around over more than");
}

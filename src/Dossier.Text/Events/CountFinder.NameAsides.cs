using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// A list of names set off by commas after the figure it names: "Two activists, Jon Pel and Ali Varn, were arrested",
/// "two reporters, Wa Lone, 32, and Kyaw Soe Oo, 28, were jailed". The figure before the names counts the people.
/// </summary>
internal sealed partial class CountFinder
{
    // Lower-case words inside personal names: "Luiz da Silva", "Ahmed bin Salem", "Jan van der Berg".
    private static readonly WordSet NameParticles = new("de da do dos das del della di du la le bin ibn bint van der den von al el");

    // Names with their ages and particles fit in this many tokens; the bound keeps the scan constant.
    private const int MaxNameAside = 24;

    private static bool IsDigits(TokenIndex ix, int t) => t >= 0 && t < ix.Count && ix.Tokens[t].Kind == TokenKind.Number;

    /// <summary>
    /// The comma opening an aside of two or more names (with ages) that ends at the comma <paramref name="close"/>;
    /// -1 when the words between are anything else.
    /// </summary>
    private static int NamesAsideOpening(TokenIndex ix, int sentenceFirst, int close)
    {
        var capitalised = 0;
        var joined = false;
        for (var t = close - 1; t > sentenceFirst && t > close - MaxNameAside; t--)
        {
            if (ix.IsWord(t) && ix.IsCapitalised(t))
            {
                capitalised++;
            }
            else if (ix.Is(t, "and"))
            {
                joined = true;
            }
            else if (IsComma(ix, t))
            {
                if (!ix.IsCapitalised(t + 1) && !IsDigits(ix, t + 1) && !ix.Is(t + 1, "and"))
                {
                    return -1;
                }

                if (!ix.IsCapitalised(t - 1) && !IsDigits(ix, t - 1) && !ix.IsAny(t - 1, NameParticles))
                {
                    return joined && capitalised >= 2 && ix.IsCapitalised(t + 1) ? t : -1; // the words before the names
                }
            }
            else if (!IsDigits(ix, t) && !ix.IsAny(t, NameParticles) && !InsideWord(ix, t))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Two MPs who had called for an elected prime minister, Jon Pel and Ali Varn,": the relative word of a clause of
    /// words alone that runs up to the names' opening comma; -1 when there is none.
    /// </summary>
    private static int RelativeOpenerBefore(TokenIndex ix, int sentenceFirst, int opening)
    {
        for (var t = opening - 1; t > sentenceFirst && t >= opening - 12; t--)
        {
            if (ix.IsAny(t, Relatives))
            {
                return t;
            }

            if (!ix.IsWord(t))
            {
                return -1;
            }
        }

        return -1;
    }
}

using Dossier.Text.Segmentation;

namespace Dossier.Text.Temporal;

/// <summary>Expressions whose year is the one the text printed last, not the report's: "in October of that year".</summary>
internal static class TextAnchoredMatcher
{
    /// <summary>How many tokens from <paramref name="k"/> say "of that year", "that same year", "of the same year"; 0 when none.</summary>
    public static int ThatYearLength(TokenReader r, int k)
    {
        var j = r.Is(k, "of") ? k + 1 : k;
        if (!r.Is(j, "that") && !r.Is(j, "the"))
        {
            return 0;
        }

        var same = r.Is(j + 1, "same");
        if (r.Is(j, "the") && !same)
        {
            return 0;
        }

        var yearAt = same ? j + 2 : j + 1;
        return r.Is(yearAt, "year") ? yearAt - k + 1 : 0;
    }
}

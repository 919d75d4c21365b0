using Dossier.Text.Model;

namespace Dossier.Text.Entities;

// Words around a name that say it names a body: "Hakikat, a newspaper", "the agency SPA", "27th Battalion".
internal sealed partial class NameRules
{
    /// <summary>"... Centre, an Islamic group", "Hakikat, a newspaper": a single name introduced by an apposition.</summary>
    public static bool IntroducedAsBody(TokenView v, int a, int b)
    {
        if (v.IsPunct(b, ',') && (v.Is(b + 1, "a") || v.Is(b + 1, "an")))
        {
            for (var k = b + 2; k < b + 6 && k < v.Count && v.IsWord(k); k++)
            {
                if (v.In(k, EntityLexicon.OrganizationCues) || v.Is(k, "gang") || v.Is(k, "militia") || v.Is(k, "cartel"))
                {
                    return v.IsLowerWord(k);
                }
            }
        }

        // "the Guerreros Unidos criminal group", "the Nightcrawler gang".
        for (var k = b; k < b + 2 && k < v.Count && v.IsLowerWord(k); k++)
        {
            if (v.Is(k, "gang") || v.Is(k, "cartel") || v.Is(k, "militia") || v.Is(k, "group") && k > b)
            {
                return a > 0 && v.Is(a - 1, "the");
            }
        }

        return false;
    }

    private static bool CuedBefore(TokenView v, int a) => a > 0 && v.IsLowerWord(a - 1) && v.In(a - 1, EntityLexicon.OrganizationCues);

    /// <summary>"Save the Generation": a small word and a capital after a word, so the name has not ended.</summary>
    private static bool NameGoesOn(TokenView v, int b) =>
        v.IsLowerWord(b) && v.In(b, EntityLexicon.FunctionWords) && v.IsCapitalized(b + 1);

    public static bool IsOrdinal(TokenView v, int t)
    {
        if (t < 0 || t >= v.Count)
        {
            return false;
        }

        var word = v[t];
        return word.Length >= 3 && char.IsDigit(word[0])
            && (word.EndsWith("st") || word.EndsWith("nd") || word.EndsWith("rd") || word.EndsWith("th"));
    }
}

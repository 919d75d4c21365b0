namespace Dossier.Text.Entities;

/// <summary>
/// Folds Latin letters with diacritics to their ASCII base ("Genève" to "Geneve", "Łódź" to "Lodz")
/// and typographic apostrophes to "'", by table: Unicode normalisation is not available under the
/// invariant globalisation mode the project runs in.
/// </summary>
internal static class LatinFold
{
    private const int First = 0xC0;

    // Base letters for U+00C0..U+024F; '?' marks characters left as they are (×, ÷, IPA letters...).
    private const string Table =
        "AAAAAAACEEEEIIIIDNOOOOO?OUUUUYTsaaaaaaaceeeeiiiidnooooo?ouuuuytyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKk?LlLlLlLlLlNnNnNnn??OoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs????????"
        + "????????????????????????Oo?????????????Uu???????????????????DDdLLlNNnAaIiOoUuUuUuUuUu?AaAa????GgKkOoOo??jDDdGg??NnAa????AaAaEeEeIiIiOoOoRrRrUuUuSsTt??Hh??????AaEeOoOoOoOoYy????????????????????????????";

    public static char Fold(char c)
    {
        if (c < First)
        {
            return c;
        }

        if (c - First < Table.Length)
        {
            var folded = Table[c - First];
            return folded == '?' ? c : folded;
        }

        return c is '\u2019' or '\u2018' or '\u02BC' ? '\'' : c;
    }

    /// <summary>The folded text; combining accents (U+0300..U+036F) are dropped.</summary>
    public static string Fold(string s)
    {
        var changed = false;
        foreach (var c in s)
        {
            if (c >= First)
            {
                changed = true;
                break;
            }
        }

        if (!changed)
        {
            return s;
        }

        return string.Create(s.Length - CountMarks(s), s, static (span, source) =>
        {
            var k = 0;
            foreach (var c in source)
            {
                if (!IsMark(c))
                {
                    span[k++] = Fold(c);
                }
            }
        });
    }

    private static bool IsMark(char c) => c is >= '\u0300' and <= '\u036F';

    private static int CountMarks(string s)
    {
        var n = 0;
        foreach (var c in s)
        {
            n += IsMark(c) ? 1 : 0;
        }

        return n;
    }
}

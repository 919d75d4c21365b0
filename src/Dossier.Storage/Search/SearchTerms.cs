using System.Text;

namespace Dossier.Storage.Search;

/// <summary>
/// Turns what a person types into plain search words (letters and digits), so that no input can
/// be misread as query syntax by the database's full-text engine.
/// </summary>
public static class SearchTerms
{
    public static IReadOnlyList<string> Parse(string query)
    {
        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (var c in query)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                terms.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            terms.Add(word.ToString());
        }

        return terms;
    }
}

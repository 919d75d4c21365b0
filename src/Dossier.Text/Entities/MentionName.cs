using System.Text;
using Dossier.Text.Model;

namespace Dossier.Text.Entities;

/// <summary>How a mention is written, tidied (spaces collapsed), and the keys that compare names.</summary>
internal static class MentionName
{
    private static readonly EntityLexicon.Set Connectors = new("of the for and in on a an 's de du des la le");
    private static readonly EntityLexicon.Set Government = new("government authorities administration regime");

    public static string Of(string text, TextSpan span)
    {
        var written = span.Of(text);
        if (IsTidy(written))
        {
            return written.ToString(); // the usual case: nothing to collapse, no builder needed
        }

        var sb = new StringBuilder(span.Length);
        var space = false;
        foreach (var c in span.Of(text))
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    // Single spaces between words and no other white space: already what Of would build.
    private static bool IsTidy(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == ' ' ? i == 0 || i == name.Length - 1 || name[i - 1] == ' ' : char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Case- and accent-insensitive comparison key.</summary>
    public static string Key(string name) =>
        System.Text.Ascii.IsValid(name) ? name.ToLowerInvariant() : GazetteerLoader.Fold(name).ToLowerInvariant();

    public static int WordCount(string name) => name.AsSpan().Count(' ') + 1;

    public static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static string LastWord(string name)
    {
        var words = Words(name);
        return words.Length == 0 ? "" : words[^1];
    }

    public static bool IsGovernment(string name)
    {
        foreach (var word in name.AsSpan().Split(' '))
        {
            if (Government.Contains(name.AsSpan()[word]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Initials of the significant words: "Union of Free Journalists of Belarus" gives "UFJB".</summary>
    public static string Initials(string name)
    {
        var sb = new StringBuilder();
        foreach (var word in Words(name))
        {
            if (Connectors.Contains(word) || word.Length == 0 || !char.IsLetter(word[0]))
            {
                continue;
            }

            sb.Append(char.ToUpperInvariant(word[0]));
            for (var dash = word.IndexOf('-'); dash >= 0; dash = word.IndexOf('-', dash + 1))
            {
                // The part after each hyphen ("Al-Shabaab" gives "AS").
                if (dash + 1 < word.Length && char.IsUpper(word[dash + 1]))
                {
                    sb.Append(word[dash + 1]);
                }
            }
        }

        return sb.ToString();
    }

    public static bool IsAcronym(EntityMention mention, string name) =>
        mention.Type == EntityType.Organization && name.Length is >= 2 and <= 8 && !name.Contains(' ')
        && name.All(c => !char.IsLetter(c) || char.IsUpper(c));
}

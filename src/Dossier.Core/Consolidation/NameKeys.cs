using System.Globalization;
using System.Text;

namespace Dossier.Core.Consolidation;

/// <summary>
/// Turns names into lookup keys so that spellings of one name meet: diacritics, case and punctuation
/// are folded, the Arabic article (al-, el-) and titles are dropped, "ou"/"oo" read as "u" and "ee" as "i"
/// (<c>n:</c> keys); a consonant skeleton absorbs other vowel spellings (<c>s:</c>); acronyms meet their
/// expansions (<c>a:</c> for a printed acronym, <c>x:</c> for the initials of a long name); a person's
/// surname alone is a weak key (<c>l:</c>) used only to resolve a bare surname. Pure.
/// </summary>
public static class NameKeys
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "mme", "m", "sen", "senator", "general", "gen",
        "colonel", "col", "president", "prime", "minister", "judge", "sheikh", "ayatollah", "imam", "the",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "al", "el", "ul" };

    private static readonly HashSet<string> AcronymStopWords = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "to", "a",
    };

    /// <summary>Words of a name after folding, particles removed, and for a person leading titles removed.</summary>
    public static IReadOnlyList<string> Words(string name, bool isPerson = false)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '‘' or '`' or 'ʼ')
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? LatinFolding.Fold(char.ToLowerInvariant(c)) : " ");
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (isPerson && words.Count > 1 && Titles.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        return words.Where(w => !Particles.Contains(w) || words.Count == 1).Select(FoldVowels).ToList();
    }

    /// <summary>The normal form compared for equality: "Nouri al-Maliki" and "Nuri Maliki" both give "nuri maliki".</summary>
    public static string Normal(string name, bool isPerson = false) => string.Join(' ', Words(name, isPerson));

    /// <summary>True for a printed acronym: 2–8 capital letters, optionally with dots ("PMOI", "U.S.").</summary>
    public static bool IsAcronym(string name)
    {
        var letters = 0;
        foreach (var c in name.Trim())
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c != '.')
            {
                return false;
            }
        }

        return letters is >= 2 and <= 8;
    }

    /// <summary>The keys under which a name is stored for an actor or place of this kind.</summary>
    public static IReadOnlyList<string> StoredKeys(string kind, string name, bool isPerson)
    {
        var keys = new List<string>();
        var words = Words(name, isPerson);
        if (words.Count == 0)
        {
            return keys;
        }

        if (IsAcronym(name))
        {
            keys.Add($"{kind}|a:{string.Concat(words)}");
            return keys;
        }

        if (isPerson && words.Count == 1)
        {
            keys.Add($"{kind}|l:{words[0]}");
            return keys;
        }

        keys.Add($"{kind}|n:{string.Join(' ', words)}");
        if (words.Count > 1 || words[0].Length >= 5)
        {
            keys.Add($"{kind}|s:{Skeleton(words)}");
        }

        if (isPerson)
        {
            keys.Add($"{kind}|l:{words[^1]}");
        }
        else if (Initials(words) is { } initials)
        {
            keys.Add($"{kind}|x:{initials}");
        }

        return keys;
    }

    /// <summary>The strong keys to look a name up by. A bare surname has none (see <see cref="WeakProbe"/>).</summary>
    public static IReadOnlyList<string> StrongProbes(string kind, string name, bool isPerson)
    {
        var words = Words(name, isPerson);
        if (words.Count == 0 || (isPerson && words.Count == 1 && !IsAcronym(name)))
        {
            return [];
        }

        if (IsAcronym(name))
        {
            var letters = string.Concat(words);
            return [$"{kind}|a:{letters}", $"{kind}|x:{letters}"];
        }

        var probes = new List<string> { $"{kind}|n:{string.Join(' ', words)}" };
        if (words.Count > 1 || words[0].Length >= 5)
        {
            probes.Add($"{kind}|s:{Skeleton(words)}");
        }

        if (!isPerson && Initials(words) is { } initials)
        {
            probes.Add($"{kind}|a:{initials}");
        }

        return probes;
    }

    /// <summary>For a bare surname ("Maliki"), the weak key that finds every person with that surname.</summary>
    public static string? WeakProbe(string kind, string name, bool isPerson)
    {
        var words = Words(name, isPerson);
        return isPerson && words.Count == 1 && !IsAcronym(name) ? $"{kind}|l:{words[0]}" : null;
    }

    public static bool IsWeak(string key) => key.Contains("|l:", StringComparison.Ordinal);

    private static string FoldVowels(string word) =>
        word.Replace("ou", "u", StringComparison.Ordinal).Replace("oo", "u", StringComparison.Ordinal)
            .Replace("ee", "i", StringComparison.Ordinal);

    /// <summary>First letter, then consonants only, doubles collapsed: "mojahedin" and "mujahideen" give "mjhdn".</summary>
    private static string Skeleton(IReadOnlyList<string> words)
    {
        var builder = new StringBuilder();
        foreach (var word in words)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            var last = '\0';
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
                if ((i == 0 || !vowel) && c != last)
                {
                    builder.Append(c);
                }

                last = c;
            }
        }

        return builder.ToString();
    }

    /// <summary>Initials of the content words of a name of three or more words ("People's Mojahedin Organization of Iran" → "pmoi").</summary>
    private static string? Initials(IReadOnlyList<string> words)
    {
        var content = words.Where(w => !AcronymStopWords.Contains(w)).ToList();
        return content.Count >= 2 ? string.Concat(content.Select(w => w[0])) : null;
    }
}

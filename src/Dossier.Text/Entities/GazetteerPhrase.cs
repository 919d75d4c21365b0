namespace Dossier.Text.Entities;

/// <summary>One name of one gazetteer entry, split into words as the recogniser sees them.</summary>
internal sealed record GazetteerPhrase(int Entry, string[] Words)
{
    /// <summary>Bit k set when word k needs a capital in the text (an acronym must match its case exactly, "US" never "us"; a capitalised word needs a capital); words past 32 are never matched.</summary>
    public uint CapitalWords { get; } = Mask(Words, form => form.Length > 0 && char.IsUpper(form[0]) && !(form.Length >= 2 && IsAllCaps(form)));

    /// <summary>Bit k set when word k is an acronym, which the text must match exactly.</summary>
    public uint AcronymWords { get; } = Mask(Words, form => form.Length >= 2 && char.IsUpper(form[0]) && IsAllCaps(form));

    private static uint Mask(string[] words, Func<string, bool> test)
    {
        var mask = 0u;
        for (var k = 0; k < words.Length && k < 32; k++)
        {
            mask |= test(words[k]) ? 1u << k : 0;
        }

        return mask;
    }

    /// <summary>Splits a name on spaces; "the" in front is dropped (it is never part of a span).</summary>
    public static string[] Split(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length > 1 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) ? words[1..] : words;
    }

    private static bool IsAllCaps(string s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }
        }

        return letters >= 2;
    }
}

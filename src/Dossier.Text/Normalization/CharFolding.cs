namespace Dossier.Text.Normalization;

/// <summary>
/// The one-character-to-one-character fold the normaliser applies: typographic quotes and primes to
/// ASCII quotes, every dash and minus to '-', every space-like or invisible character to ' ', line and
/// paragraph separators to '\n', full-width ASCII to ASCII. One in, one out, so offsets never move.
/// </summary>
public static class CharFolding
{
    /// <summary>The folded form of <paramref name="c"/> (itself when nothing applies).</summary>
    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            // Tabs, form feeds and other C0 controls are spacing; '\n' and '\r' are handled by the caller.
            return c is < ' ' and not '\n' and not '\r' || c == 0x7F ? ' ' : c;
        }

        return c switch
        {
            '\u0085' or '\u2028' or '\u2029' => '\n',
            < '\u00A0' => ' ', // C1 controls
            '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000' => ' ',
            // Zero-width and format characters become spaces so the text keeps its length.
            '\u00AD' or '\u180E' or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E')
                or (>= '\u2060' and <= '\u206F') or '\uFEFF' => ' ',
            '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u2035' or '\u00B4' or '\u02BC'
                or '\u2039' or '\u203A' or '\uFF07' => '\'',
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u2036' or '\u00AB' or '\u00BB'
                or '\u301D' or '\u301E' or '\uFF02' => '"',
            (>= '\u2010' and <= '\u2015') or '\u2043' or '\u2212' or '\u2E3A' or '\u2E3B' or '\uFE58'
                or '\uFE63' or '\uFF0D' or '\u058A' or '\u05BE' or '\u1806' or '\u2E17' or '\u30A0' => '-',
            '\u2026' => '.',
            '\u2024' => '.',
            '\u2044' or '\u2215' => '/',
            // Full-width ASCII forms (U+FF01..U+FF5E) sit at a fixed distance from ASCII.
            >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
            _ => ByCategory(c),
        };
    }

    // Whatever the table above does not name: any other space is a space, any other dash a hyphen.
    private static char ByCategory(char c)
    {
        if (char.IsSurrogate(c))
        {
            return c;
        }

        if (char.IsWhiteSpace(c))
        {
            return ' ';
        }

        return char.GetUnicodeCategory(c) switch
        {
            System.Globalization.UnicodeCategory.DashPunctuation => '-',
            System.Globalization.UnicodeCategory.Format => ' ',
            _ => c,
        };
    }

    /// <summary>True when <paramref name="c"/> is left unchanged by <see cref="Fold"/>.</summary>
    public static bool IsStable(char c) => c is >= ' ' and < (char)0x7F || c == '\n';
}

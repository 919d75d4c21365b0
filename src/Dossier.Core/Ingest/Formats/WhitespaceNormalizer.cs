using System.Text;

namespace Dossier.Core.Ingest.Formats;

/// <summary>
/// Tidies text taken out of HTML or PDF: runs of spaces and tabs become one space, lines are
/// trimmed, and at most one blank line separates paragraphs. Plain text is never passed through
/// this: what the author wrote is kept as written.
/// </summary>
public static class WhitespaceNormalizer
{
    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        var blankLines = 0;
        foreach (var rawLine in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = CollapseSpaces(rawLine);
            if (line.Length == 0)
            {
                blankLines++;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(blankLines > 0 ? "\n\n" : "\n");
            }

            result.Append(line);
            blankLines = 0;
        }

        return result.ToString();
    }

    private static string CollapseSpaces(string line)
    {
        var builder = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (c is ' ' or '\t' or '\u00A0' or '\f' or '\v' or '\r')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}

using Dossier.Text.Model;

namespace Dossier.Text.Segmentation;

/// <summary>
/// Cuts text into paragraphs. A blank line always ends one. A single line break ends one too (news text
/// often puts each paragraph and each headline on its own line), unless the line plainly continues: it
/// ends without closing punctuation and the next line starts in lower case, or it ends with ',', ';' or
/// a hyphen. Paragraph spans are trimmed of surrounding space.
/// </summary>
internal static class ParagraphSplitter
{
    public static void Split(string text, List<TextSpan> paragraphs)
    {
        var paragraphStart = -1;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var (first, last) = Trim(text, lineStart, lineEnd);
            if (first >= last)
            {
                Close(text, paragraphs, ref paragraphStart, lineStart);
            }
            else
            {
                if (paragraphStart < 0)
                {
                    paragraphStart = first;
                }

                var next = lineEnd + 1 <= text.Length ? NextLineFirstChar(text, lineEnd + 1) : '\0';
                if (!Continues(text[last - 1], next))
                {
                    Close(text, paragraphs, ref paragraphStart, last);
                }
            }

            lineStart = lineEnd + 1;
        }

        Close(text, paragraphs, ref paragraphStart, text.Length);
    }

    private static bool Continues(char lastOfLine, char firstOfNext) =>
        lastOfLine is ',' or ';' or '-' or '(' or '&'
        || (lastOfLine is not ('.' or '!' or '?' or ':' or '"' or '\'' or ')') && CharClass.IsLower(firstOfNext));

    private static char NextLineFirstChar(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                return '\n';
            }

            if (!CharClass.IsSpace(c))
            {
                return c;
            }
        }

        return '\0';
    }

    private static void Close(string text, List<TextSpan> paragraphs, ref int paragraphStart, int end)
    {
        if (paragraphStart < 0)
        {
            return;
        }

        var (first, last) = Trim(text, paragraphStart, end);
        if (first < last)
        {
            paragraphs.Add(new TextSpan(first, last));
        }

        paragraphStart = -1;
    }

    private static (int First, int Last) Trim(string text, int start, int end)
    {
        while (start < end && CharClass.IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && CharClass.IsSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}

using System.Text;
using System.Text.Unicode;

namespace Dossier.Core.Ingest.Formats;

/// <summary>
/// Decodes report bytes as UTF-8 (or UTF-16 when a byte-order mark says so). Invalid UTF-8 is not
/// fatal: it is decoded with U+FFFD replacement characters and a warning, so the report is kept.
/// </summary>
public static class TextDecoder
{
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(ByteOrderMarks.Utf8))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith(ByteOrderMarks.Utf16LittleEndian))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), null);
        }
        else if (bytes.StartsWith(ByteOrderMarks.Utf16BigEndian))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), null);
        }

        // Encoding.UTF8 replaces invalid sequences with U+FFFD rather than throwing.
        var text = Encoding.UTF8.GetString(bytes);
        if (Utf8.IsValid(bytes))
        {
            return new DecodedText(text, null);
        }

        var replaced = text.Count(c => c == '\uFFFD') - CountEncodedReplacementChars(bytes);
        return new DecodedText(text, $"invalid UTF-8: {replaced} invalid byte sequence(s) replaced with U+FFFD");
    }

    /// <summary>Replacement characters that were already in the file, correctly encoded.</summary>
    private static int CountEncodedReplacementChars(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        ReadOnlySpan<byte> encoded = "\uFFFD"u8;
        for (var i = bytes.IndexOf(encoded); i >= 0; i = bytes.IndexOf(encoded))
        {
            count++;
            bytes = bytes[(i + encoded.Length)..];
        }

        return count;
    }
}

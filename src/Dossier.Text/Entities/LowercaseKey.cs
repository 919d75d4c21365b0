namespace Dossier.Text.Entities;

/// <summary>
/// Case-insensitive lookups done as ordinal lookups of a lowercased copy on the stack: ordinal hashing
/// is several times faster than case-insensitive hashing, and the copy costs no allocation.
/// </summary>
internal static class LowercaseKey
{
    /// <summary>Words longer than this are never looked up (no name in the lists is that long).</summary>
    public const int MaxLength = 64;

    public static bool TryLower(ReadOnlySpan<char> word, Span<char> buffer, out ReadOnlySpan<char> lower)
    {
        if (word.Length > buffer.Length)
        {
            lower = default;
            return false;
        }

        // ASCII fast path: most words are ASCII, and the general routine costs several times more.
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c >= 0x80)
            {
                var written = word.ToLowerInvariant(buffer);
                lower = buffer[..written];
                return written == word.Length;
            }

            buffer[i] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }

        lower = buffer[..word.Length];
        return true;
    }

    /// <summary>Whether <paramref name="word"/> lower-cased (as <see cref="TryLower"/> does) is <paramref name="lower"/>.</summary>
    public static bool EqualsLowered(ReadOnlySpan<char> word, ReadOnlySpan<char> lower)
    {
        if (word.Length != lower.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c >= 0x80)
            {
                Span<char> buffer = stackalloc char[MaxLength];
                return TryLower(word, buffer, out var lowered) && lowered.SequenceEqual(lower);
            }

            if (((uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c) != lower[i])
            {
                return false;
            }
        }

        return true;
    }
}

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

        var written = word.ToLowerInvariant(buffer);
        lower = buffer[..written];
        return written == word.Length;
    }
}

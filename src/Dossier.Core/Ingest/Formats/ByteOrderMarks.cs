namespace Dossier.Core.Ingest.Formats;

/// <summary>The byte-order marks that announce a text encoding.</summary>
public static class ByteOrderMarks
{
    public static ReadOnlySpan<byte> Utf8 => [0xEF, 0xBB, 0xBF];

    public static ReadOnlySpan<byte> Utf16LittleEndian => [0xFF, 0xFE];

    public static ReadOnlySpan<byte> Utf16BigEndian => [0xFE, 0xFF];
}

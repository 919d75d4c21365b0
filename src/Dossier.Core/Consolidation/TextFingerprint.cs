using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace Dossier.Core.Consolidation;

/// <summary>
/// A MinHash signature of a text's word 5-shingles, to tell copies of one press release (republished with
/// a new headline, boilerplate or a few edits) from independent reports. <see cref="Similarity"/> estimates
/// the Jaccard similarity of the shingle sets; <see cref="BandKeys"/> are locality-sensitive hashes so that
/// candidates are found by lookup, not by comparing every pair. Immutable.
/// </summary>
public sealed class TextFingerprint
{
    public const int HashCount = 64;
    public const int Bands = 16;
    public const int RowsPerBand = HashCount / Bands;
    public const int ShingleWords = 5;

    /// <summary>Estimated Jaccard similarity at or above which two texts count as one (a copy).</summary>
    public const double DuplicateThreshold = 0.7;

    private readonly ulong[] _minima;

    private TextFingerprint(ulong[] minima) => _minima = minima;

    public ReadOnlySpan<ulong> Minima => _minima;

    public static TextFingerprint Of(string text)
    {
        var words = Words(text);
        var minima = new ulong[HashCount];
        Array.Fill(minima, ulong.MaxValue);
        var count = Math.Max(1, words.Count - ShingleWords + 1);
        for (var i = 0; i < count; i++)
        {
            var shingle = string.Join(' ', words.Skip(i).Take(ShingleWords));
            var hash = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(shingle));
            for (var k = 0; k < HashCount; k++)
            {
                // One hash, many permutations: h_k(x) = mix(x ^ seed_k), a standard MinHash trick.
                var permuted = Mix(hash ^ Seed(k));
                if (permuted < minima[k])
                {
                    minima[k] = permuted;
                }
            }
        }

        return new TextFingerprint(minima);
    }

    public static TextFingerprint FromBytes(ReadOnlySpan<byte> bytes) =>
        new(MemoryMarshal.Cast<byte, ulong>(bytes).ToArray());

    public byte[] ToBytes() => MemoryMarshal.AsBytes(_minima.AsSpan()).ToArray();

    public double Similarity(TextFingerprint other)
    {
        var same = 0;
        for (var k = 0; k < HashCount; k++)
        {
            if (_minima[k] == other._minima[k])
            {
                same++;
            }
        }

        return (double)same / HashCount;
    }

    public bool IsDuplicateOf(TextFingerprint other) => Similarity(other) >= DuplicateThreshold;

    /// <summary>One key per band of rows; texts sharing any key are candidates.</summary>
    public IReadOnlyList<string> BandKeys()
    {
        var keys = new string[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var band = MemoryMarshal.AsBytes(_minima.AsSpan(b * RowsPerBand, RowsPerBand));
            keys[b] = string.Create(CultureInfo.InvariantCulture, $"{b}:{XxHash64.HashToUInt64(band):x16}");
        }

        return keys;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0)
            {
                words.Add(builder.ToString());
                builder.Clear();
            }
        }

        if (builder.Length > 0)
        {
            words.Add(builder.ToString());
        }

        return words;
    }

    private static ulong Seed(int k) => 0x9E3779B97F4A7C15UL * (ulong)(k + 1);

    // SplitMix64 finaliser: a cheap, well-mixed bijection.
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}

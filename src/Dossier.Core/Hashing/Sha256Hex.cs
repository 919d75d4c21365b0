using System.Security.Cryptography;
using System.Text;

namespace Dossier.Core.Hashing;

/// <summary>SHA-256 as lowercase hex, the form in which every hash is stored and shown.</summary>
public static class Sha256Hex
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string OfText(string text) => Of(Encoding.UTF8.GetBytes(text));

    public static async Task<string> OfStreamAsync(Stream stream, CancellationToken cancellationToken) =>
        Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
}

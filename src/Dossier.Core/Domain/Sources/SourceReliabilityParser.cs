namespace Dossier.Core.Domain.Sources;

/// <summary>Parses the one-letter Admiralty grade ("A" … "F", case-insensitive).</summary>
public static class SourceReliabilityParser
{
    public static bool TryParse(string? text, out SourceReliability reliability)
    {
        reliability = default;
        if (text is not { Length: 1 })
        {
            return false;
        }

        var letter = char.ToUpperInvariant(text[0]);
        if (letter is < 'A' or > 'F')
        {
            return false;
        }

        reliability = (SourceReliability)(letter - 'A');
        return true;
    }
}

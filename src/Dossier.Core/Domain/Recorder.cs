namespace Dossier.Core.Domain;

/// <summary>
/// Who recorded a claim. Extractors are written <c>name@version</c> with a version starting with a digit
/// ("dossier-text@0.1.0"); anything else is an analyst's user name.
/// </summary>
public static class Recorder
{
    public static bool IsExtractor(string recordedBy)
    {
        var at = recordedBy.LastIndexOf('@');
        return at > 0 && at + 1 < recordedBy.Length && char.IsAsciiDigit(recordedBy[at + 1]);
    }

    /// <summary>The extractor's name without version ("dossier-text"), or null for an analyst.</summary>
    public static string? ExtractorName(string recordedBy) =>
        IsExtractor(recordedBy) ? recordedBy[..recordedBy.LastIndexOf('@')] : null;
}

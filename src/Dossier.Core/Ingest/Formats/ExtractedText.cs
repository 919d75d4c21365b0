namespace Dossier.Core.Ingest.Formats;

/// <summary>
/// The outcome of reading a report's text: the text (and a title when the format carries one)
/// with any warnings, or the reason it could not be read. Immutable.
/// </summary>
public sealed record ExtractedText(string? Text, string? Title, IReadOnlyList<string> Warnings, string? Error)
{
    public bool Succeeded => Error is null;

    public static ExtractedText Ok(string text, string? title, IReadOnlyList<string> warnings) => new(text, title, warnings, null);

    public static ExtractedText Fail(string error) => new(null, null, [], error);
}

namespace Dossier.Core.Domain.Documents;

/// <summary>
/// The text extracted from a source: the one string every span offset points into. Immutable.
/// </summary>
public sealed record NewDocument(
    long SourceId,
    string Text,
    string TextSha256,
    string ExtractorVersion,
    IReadOnlyList<string> Warnings,
    DateTimeOffset CreatedAt);

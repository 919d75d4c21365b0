using Dossier.Text.Model;

namespace Dossier.Core.Domain.Documents;

/// <summary>A document as stored, with its id and the source it came from. Immutable.</summary>
public sealed record StoredDocument(
    long Id,
    long SourceId,
    string SourceSha256,
    string Text,
    string TextSha256,
    string ExtractorVersion,
    string CreatedAt)
{
    /// <summary>The publication date its source was given (day, month or year), if any.</summary>
    public DateValue? Published { get; init; }
}

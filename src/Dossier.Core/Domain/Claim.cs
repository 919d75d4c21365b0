using Dossier.Text.Model;

namespace Dossier.Core.Domain;

/// <summary>
/// "Source S says that field F of incident E is V": never "V is true". <see cref="Value"/> is JSON.
/// <see cref="RecordedBy"/> is a user name or an extractor id (<c>name@version</c>, see <see cref="Recorder"/>).
/// An analyst's correction is a new claim, not an overwrite. Immutable.
/// </summary>
public sealed record Claim(long Id, long IncidentId, string Field, string Value, long? SourceId, string RecordedBy)
{
    public TextSpan? Span { get; init; }

    /// <summary>Who the report attributes the statement to, when it is not the report's own voice.</summary>
    public string? Speaker { get; init; }

    public ClaimStatus Status { get; init; } = ClaimStatus.Proposed;

    public bool IsExtracted => Recorder.IsExtractor(RecordedBy);
}

namespace Dossier.Core.Consolidation;

/// <summary>
/// Why claims are on an incident: a source's event that started it or was joined to it (with the fields
/// that agreed), or an analyst's merge of another incident into it. Undoing a link moves its claims out. Immutable.
/// </summary>
public sealed record IncidentLink(long Id, long IncidentId, string Kind, string Reason, string By)
{
    public const string Started = "started";
    public const string Joined = "joined";
    public const string Merged = "merged";
    public const string Split = "split";

    public long? SourceId { get; init; }

    /// <summary>The event's position in the source's extraction.</summary>
    public int? EventOrdinal { get; init; }

    /// <summary>For a merge: the incident merged away (it forwards to <see cref="IncidentId"/>).</summary>
    public long? MergedIncidentId { get; init; }

    public bool Undone { get; init; }
}

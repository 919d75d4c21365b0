namespace Dossier.Core.Domain;

/// <summary>Where a claim stands in review. Extracted claims start as <see cref="Proposed"/>.</summary>
public enum ClaimStatus
{
    Proposed,
    Confirmed,
    Rejected,

    /// <summary>Replaced by a newer extraction of the same document; kept for the record, never shown.</summary>
    Superseded,
}

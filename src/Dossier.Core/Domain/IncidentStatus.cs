namespace Dossier.Core.Domain;

/// <summary>Review state of an incident.</summary>
public enum IncidentStatus
{
    Proposed,
    Confirmed,
    Rejected,

    /// <summary>Merged into another incident; its id forwards to the survivor.</summary>
    Merged,
}

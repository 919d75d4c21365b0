namespace Dossier.Text.Events;

/// <summary>
/// What the words around a trigger say about it: whether it reports something that happened, and how
/// it refers to its incident (again, as one of several, or as a distinct one).
/// </summary>
internal readonly record struct TriggerReading(bool IsEvent, string Reason)
{
    /// <summary>"the massacre", "these executions", "those killed": the incident was named before.</summary>
    public bool Anaphoric { get; init; }

    /// <summary>"three massacres": a figure before an incident noun counts incidents.</summary>
    public bool Aggregate { get; init; }

    /// <summary>"five other massacres", "another attack": not an incident named before.</summary>
    public bool Distinct { get; init; }

    /// <summary>"sixteen dead ... and one more the following day": a later part of the act told just before, with its own day.</summary>
    public bool LaterPart { get; init; }

    public static TriggerReading Not(string reason) => new(false, reason);
}

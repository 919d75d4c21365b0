namespace Dossier.Core.Consolidation.Queries;

/// <summary>An actor with its aliases and how often the record names it. Immutable.</summary>
public sealed record ActorRecord(long Id, string Kind, string Name, IReadOnlyList<string> Aliases, int Incidents, int Demands);

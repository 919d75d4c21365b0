namespace Dossier.Web.Data;

/// <summary>An actor with its aliases and how many incidents name it.</summary>
public sealed record ActorSummary(long Id, string Name, string Kind, IReadOnlyList<string> Aliases, int Incidents);

namespace Dossier.Web.Data;

/// <summary>An actor, the incidents that name it and the actors named alongside it.</summary>
public sealed record ActorDetail(ActorSummary Actor, IReadOnlyList<IncidentSummary> Incidents, IReadOnlyList<CoOccurrence> CoOccurring);

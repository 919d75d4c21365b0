namespace Dossier.Web.Data;

/// <summary>Another actor named in the same incidents, and in how many.</summary>
public sealed record CoOccurrence(long ActorId, string Name, int Incidents);

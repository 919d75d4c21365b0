namespace Dossier.Web.Endpoints;

/// <summary>Merge the incident <see cref="Other"/> into the one in the route.</summary>
public sealed record MergeRequest(long Other);

using Dossier.Web.Data;

namespace Dossier.Web.Endpoints;

/// <summary>The incident list's query string (shared by the API and the Incidents page).</summary>
public sealed record IncidentQuery(
    string? Type, DateOnly? From, DateOnly? To, string? Place, string? Country, string? Actor, string? Status, string? Q, int? Page)
{
    public IncidentFilter ToFilter() => new(
        Empty(Type), From, To, Empty(Place), Empty(Country), Empty(Actor), Empty(Status), Empty(Q), Math.Max(Page ?? 1, 1));

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

namespace Dossier.Web.Data;

/// <summary>The incident list's filters, as bound from the query string (all optional).</summary>
public sealed record IncidentFilter(
    string? Type = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Place = null,
    string? Country = null,
    string? Actor = null,
    string? Status = null,
    string? Text = null,
    int Page = 1,
    int PageSize = 50)
{
    public int Skip => (Math.Max(Page, 1) - 1) * PageSize;
}

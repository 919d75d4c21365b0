namespace Dossier.Core.Storage;

public partial interface IDossierStore
{
    /// <summary>Full-text search over document text; every word of the query must occur.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken);
}

using Dossier.Core.Storage;
using Dossier.Storage.Search;

namespace Dossier.Storage;

public abstract partial class SqlDossierStore
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken)
    {
        var terms = SearchTerms.Parse(query);
        if (terms.Count == 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken);
        return await Dialect.FullText.SearchAsync(connection, terms, limit, cancellationToken);
    }
}

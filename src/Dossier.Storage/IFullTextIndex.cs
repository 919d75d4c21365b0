using System.Data.Common;
using Dossier.Core.Storage;

namespace Dossier.Storage;

/// <summary>
/// Full-text search over document text, kept apart from the model tables because every database
/// does it its own way (FTS5 on SQLite, tsvector on PostgreSQL).
/// </summary>
public interface IFullTextIndex
{
    /// <summary>Indexes a document inside the transaction that stores it.</summary>
    Task AddAsync(DbConnection connection, DbTransaction transaction, long documentId, string text, CancellationToken cancellationToken);

    Task<IReadOnlyList<SearchHit>> SearchAsync(DbConnection connection, IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken);
}

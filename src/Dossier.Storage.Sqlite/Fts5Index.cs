using System.Data.Common;
using Dossier.Core.Storage;

namespace Dossier.Storage.Sqlite;

/// <summary>Full-text search with SQLite FTS5 over the document_fts table (see migration 002).</summary>
public sealed class Fts5Index : IFullTextIndex
{
    public async Task AddAsync(DbConnection connection, DbTransaction transaction, long documentId, string text, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, "INSERT INTO document_fts (rowid, text) VALUES (@id, @text)", ("id", documentId), ("text", text));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(DbConnection connection, IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken)
    {
        // Every term quoted: FTS5 then reads it as a plain word, never as query syntax.
        var match = string.Join(' ', terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        await using var command = connection.Command(
            null,
            $"""
            SELECT d.id, s.sha256, s.file_name, s.title,
                   snippet(document_fts, 0, '{SearchHit.HighlightStart}', '{SearchHit.HighlightEnd}', '…', 16), bm25(document_fts)
            FROM document_fts
            JOIN documents d ON d.id = document_fts.rowid
            JOIN sources s ON s.id = d.source_id
            WHERE document_fts MATCH @match
            ORDER BY bm25(document_fts), d.id
            LIMIT @limit
            """,
            ("match", match),
            ("limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hits = new List<SearchHit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new SearchHit(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetStringOrNull(3), reader.GetString(4), -reader.GetDouble(5)));
        }

        return hits;
    }
}

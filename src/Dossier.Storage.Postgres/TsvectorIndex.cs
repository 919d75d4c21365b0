using System.Data.Common;
using Dossier.Core.Storage;

namespace Dossier.Storage.Postgres;

/// <summary>
/// Full-text search with a tsvector per document in document_fts (GIN-indexed, see migration 002)
/// and ts_headline snippets read from documents.text.
/// </summary>
public sealed class TsvectorIndex : IFullTextIndex
{
    // A tsvector must stay under 1 MB. Word positions (used only for ranking) are what make it
    // grow with the length of a text, so very long texts are indexed without them.
    private const int PositionsUpToChars = 256 * 1024;

    private const string HeadlineOptions =
        $"StartSel=\"{SearchHit.HighlightStart}\", StopSel=\"{SearchHit.HighlightEnd}\", MaxWords=16, MinWords=6, ShortWord=2, MaxFragments=1";

    public async Task AddAsync(DbConnection connection, DbTransaction transaction, long documentId, string text, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            transaction,
            """
            INSERT INTO document_fts (document_id, terms)
            VALUES (@id, CASE WHEN length(@text) > @positions_up_to THEN strip(to_tsvector('simple', @text)) ELSE to_tsvector('simple', @text) END)
            """,
            ("id", documentId),
            ("text", text),
            ("positions_up_to", PositionsUpToChars));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(DbConnection connection, IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken)
    {
        // The terms are letters and digits only (SearchTerms); plainto_tsquery reads them as plain
        // words joined by AND, never as operators. Ranking and the limit come first, so the
        // costly headline is computed only for the rows returned.
        await using var command = connection.Command(
            null,
            $"""
            WITH query AS (SELECT plainto_tsquery('simple', @query) AS q),
            best AS (
                SELECT f.document_id, ts_rank(f.terms, query.q)::float8 AS rank
                FROM document_fts f, query
                WHERE f.terms @@ query.q
                ORDER BY rank DESC, f.document_id
                LIMIT @limit)
            SELECT d.id, s.sha256, s.file_name, s.title, ts_headline('simple', d.text, query.q, '{HeadlineOptions}'), best.rank
            FROM best
            CROSS JOIN query
            JOIN documents d ON d.id = best.document_id
            JOIN sources s ON s.id = d.source_id
            ORDER BY best.rank DESC, d.id
            """,
            ("query", string.Join(' ', terms)),
            ("limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hits = new List<SearchHit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new SearchHit(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetStringOrNull(3), reader.GetString(4), reader.GetDouble(5)));
        }

        return hits;
    }
}

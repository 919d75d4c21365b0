using System.Data.Common;
using System.Globalization;
using Dossier.Core.Storage;

namespace Dossier.Storage.Postgres;

/// <summary>
/// Full-text search with tsvectors in document_fts (GIN-indexed, see migration 002), one row per
/// chunk of a document, and ts_headline snippets read from documents.text.
/// </summary>
public sealed class TsvectorIndex : IFullTextIndex
{
    // Far below what could make one tsvector exceed its 1 MB limit, whatever the text.
    private const int ChunkChars = 50_000;

    private const string HeadlineOptions =
        $"StartSel=\"{SearchHit.HighlightStart}\", StopSel=\"{SearchHit.HighlightEnd}\", MaxWords=16, MinWords=6, ShortWord=2, MaxFragments=1";

    public async Task AddAsync(DbConnection connection, DbTransaction transaction, long documentId, string text, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            transaction,
            """
            INSERT INTO document_fts (document_id, chunk, terms)
            SELECT @id, part.ordinal, to_tsvector('simple', part.text)
            FROM unnest(@chunks) WITH ORDINALITY AS part (text, ordinal)
            """,
            ("id", documentId),
            ("chunks", Chunks(text, ChunkChars).ToArray()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(DbConnection connection, IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken)
    {
        // The terms are letters and digits only (SearchTerms); plainto_tsquery reads each as plain
        // words, never as operators. A chunk qualifies if it has any term (the GIN index finds
        // those); a document, if its chunks together have every term. Ranking and the limit come
        // first, so the costly headline is computed only for the rows returned.
        var parameters = new List<(string, object?)> { ("query", string.Join(' ', terms)), ("limit", limit) };
        var each = new List<string>();
        for (var i = 0; i < terms.Count; i++)
        {
            var name = "t" + i.ToString(CultureInfo.InvariantCulture);
            parameters.Add((name, terms[i]));
            each.Add($"plainto_tsquery('simple', @{name})");
        }

        var anyTerm = string.Join(" || ", each);
        var everyTerm = string.Join(" AND ", each.Select(q => $"bool_or(f.terms @@ {q})"));
        await using var command = connection.Command(
            null,
            $"""
            WITH best AS (
                SELECT f.document_id, SUM(ts_rank(f.terms, {anyTerm}))::float8 AS rank
                FROM document_fts f
                WHERE f.terms @@ ({anyTerm})
                GROUP BY f.document_id
                HAVING {everyTerm}
                ORDER BY rank DESC, f.document_id
                LIMIT @limit)
            SELECT d.id, s.sha256, s.file_name, s.title,
                   ts_headline('simple', d.text, plainto_tsquery('simple', @query), '{HeadlineOptions}'), best.rank
            FROM best
            JOIN documents d ON d.id = best.document_id
            JOIN sources s ON s.id = d.source_id
            ORDER BY best.rank DESC, d.id
            """,
            [.. parameters]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hits = new List<SearchHit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new SearchHit(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetStringOrNull(3), reader.GetString(4), reader.GetDouble(5)));
        }

        return hits;
    }

    /// <summary>Cuts text into pieces of at most <paramref name="size"/> characters, at whitespace where there is some, never inside a surrogate pair.</summary>
    internal static IEnumerable<string> Chunks(string text, int size)
    {
        var start = 0;
        while (text.Length - start > size)
        {
            var end = start + size;
            var cut = end;
            while (cut > start + size / 2 && !char.IsWhiteSpace(text[cut - 1]))
            {
                cut--;
            }

            if (cut == start + size / 2)
            {
                cut = char.IsHighSurrogate(text[end - 1]) ? end - 1 : end;
            }

            yield return text[start..cut];
            start = cut;
        }

        yield return text[start..];
    }
}

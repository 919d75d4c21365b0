using Dossier.Core.Domain;

namespace Dossier.Web.Data.Sqlite;

public sealed partial class SqliteAnalystQueries
{
    private const string SourceColumns = "id, COALESCE(title, file_name), publisher, published, sha256, added_at, added_by";

    private static SourceSummary ReadSource(System.Data.Common.DbDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), Str(r, 2), Str(r, 3), r.GetString(4), Instant(r.GetString(5)), r.GetString(6));

    public async Task<PagedList<SourceSummary>> ListSourcesAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var total = await ScalarAsync(connection, "SELECT COUNT(*) FROM sources", cancellationToken);
        var items = await ListAsync(connection, $"SELECT {SourceColumns} FROM sources ORDER BY id DESC LIMIT @take OFFSET @skip", ReadSource,
            cancellationToken, ("take", pageSize), ("skip", (Math.Max(page, 1) - 1) * pageSize));
        return new PagedList<SourceSummary>(items, (int)total, page, pageSize);
    }

    public async Task<ReportView?> GetReportAsync(long sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var source = await ListAsync(connection, "SELECT id, COALESCE(title, file_name), publisher, url, published, sha256, file_name, media_type FROM sources WHERE id = @id",
            r => (Id: r.GetInt64(0), Title: r.GetString(1), Publisher: Str(r, 2), Url: Str(r, 3), Published: Str(r, 4), Sha: r.GetString(5), File: r.GetString(6), Media: r.GetString(7)),
            cancellationToken, ("id", sourceId));
        if (source.Count == 0) return null;
        var s = source[0];
        var document = await ListAsync(connection, "SELECT id, text FROM documents WHERE source_id = @id ORDER BY id DESC LIMIT 1",
            r => (Id: r.GetInt64(0), Text: r.GetString(1)), cancellationToken, ("id", sourceId));
        var (documentId, text) = document.Count == 0 ? (0L, "") : document[0];

        // Claims first: where a claim and a bare mention share a span, the highlight links to the claim.
        var highlights = await ListAsync(
            connection,
            """
            SELECT c.span_start, c.span_end, c.field, c.value_json, c.id, c.event_id
            FROM claims c
            WHERE c.document_id = @doc AND c.span_start IS NOT NULL AND c.status <> 'superseded'
            """,
            r => new Highlight(r.GetInt32(0), r.GetInt32(1), KindOf(r.GetString(2)), Labels(r.GetString(2), r.GetString(3)), r.GetInt64(4), r.GetInt64(5)),
            cancellationToken, ("doc", documentId));
        var mentions = await ListAsync(
            connection,
            """
            SELECT m.span_start, m.span_end, m.kind, COALESCE(m.label, m.value, m.kind) FROM mentions m
            WHERE m.extraction_id = (SELECT MAX(x.id) FROM extractions x WHERE x.document_id = @doc)
            """,
            r => new Highlight(r.GetInt32(0), r.GetInt32(1), r.GetString(2).ToLowerInvariant(), r.GetString(3), null, null),
            cancellationToken, ("doc", documentId));
        var claimed = highlights.Select(h => (h.Start, h.End)).ToHashSet();
        highlights.AddRange(mentions.Where(m => !claimed.Contains((m.Start, m.End))));
        return new ReportView(s.Id, s.Title, s.Publisher, s.Url, s.Published, s.Sha, s.File, s.Media, text, highlights);
    }

    private static string KindOf(string field) => field switch
    {
        _ when ClaimFields.IsCount(field) => "count",
        ClaimFields.Date => "date",
        ClaimFields.Place or ClaimFields.Country => "place",
        ClaimFields.Perpetrator or ClaimFields.Victims => "actor",
        ClaimFields.Type or ClaimFields.Also => "event",
        _ => "other",
    };

    private static string Labels(string field, string valueJson) => $"{field} = {Dossier.Core.Consolidation.ClaimValues.Display(valueJson)}";

    public async Task<OriginalFile?> GetOriginalAsync(long sourceId, CancellationToken cancellationToken)
    {
        var rows = await ListAsync("SELECT file_name, media_type, sha256, content FROM sources WHERE id = @id",
            r => new OriginalFile(r.GetString(0), r.GetString(1), r.GetString(2), (byte[])r.GetValue(3)), cancellationToken, ("id", sourceId));
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken)
    {
        var hits = await store.SearchAsync(query, limit, cancellationToken);
        if (hits.Count == 0) return [];
        var (list, parameters) = InList(hits.Select(h => h.DocumentId).ToList());
        var sources = (await ListAsync($"SELECT d.id, s.id, s.publisher FROM documents d JOIN sources s ON s.id = d.source_id WHERE d.id IN {list}",
            r => (Document: r.GetInt64(0), Source: r.GetInt64(1), Publisher: Str(r, 2)), cancellationToken, parameters)).ToDictionary(x => x.Document);
        return hits.Select(h => new SearchHit(sources[h.DocumentId].Source, h.Title ?? h.FileName, sources[h.DocumentId].Publisher,
            h.Snippet.Replace(Dossier.Core.Storage.SearchHit.HighlightStart, "", StringComparison.Ordinal))).ToList();
    }
}

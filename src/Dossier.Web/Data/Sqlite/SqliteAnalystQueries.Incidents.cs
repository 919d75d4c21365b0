using System.Data.Common;
using System.Text;
using Dossier.Core.Consolidation;
using Dossier.Core.Domain;
using Dossier.Storage.Search;

namespace Dossier.Web.Data.Sqlite;

public sealed partial class SqliteAnalystQueries
{
    private const string IncidentColumns =
        """
        e.id, e.type, e.date_start, e.date_end, e.status, p.name, COALESCE(e.country, p.country), 0
        """;

    public async Task<PagedList<IncidentSummary>> ListIncidentsAsync(IncidentFilter filter, CancellationToken cancellationToken)
    {
        var (where, parameters) = Where(filter);
        await using var connection = await OpenAsync(cancellationToken);
        // The count joins places only when a filter needs them: without the join it reads one index.
        var join = filter.Place is not null || filter.Country is not null ? "LEFT JOIN places p ON p.id = e.place_id" : "";
        var total = await ScalarAsync(connection, $"SELECT COUNT(*) FROM events e {join} WHERE {where}", cancellationToken, parameters);
        var rows = await ListAsync(
            connection,
            $"SELECT {IncidentColumns} FROM events e LEFT JOIN places p ON p.id = e.place_id WHERE {where} ORDER BY e.date_start DESC, e.id DESC LIMIT @take OFFSET @skip",
            ReadIncidentRow, cancellationToken, [.. parameters, ("take", filter.PageSize), ("skip", filter.Skip)]);
        var items = await SummariesAsync(connection, rows, cancellationToken);
        return new PagedList<IncidentSummary>(items, (int)total, Math.Max(filter.Page, 1), filter.PageSize);
    }

    private sealed record IncidentRow(long Id, string Type, string? DateStart, string? DateEnd, string Status, string? Place, string? Country, int Reports)
    {
        /// <summary>"2014-09-26"; "2015-01" for a whole month; "2004" for a whole year; else "start – end".</summary>
        public string? Date => DateStart is null ? null
            : DateEnd is null || DateEnd == DateStart ? DateStart
            : WholePeriod(DateStart, DateEnd) ?? $"{DateStart} – {DateEnd}";

        private static string? WholePeriod(string start, string end)
        {
            if (!DateOnly.TryParseExact(start, "yyyy-MM-dd", out var from) || !DateOnly.TryParseExact(end, "yyyy-MM-dd", out var to) || from.Day != 1) return null;
            if (from.Month == 1 && to == new DateOnly(from.Year, 12, 31)) return start[..4];
            return to == from.AddMonths(1).AddDays(-1) ? start[..7] : null;
        }
    }

    private static IncidentRow ReadIncidentRow(DbDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), Str(r, 2), Str(r, 3), r.GetString(4), Str(r, 5), Str(r, 6), r.GetInt32(7));

    /// <summary>
    /// Adds each incident's report count and shown "killed" figure, computed from the claims of the incident
    /// and of every incident merged into it, under the same rule as the incident page. Reads only what the
    /// list shows: the "killed" claims (with their sources' publisher and grade) and a count of sources per
    /// incident, not every claim of the page's incidents.
    /// </summary>
    private static async Task<IReadOnlyList<IncidentSummary>> SummariesAsync(DbConnection connection, List<IncidentRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return [];
        var (ids, parameters) = InList(rows.Select(r => r.Id).ToList());
        var killedField = ClaimFields.Count("killed");
        var killedClaims = await ListAsync(
            connection, KilledClaimsSql(ids),
            r => (Root: r.GetInt64(8), Row: ReadShownClaim(r, killedField)), cancellationToken, [.. parameters, ("field", killedField)]);
        var reports = (await ListAsync(connection, ReportCountsSql(ids), r => (Root: r.GetInt64(0), Count: r.GetInt32(1)), cancellationToken, parameters))
            .ToDictionary(r => r.Root, r => r.Count);
        var byIncident = killedClaims.ToLookup(c => c.Root, c => c.Row);
        return rows.Select(row =>
        {
            var killed = Shown(killedField, byIncident[row.Id].ToList());
            return new IncidentSummary(row.Id, row.Type, row.Date, row.Place, row.Country, row.Status,
                reports.GetValueOrDefault(row.Id),
                killed.Value is null ? null : ClaimValues.Display(killed.Value), killed.Disagreement);
        }).ToList();
    }

    /// <summary>The incidents of <paramref name="ids"/> ("(@p0, …)") with every incident merged into them, as (root, id).</summary>
    private static string Members(string ids) =>
        $"""
        WITH RECURSIVE members(root, id) AS (
            SELECT id, id FROM events WHERE id IN {ids}
            UNION ALL SELECT members.root, e.id FROM events e JOIN members ON e.merged_into = members.id)
        """;

    // CROSS JOIN makes SQLite start from the page's incidents and look their claims up by incident
    // (ix_claims_event). Left to choose, it scanned every claim on record with a bloom filter on the
    // page's incidents: a cost that grew with the corpus (most of the list's time at 20,000 reports).
    // "+c.field" keeps it from looking claims up by field (ix_claims_field_ref) instead.
    internal static string KilledClaimsSql(string ids) =>
        $"""
        {Members(ids)}
        SELECT c.id, c.event_id, c.value_json, c.source_id, c.recorded_by, c.status, s.publisher, s.reliability, members.root
        FROM members CROSS JOIN claims c ON c.event_id = members.id LEFT JOIN sources s ON s.id = c.source_id
        WHERE +c.field = @field
        """;

    internal static string ReportCountsSql(string ids) =>
        $"""
        {Members(ids)}
        SELECT members.root, COUNT(DISTINCT c.source_id) FROM members CROSS JOIN claims c ON c.event_id = members.id GROUP BY members.root
        """;

    /// <summary>A claim with only what the shown-value rule reads: value, source, status, and the source's publisher and grade.</summary>
    private static ClaimRow ReadShownClaim(DbDataReader r, string field)
    {
        var claim = new Claim(r.GetInt64(0), r.GetInt64(1), field, r.GetString(2), Long(r, 3), r.GetString(4))
        {
            Status = Enum.TryParse<ClaimStatus>(r.GetString(5), ignoreCase: true, out var status) ? status : ClaimStatus.Proposed,
        };
        return new ClaimRow(claim, null, null, null, "", null, null, Str(r, 6), Str(r, 7));
    }

    private static (string Sql, (string, object?)[] Parameters) Where(IncidentFilter f)
    {
        // "+" keeps SQLite from answering IS NULL through ix_events_merged_into, which would look up
        // every live incident row by row (measured: 6x slower than a scan on 10,000 incidents).
        var sql = new StringBuilder("+e.merged_into IS NULL");
        var parameters = new List<(string, object?)>();
        void Add(string condition, string name, object? value)
        {
            sql.Append(" AND ").Append(condition);
            parameters.Add((name, value));
        }

        if (f.Type is not null) Add("e.type = @type", "type", f.Type);
        if (f.From is { } from) Add("COALESCE(e.date_end, e.date_start) >= @from", "from", from.ToString("yyyy-MM-dd"));
        if (f.To is { } to) Add("e.date_start <= @to", "to", to.ToString("yyyy-MM-dd"));
        if (f.Country is not null) Add("COALESCE(e.country, p.country) = @country COLLATE NOCASE", "country", f.Country);
        if (f.Status is not null) Add("e.status = @status", "status", f.Status);
        if (f.Place is not null)
            Add("(p.name LIKE @place OR EXISTS (SELECT 1 FROM place_aliases pa WHERE pa.place_id = p.id AND pa.alias LIKE @place))", "place", "%" + f.Place + "%");
        if (f.Actor is not null)
            Add("EXISTS (SELECT 1 FROM claims c WHERE c.event_id = e.id AND c.field IN ('perpetrator', 'victims', 'actor') AND c.value_json LIKE @actor)", "actor", "%" + f.Actor + "%");
        if (f.Text is not null && SearchTerms.Parse(f.Text) is { Count: > 0 } terms)
            Add(
                """
                EXISTS (SELECT 1 FROM claims c JOIN documents d ON d.source_id = c.source_id
                        WHERE c.event_id = e.id AND d.id IN (SELECT rowid FROM document_fts WHERE document_fts MATCH @match))
                """,
                "match", string.Join(' ', terms.Select(t => "\"" + t + "\"")));
        return (sql.ToString(), parameters.ToArray());
    }
}

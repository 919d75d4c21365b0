using System.Data.Common;
using System.Globalization;
using Dossier.Core.Consolidation;
using Dossier.Core.Consolidation.Queries;
using Dossier.Core.Domain;

namespace Dossier.Web.Data.Sqlite;

public sealed partial class SqliteAnalystQueries
{
    private static readonly string[] FieldOrder = [ClaimFields.Type, ClaimFields.Date, ClaimFields.Place, ClaimFields.Country, ClaimFields.Perpetrator, ClaimFields.Victims];

    /// <summary>
    /// The incident page, from consolidation's query (<see cref="IRecordQueries.GetIncidentAsync"/>: shown values,
    /// low/high, flags, claims with quotes, forwarding), plus what the page adds: titles, notes and times.
    /// </summary>
    public async Task<IncidentDetail?> GetIncidentAsync(long id, CancellationToken cancellationToken)
    {
        if (await store.GetIncidentAsync(id, cancellationToken) is not { } record) return null;
        await using var connection = await OpenAsync(cancellationToken);
        var extras = new Dictionary<long, (string? Note, string CreatedAt)>();
        if (record.Claims.Count > 0)
        {
            var (list, parameters) = InList(record.Claims.Select(c => c.Id).ToList());
            foreach (var row in await ListAsync(connection, $"SELECT id, note, created_at FROM claims WHERE id IN {list}", r => (Id: r.GetInt64(0), Note: Str(r, 1), At: r.GetString(2)), cancellationToken, parameters))
                extras[row.Id] = (row.Note, row.At);
        }

        var sourceIds = record.Claims.Select(c => c.SourceId).OfType<long>().Distinct().ToList();
        var reports = new List<TimelineEntry>();
        if (sourceIds.Count > 0)
        {
            var (list, parameters) = InList(sourceIds);
            reports = await ListAsync(
                connection,
                $"SELECT id, COALESCE(title, file_name), publisher, published FROM sources WHERE id IN {list} ORDER BY COALESCE(published, added_at), id",
                r => new TimelineEntry(r.GetInt64(0), r.GetString(1), Str(r, 2), Str(r, 3), record.Claims.Count(c => c.SourceId == r.GetInt64(0))),
                cancellationToken, parameters);
        }

        var titles = reports.ToDictionary(r => r.SourceId, r => r.Title);
        var fields = record.Claims.GroupBy(c => c.Field)
            .OrderBy(g => Array.IndexOf(FieldOrder, g.Key) is var i && i >= 0 ? i : ClaimFields.IsCount(g.Key) ? FieldOrder.Length : FieldOrder.Length + 1)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var shown = record.Shown.FirstOrDefault(s => s.Field == g.Key) ?? new ShownValue(g.Key, null, ShownRule.None, 0);
                return new FieldClaims(
                    g.Key,
                    shown.Value is null ? null : ClaimValues.Display(shown.Value),
                    shown.LowHigh?.Min.ToString(CultureInfo.InvariantCulture),
                    shown.LowHigh?.Max.ToString(CultureInfo.InvariantCulture),
                    shown.Disagreement,
                    RuleText(shown),
                    g.Select(c => View(c, titles, extras)).ToList());
            })
            .ToList();

        var s = record.Summary;
        return new IncidentDetail(record.Id, s.Type, s.Status, s.Date, s.Place, s.Country, record.Version, fields, reports, record.MergedFrom);
    }

    private static ClaimView View(ClaimRecord c, IReadOnlyDictionary<long, string> titles, IReadOnlyDictionary<long, (string? Note, string CreatedAt)> extras)
    {
        var extra = extras.GetValueOrDefault(c.Id);
        return new ClaimView(c.Id, c.IncidentId, c.Field, c.Display, c.SourceId,
            c.SourceId is { } sid ? titles.GetValueOrDefault(sid) ?? c.SourceFile : null, c.Publisher, c.SpanStart, c.SpanEnd, c.Quote, c.Speaker,
            c.RecordedBy, c.Status.ToString().ToLowerInvariant(), extra.Note, extra.CreatedAt is null ? DateTimeOffset.MinValue : Instant(extra.CreatedAt));
    }

    public async Task<long?> ResolveIncidentAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ResolveAsync(connection, id, cancellationToken);
    }

    public async Task<IReadOnlyList<long>> IncidentsOfSourceAsync(long sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var ids = await ListAsync(connection, "SELECT DISTINCT event_id FROM claims WHERE source_id = @id", r => r.GetInt64(0), cancellationToken, ("id", sourceId));
        var resolved = new List<long>();
        foreach (var id in ids)
            if (await ResolveAsync(connection, id, cancellationToken) is { } survivor && !resolved.Contains(survivor)) resolved.Add(survivor);
        return resolved;
    }

    /// <summary>The latest merge into this incident that has not been undone, if any (what "split" undoes).</summary>
    public async Task<long?> LatestMergeLinkAsync(long incidentId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await ListAsync(connection,
            "SELECT id FROM event_links WHERE event_id = @id AND kind = 'merged' AND undone_at IS NULL ORDER BY id DESC LIMIT 1",
            r => r.GetInt64(0), cancellationToken, ("id", incidentId));
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Follows merged-away ids to the incident that now stands for them.</summary>
    private static async Task<long?> ResolveAsync(DbConnection connection, long id, CancellationToken cancellationToken)
    {
        var current = id;
        for (var hops = 0; hops < 64; hops++)
        {
            var next = await ListAsync(connection, "SELECT merged_into FROM events WHERE id = @id", r => Long(r, 0), cancellationToken, ("id", current));
            if (next.Count == 0) return null;
            if (next[0] is not { } survivor) return current;
            current = survivor;
        }

        throw new InvalidOperationException($"incident {id}: merge forwarding does not end (a cycle)");
    }
}

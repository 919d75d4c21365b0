using System.Data.Common;
using Dossier.Core.Domain;

namespace Dossier.Web.Data.Sqlite;

public sealed partial class SqliteAnalystQueries
{
    private static readonly string[] FieldOrder = [ClaimFields.Type, ClaimFields.Date, ClaimFields.Place, ClaimFields.Country, ClaimFields.Perpetrator, ClaimFields.Victims];

    public async Task<IncidentDetail?> GetIncidentAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (await ResolveAsync(connection, id, cancellationToken) is not { } resolved) return null;
        var incident = (await ListAsync(
            connection,
            $"SELECT {IncidentColumns}, e.version FROM events e LEFT JOIN places p ON p.id = e.place_id WHERE e.id = @id",
            r => (Row: ReadIncidentRow(r), Version: r.GetInt64(8)), cancellationToken, ("id", resolved))).Single();

        // Claims on the incident and on any incident merged into it (a merge may forward without moving claims).
        var claims = await ListAsync(
            connection,
            $"""
            SELECT {ClaimColumns} FROM claims c LEFT JOIN sources s ON s.id = c.source_id
            WHERE c.event_id = @id OR c.event_id IN (SELECT id FROM events WHERE merged_into = @id)
            ORDER BY c.id
            """,
            ReadClaimRow, cancellationToken, ("id", resolved));
        var texts = await DocumentTextsAsync(connection, claims, cancellationToken);
        var fields = claims.GroupBy(c => c.Claim.Field)
            .OrderBy(g => Array.IndexOf(FieldOrder, g.Key) is var i && i >= 0 ? i : FieldOrder.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var list = g.ToList();
                var shown = Shown(g.Key, list);
                return new FieldClaims(
                    g.Key,
                    shown.Value is null ? null : Dossier.Core.Consolidation.ClaimValues.Display(shown.Value),
                    shown.LowHigh?.Min.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    shown.LowHigh?.Max.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    shown.Disagreement,
                    RuleText(shown),
                    list.Select(c => View(c, c.DocumentId is { } d ? texts.GetValueOrDefault(d) : null)).ToList());
            })
            .ToList();

        var sourceIds = claims.Select(c => c.Claim.SourceId).OfType<long>().Distinct().ToList();
        var reports = new List<TimelineEntry>();
        if (sourceIds.Count > 0)
        {
            var (list, parameters) = InList(sourceIds);
            reports = await ListAsync(
                connection,
                $"SELECT id, COALESCE(title, file_name), publisher, published FROM sources WHERE id IN {list} ORDER BY COALESCE(published, added_at), id",
                r => new TimelineEntry(r.GetInt64(0), r.GetString(1), Str(r, 2), Str(r, 3), claims.Count(c => c.Claim.SourceId == r.GetInt64(0))),
                cancellationToken, parameters);
        }

        var mergedFrom = await ListAsync(connection, "SELECT id FROM events WHERE merged_into = @id ORDER BY id", r => r.GetInt64(0), cancellationToken, ("id", resolved));
        var row = incident.Row;
        return new IncidentDetail(row.Id, row.Type, row.Status, row.Date, row.Place, row.Country, incident.Version, fields, reports, mergedFrom);
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

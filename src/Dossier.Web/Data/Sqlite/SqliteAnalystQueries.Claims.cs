using System.Data.Common;
using Dossier.Core.Consolidation;
using Dossier.Core.Domain;
using Dossier.Core.Domain.Sources;

namespace Dossier.Web.Data.Sqlite;

public sealed partial class SqliteAnalystQueries
{
    private const string ClaimColumns =
        """
        c.id, c.event_id, c.field, c.value_json, c.source_id, c.recorded_by, c.status, c.span_start, c.span_end,
        c.speaker, c.note, c.created_at, c.document_id, s.title, s.file_name, s.publisher, s.reliability
        """;

    /// <summary>A claim as read, with what the shown-value rule and the page need of its source.</summary>
    private sealed record ClaimRow(Claim Claim, int? SpanStart, int? SpanEnd, string? Note, string CreatedAt, long? DocumentId, string? SourceTitle, string? Publisher, string? Reliability);

    private static ClaimRow ReadClaimRow(DbDataReader r)
    {
        var claim = new Claim(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), Long(r, 4), r.GetString(5))
        {
            Status = Enum.TryParse<ClaimStatus>(r.GetString(6), ignoreCase: true, out var status) ? status : ClaimStatus.Proposed,
            Speaker = Str(r, 9),
        };
        return new ClaimRow(claim, r.IsDBNull(7) ? null : r.GetInt32(7), r.IsDBNull(8) ? null : r.GetInt32(8), Str(r, 10), r.GetString(11),
            Long(r, 12), Str(r, 13) ?? Str(r, 14), Str(r, 15), Str(r, 16));
    }

    /// <summary>The shown value of one field under consolidation's rule, from the claims given.</summary>
    private static ShownValue Shown(string field, IReadOnlyList<ClaimRow> claims)
    {
        var sources = claims.Where(c => c.Claim.SourceId is not null)
            .GroupBy(c => c.Claim.SourceId!.Value)
            .ToDictionary(g => g.Key, g => new SourceView(g.Key, g.First().Publisher)
            {
                Grade = g.First().Reliability is { } grade && Enum.TryParse<SourceReliability>(grade, out var parsed) ? parsed : null,
            });
        var groups = new IndependenceGroups(sources.Values);
        var all = claims.Select(c => c.Claim);
        return field == ClaimFields.Perpetrator
            ? ShownValueRule.ComputePerpetrators(all, sources, groups)
            : ShownValueRule.Compute(field, all, sources, groups);
    }

    private static string RuleText(ShownValue shown) => shown.Rule switch
    {
        ShownRule.Analyst => "confirmed by an analyst",
        ShownRule.Agreement => $"given by {shown.Support} independent publishers",
        ShownRule.Reliability => "sources split: most reliable source",
        ShownRule.SingleSource => "one publisher",
        _ => "no usable claim",
    };

    private static ClaimView View(ClaimRow row, string? documentText) => new(
        row.Claim.Id,
        row.Claim.IncidentId,
        row.Claim.Field,
        ClaimValues.Display(row.Claim.Value),
        row.Claim.SourceId,
        row.SourceTitle,
        row.Publisher,
        row.SpanStart,
        row.SpanEnd,
        Quote(documentText, row.SpanStart, row.SpanEnd),
        row.Claim.Speaker,
        row.Claim.RecordedBy,
        row.Claim.Status.ToString().ToLowerInvariant(),
        row.Note,
        Instant(row.CreatedAt));

    /// <summary>The exact span the claim rests on (offsets index the document text), or nothing when it does not fit.</summary>
    private static string? Quote(string? text, int? start, int? end) =>
        text is not null && start is { } s && end is { } e && s >= 0 && e <= text.Length && e > s ? text[s..e] : null;

    public async Task<ClaimView?> GetClaimAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await ListAsync(connection, $"SELECT {ClaimColumns} FROM claims c LEFT JOIN sources s ON s.id = c.source_id WHERE c.id = @id", ReadClaimRow, cancellationToken, ("id", id));
        if (rows.Count == 0) return null;
        var texts = await DocumentTextsAsync(connection, rows, cancellationToken);
        return View(rows[0], rows[0].DocumentId is { } d ? texts.GetValueOrDefault(d) : null);
    }

    private static async Task<Dictionary<long, string>> DocumentTextsAsync(DbConnection connection, IEnumerable<ClaimRow> claims, CancellationToken cancellationToken)
    {
        var ids = claims.Select(c => c.DocumentId).OfType<long>().Distinct().ToList();
        if (ids.Count == 0) return [];
        var (list, parameters) = InList(ids);
        var rows = await ListAsync(connection, $"SELECT id, text FROM documents WHERE id IN {list}", r => (Id: r.GetInt64(0), Text: r.GetString(1)), cancellationToken, parameters);
        return rows.ToDictionary(r => r.Id, r => r.Text);
    }
}

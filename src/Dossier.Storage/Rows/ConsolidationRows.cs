using System.Data.Common;
using System.Text.Json;
using Dossier.Core.Consolidation;
using Dossier.Core.Domain;
using Dossier.Text.Model;

namespace Dossier.Storage.Rows;

/// <summary>The one place that maps events, claims and their neighbours to and from rows.</summary>
internal static class ConsolidationRows
{
    public const string SignatureColumns = "e.id, e.families, e.date_start, e.date_end, e.date_precision, e.place_id, p.kind, e.country";

    public const string ClaimColumns = "c.id, c.event_id, c.field, c.value_json, c.source_id, c.recorded_by, c.span_start, c.span_end, c.speaker, c.status, c.link_id";

    /// <summary>An events row as written; a record so that "unchanged" is equality.</summary>
    public sealed record Event(string Type, string Also, string? DateStart, string? DateEnd, string? DatePrecision, long? PlaceId, string? Country, string Families);

    public static Event EventRow(Incident incident, IncidentSignature signature) => new(
        incident.Type,
        JsonSerializer.Serialize(incident.Also),
        signature.Date?.Start.ToString("yyyy-MM-dd"),
        signature.Date?.End.ToString("yyyy-MM-dd"),
        signature.Date is { } d ? PrecisionName(d) : null,
        signature.PlaceId,
        signature.CountryCode,
        JsonSerializer.Serialize(signature.Families));

    public static Event ReadEvent(DbDataReader r) => new(
        r.GetString(0), r.GetStringOrNull(1) ?? "[]", r.GetStringOrNull(2), r.GetStringOrNull(3), r.GetStringOrNull(4),
        r.IsDBNull(5) ? null : r.GetInt64(5), r.GetStringOrNull(6), r.GetStringOrNull(7) ?? "[]");

    public static IncidentSignature ReadSignature(DbDataReader r) => new(
        r.GetInt64(0),
        ReadList(r.GetStringOrNull(1)),
        ReadDate(r.GetStringOrNull(2), r.GetStringOrNull(3), r.GetStringOrNull(4)),
        r.IsDBNull(5) ? null : r.GetInt64(5),
        r.GetStringOrNull(6),
        r.GetStringOrNull(7));

    public static Claim ReadClaim(DbDataReader r) => new(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetInt64(4), r.GetString(5))
    {
        Span = r.IsDBNull(6) || r.IsDBNull(7) ? null : new TextSpan(r.GetInt32(6), r.GetInt32(7)),
        Speaker = r.GetStringOrNull(8),
        Status = ParseStatus(r.GetString(9)),
    };

    /// <summary>The place or actor id a claim value names, if any.</summary>
    public static long? ReferencedId(string valueJson)
    {
        if (!valueJson.StartsWith('{'))
        {
            return null;
        }

        using var json = JsonDocument.Parse(valueJson);
        foreach (var name in new[] { "place_id", "actor_id" })
        {
            if (json.RootElement.TryGetProperty(name, out var id) && id.ValueKind == JsonValueKind.Number)
            {
                return id.GetInt64();
            }
        }

        return null;
    }

    public static IReadOnlyList<string> ReadList(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];

    /// <summary>Dates are stored as first and last day plus precision; an interval has the precision "range".</summary>
    public static PartialDate? ReadDate(string? start, string? end, string? precision)
    {
        if (start is null || end is null || precision is null)
        {
            return null;
        }

        var s = DateOnly.ParseExact(start, "yyyy-MM-dd");
        var e = DateOnly.ParseExact(end, "yyyy-MM-dd");
        var interval = precision.StartsWith("range", StringComparison.Ordinal);
        var level = precision.EndsWith("year", StringComparison.Ordinal) ? DatePrecision.Year
            : precision.EndsWith("month", StringComparison.Ordinal) ? DatePrecision.Month : DatePrecision.Day;
        return new PartialDate(s, e, level, interval);
    }

    public static string PrecisionName(PartialDate date) =>
        (date.IsInterval ? "range-" : "") + DateValue.PrecisionName(date.Precision);

    public static string ActorKindName(ActorKind kind) => kind == ActorKind.Person ? "person" : "organisation";

    public static string StatusName(ClaimStatus status) => status.ToString().ToLowerInvariant();

    public static ClaimStatus ParseStatus(string status) => Enum.Parse<ClaimStatus>(status, ignoreCase: true);
}

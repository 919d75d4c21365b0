using System.Text.Json;
using Dossier.Core.Consolidation;
using Dossier.Core.Domain;
using Dossier.Storage.Rows;

namespace Dossier.Storage;

public sealed partial class SqlRecordWriter
{
    public Task<IReadOnlyList<KeyHit>> FindActorKeysAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        FindKeysAsync("actor_keys", "actor_id", keys, cancellationToken);

    public Task<IReadOnlyList<KeyHit>> FindPlaceKeysAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        FindKeysAsync("place_keys", "place_id", keys, cancellationToken, "(SELECT country FROM places p WHERE p.id = place_id)");

    public async Task<long> AddActorAsync(ActorKind kind, string name, CancellationToken cancellationToken)
    {
        var row = new { Name = name, Kind = ConsolidationRows.ActorKindName(kind), CreatedAt = Now() };
        var id = await InsertReturningIdAsync(
            "INSERT INTO actors (name, kind, created_at) VALUES (@name, @kind, @created_at)",
            cancellationToken, ("name", row.Name), ("kind", row.Kind), ("created_at", row.CreatedAt));
        await AppendAuditAsync("add", "actor", Key(id), null, row, cancellationToken);
        return id;
    }

    public Task AddActorNamesAsync(long actorId, IReadOnlyCollection<string> aliases, IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        AddNamesAsync("actor", actorId, aliases, keys, cancellationToken);

    public async Task<long> AddPlaceAsync(Place place, CancellationToken cancellationToken)
    {
        var row = new { place.Name, Country = place.CountryCode, Lat = place.Latitude, Lon = place.Longitude, place.Kind, CreatedAt = Now() };
        var id = await InsertReturningIdAsync(
            "INSERT INTO places (name, country, lat, lon, kind, precision, created_at) VALUES (@name, @country, @lat, @lon, @kind, @kind, @created_at)",
            cancellationToken, ("name", row.Name), ("country", row.Country), ("lat", row.Lat), ("lon", row.Lon), ("kind", row.Kind), ("created_at", row.CreatedAt));
        await AppendAuditAsync("add", "place", Key(id), null, row, cancellationToken);
        return id;
    }

    public Task AddPlaceNamesAsync(long placeId, IReadOnlyCollection<string> aliases, IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        AddNamesAsync("place", placeId, aliases, keys, cancellationToken);

    public async Task<IReadOnlyList<(long SourceId, TextFingerprint Fingerprint)>> FindFingerprintsAsync(IReadOnlyCollection<string> bandKeys, CancellationToken cancellationToken)
    {
        var (list, parameters) = InList("b", bandKeys);
        await using var command = Command(
            $"SELECT DISTINCT f.source_id, f.minhash FROM fingerprint_bands b JOIN source_fingerprints f ON f.source_id = b.source_id WHERE b.band IN ({list})",
            parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<(long, TextFingerprint)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add((reader.GetInt64(0), TextFingerprint.FromBytes((byte[])reader.GetValue(1))));
        }

        return found;
    }

    // Fingerprints are derived from the archived text (like the search index): rebuilt, not audited.
    public async Task AddFingerprintAsync(long sourceId, TextFingerprint fingerprint, long? duplicateOf, CancellationToken cancellationToken)
    {
        await using (var insert = Command(
            """
            INSERT INTO source_fingerprints (source_id, minhash, duplicate_of) VALUES (@id, @minhash, @dup)
            ON CONFLICT (source_id) DO UPDATE SET minhash = excluded.minhash, duplicate_of = excluded.duplicate_of
            """,
            ("id", sourceId), ("minhash", fingerprint.ToBytes()), ("dup", duplicateOf)))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await InsertPairsAsync("fingerprint_bands", "band", "source_id", fingerprint.BandKeys(), sourceId, cancellationToken);
    }

    public async Task<IReadOnlyList<IncidentSignature>> FindCandidatesAsync(IReadOnlyCollection<string> buckets, CancellationToken cancellationToken)
    {
        // CROSS JOIN keeps SQLite from starting at events (every incident is "merged_into IS NULL"):
        // the buckets must be read first, or each lookup would scan the corpus.
        var (list, parameters) = InList("k", buckets);
        await using var command = Command(
            $"""
            SELECT DISTINCT {ConsolidationRows.SignatureColumns}
            FROM event_buckets b CROSS JOIN events e LEFT JOIN places p ON p.id = e.place_id
            WHERE b.bucket IN ({list}) AND e.id = b.event_id AND e.merged_into IS NULL AND e.status <> 'rejected'
            """,
            parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<IncidentSignature>();
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(ConsolidationRows.ReadSignature(reader));
        }

        return found;
    }

    public async Task<long> AddIncidentAsync(Incident incident, IncidentSignature signature, CancellationToken cancellationToken)
    {
        var row = ConsolidationRows.EventRow(incident, signature);
        var now = Now();
        var id = await InsertReturningIdAsync(
            """
            INSERT INTO events (type, also, date_start, date_end, date_precision, place_id, country, families, status, version, created_at, updated_at)
            VALUES (@type, @also, @date_start, @date_end, @date_precision, @place_id, @country, @families, 'proposed', 1, @now, @now)
            """,
            cancellationToken,
            ("type", row.Type), ("also", row.Also), ("date_start", row.DateStart), ("date_end", row.DateEnd), ("date_precision", row.DatePrecision),
            ("place_id", row.PlaceId), ("country", row.Country), ("families", row.Families), ("now", now));
        await ReplaceBucketsAsync(id, signature with { IncidentId = id }, cancellationToken);
        await AppendAuditAsync("add", "event", Key(id), null, row, cancellationToken);
        return id;
    }

    public async Task<long> AddIncidentLinkAsync(IncidentLink link, CancellationToken cancellationToken)
    {
        var row = new { EventId = link.IncidentId, link.Kind, link.Reason, link.SourceId, link.EventOrdinal, MergedEventId = link.MergedIncidentId, CreatedBy = Actor };
        var id = await InsertReturningIdAsync(
            """
            INSERT INTO event_links (event_id, kind, reason, source_id, event_ordinal, merged_event_id, created_by, created_at)
            VALUES (@event_id, @kind, @reason, @source_id, @ordinal, @merged, @by, @at)
            """,
            cancellationToken,
            ("event_id", row.EventId), ("kind", row.Kind), ("reason", row.Reason), ("source_id", row.SourceId), ("ordinal", row.EventOrdinal),
            ("merged", row.MergedEventId), ("by", row.CreatedBy), ("at", Now()));
        await AppendAuditAsync("add", "event_link", Key(id), null, row, cancellationToken);
        return id;
    }

    public async Task<long> AddClaimAsync(Claim claim, long linkId, long? documentId, long? extractionId, CancellationToken cancellationToken)
    {
        var row = new
        {
            EventId = claim.IncidentId, claim.Field, ValueJson = claim.Value, claim.SourceId, DocumentId = documentId, ExtractionId = extractionId,
            SpanStart = claim.Span?.Start, SpanEnd = claim.Span?.End, claim.Speaker, claim.RecordedBy,
            Status = ConsolidationRows.StatusName(claim.Status), LinkId = linkId, RefId = ConsolidationRows.ReferencedId(claim.Value),
        };
        var id = await InsertReturningIdAsync(
            """
            INSERT INTO claims (event_id, field, value_json, source_id, document_id, extraction_id, span_start, span_end, speaker, recorded_by, status, link_id, ref_id, created_at)
            VALUES (@event_id, @field, @value, @source_id, @document_id, @extraction_id, @span_start, @span_end, @speaker, @recorded_by, @status, @link_id, @ref_id, @at)
            """,
            cancellationToken,
            ("event_id", row.EventId), ("field", row.Field), ("value", row.ValueJson), ("source_id", row.SourceId), ("document_id", row.DocumentId),
            ("extraction_id", row.ExtractionId), ("span_start", row.SpanStart), ("span_end", row.SpanEnd), ("speaker", row.Speaker),
            ("recorded_by", row.RecordedBy), ("status", row.Status), ("link_id", row.LinkId), ("ref_id", row.RefId), ("at", Now()));
        await AppendAuditAsync("add", "claim", Key(id), null, row, cancellationToken);
        return id;
    }

    public async Task<long> AddDemandAsync(DemandRecord demand, long? documentId, long? extractionId, CancellationToken cancellationToken)
    {
        var row = new
        {
            demand.SourceId, DocumentId = documentId, ExtractionId = extractionId, ByActorId = demand.ByActorId, ByText = demand.By,
            Addressees = JsonSerializer.Serialize(demand.Addressees), Text = demand.What, Date = demand.Date?.ToIso(),
            DatePrecision = demand.Date is { } d ? Dossier.Text.Model.DateValue.PrecisionName(d.Precision) : null,
            SpanStart = demand.Span.Start, SpanEnd = demand.Span.End, demand.RecordedBy,
        };
        var id = await InsertReturningIdAsync(
            """
            INSERT INTO demands (source_id, document_id, extraction_id, by_actor_id, by_text, addressees, text, date, date_precision, span_start, span_end, recorded_by, created_at)
            VALUES (@source_id, @document_id, @extraction_id, @by_actor_id, @by_text, @addressees, @text, @date, @date_precision, @span_start, @span_end, @recorded_by, @at)
            """,
            cancellationToken,
            ("source_id", row.SourceId), ("document_id", row.DocumentId), ("extraction_id", row.ExtractionId), ("by_actor_id", row.ByActorId),
            ("by_text", row.ByText), ("addressees", row.Addressees), ("text", row.Text), ("date", row.Date), ("date_precision", row.DatePrecision),
            ("span_start", row.SpanStart), ("span_end", row.SpanEnd), ("recorded_by", row.RecordedBy), ("at", Now()));
        await AppendAuditAsync("add", "demand", Key(id), null, row, cancellationToken);
        return id;
    }

    private string Now() => IsoTime.Format(_time.GetUtcNow());

    private async Task<IReadOnlyList<KeyHit>> FindKeysAsync(string table, string idColumn, IReadOnlyCollection<string> keys, CancellationToken cancellationToken, string country = "NULL")
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var (list, parameters) = InList("k", keys);
        await using var command = Command($"SELECT key, {idColumn}, {country} FROM {table} WHERE key IN ({list})", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hits = new List<KeyHit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new KeyHit(reader.GetString(0), reader.GetInt64(1), reader.GetStringOrNull(2)));
        }

        return hits;
    }

    private async Task AddNamesAsync(string entity, long id, IReadOnlyCollection<string> aliases, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        // One statement per table, not per name: this runs for every name of every report.
        var added = new List<string>();
        if (aliases.Count > 0)
        {
            var values = aliases.Select((a, i) => ($"a{i}", (object?)a, $"n{i}", (object?)NameKeys.Normal(a, entity == "actor"))).ToList();
            await using var insert = Command(
                $"INSERT INTO {entity}_aliases ({entity}_id, alias, normalized_alias) VALUES {string.Join(", ", values.Select(v => $"(@id, @{v.Item1}, @{v.Item3})"))} ON CONFLICT DO NOTHING RETURNING alias",
                values.SelectMany(v => new[] { (v.Item1, v.Item2), (v.Item3, v.Item4) }).Append(("id", id)).ToArray());
            await using var reader = await insert.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                added.Add(reader.GetString(0));
            }
        }

        await InsertPairsAsync($"{entity}_keys", "key", $"{entity}_id", keys, id, cancellationToken);
        if (added.Count > 0)
        {
            await AppendAuditAsync("add_aliases", entity, Key(id), null, new { Aliases = added }, cancellationToken);
        }
    }

    private async Task ReplaceBucketsAsync(long eventId, IncidentSignature signature, CancellationToken cancellationToken)
    {
        await using (var delete = Command("DELETE FROM event_buckets WHERE event_id = @id", ("id", eventId)))
        {
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await InsertPairsAsync("event_buckets", "bucket", "event_id", IncidentBuckets.For(signature), eventId, cancellationToken);
    }

    /// <summary>Inserts (text, id) rows in one statement, skipping those already there.</summary>
    private async Task InsertPairsAsync(string table, string textColumn, string idColumn, IReadOnlyCollection<string> texts, long id, CancellationToken cancellationToken)
    {
        if (texts.Count == 0)
        {
            return;
        }

        var (_, parameters) = InList("t", texts);
        var rows = string.Join(", ", parameters.Select(p => $"(@{p.Name}, @id)"));
        await using var insert = Command($"INSERT INTO {table} ({textColumn}, {idColumn}) VALUES {rows} ON CONFLICT DO NOTHING", parameters.Append(("id", (object?)id)).ToArray());
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<ConsolidationRows.Event?> ReadEventRowAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = Command(
            "SELECT type, also, date_start, date_end, date_precision, place_id, country, families FROM events WHERE id = @id", ("id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ConsolidationRows.ReadEvent(reader) : null;
    }

    private static (string List, (string Name, object? Value)[] Parameters) InList(string prefix, IReadOnlyCollection<string> values)
    {
        var parameters = values.Select((v, i) => ($"{prefix}{i}", (object?)v)).ToArray();
        return (string.Join(", ", parameters.Select(p => "@" + p.Item1)), parameters);
    }
}

using System.Text.Json;
using Dossier.Core.Consolidation;
using Dossier.Core.Domain;
using Dossier.Core.Domain.Sources;
using Dossier.Storage.Rows;
using Dossier.Text.Model;

namespace Dossier.Storage;

public sealed partial class SqlRecordWriter
{
    public Task<long?> ResolveIncidentAsync(long incidentId, CancellationToken cancellationToken) =>
        ConsolidationReads.ResolveAsync(_connection, _transaction, incidentId, cancellationToken);

    public async Task<long> MergeIncidentsAsync(long survivorId, long mergedId, string reason, CancellationToken cancellationToken)
    {
        var survivor = await ResolveIncidentAsync(survivorId, cancellationToken) ?? throw new KeyNotFoundException($"No incident {survivorId}.");
        var merged = await ResolveIncidentAsync(mergedId, cancellationToken) ?? throw new KeyNotFoundException($"No incident {mergedId}.");
        if (survivor == merged)
        {
            throw new InvalidOperationException($"Incidents {survivorId} and {mergedId} are already one ({survivor}).");
        }

        await using (var update = Command("UPDATE events SET merged_into = @s, version = version + 1, updated_at = @now WHERE id = @m", ("s", survivor), ("m", merged), ("now", Now())))
        {
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await AppendAuditAsync("merge", "event", Key(merged), new { MergedInto = (long?)null }, new { MergedInto = survivor }, cancellationToken);
        await ReplaceBucketsAsync(merged, new IncidentSignature(merged, [], null, null, null, null), cancellationToken);
        var linkId = await AddIncidentLinkAsync(new IncidentLink(0, survivor, IncidentLink.Merged, reason, Actor) { MergedIncidentId = merged }, cancellationToken);
        await RefreshIncidentAsync(survivor, cancellationToken);
        return linkId;
    }

    public async Task<long> SplitClaimsAsync(long incidentId, IReadOnlyCollection<long> claimIds, string reason, CancellationToken cancellationToken)
    {
        var id = await ResolveIncidentAsync(incidentId, cancellationToken) ?? throw new KeyNotFoundException($"No incident {incidentId}.");
        var members = await ConsolidationReads.MemberIdsAsync(_connection, _transaction, id, cancellationToken);
        var claims = await ConsolidationReads.ClaimsAsync(_connection, _transaction, members, cancellationToken);
        var moving = claims.Where(c => claimIds.Contains(c.Id)).ToList();
        if (moving.Count != claimIds.Count || moving.Count == claims.Count)
        {
            throw new InvalidOperationException($"Split needs some, not all, claims of incident {id}; {claimIds.Count - moving.Count} given are not on it.");
        }

        var created = await NewIncidentForAsync(moving, claims, cancellationToken);
        await MoveClaimsAsync(moving.Select(c => c.Id).ToList(), created, null, cancellationToken);
        await AddIncidentLinkAsync(new IncidentLink(0, created, IncidentLink.Split, $"split from {id}: {reason}", Actor), cancellationToken);
        await RefreshIncidentAsync(id, cancellationToken);
        await RefreshIncidentAsync(created, cancellationToken);
        return created;
    }

    public async Task<long> UndoLinkAsync(long linkId, CancellationToken cancellationToken)
    {
        long eventId;
        string kind;
        long? mergedId;
        bool undone;
        await using (var read = Command("SELECT event_id, kind, merged_event_id, undone_at FROM event_links WHERE id = @id", ("id", linkId)))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw new KeyNotFoundException($"No link {linkId}.");
            }

            (eventId, kind, mergedId, undone) = (reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt64(2), !reader.IsDBNull(3));
        }

        if (undone || kind is IncidentLink.Started or IncidentLink.Split)
        {
            throw new InvalidOperationException($"Link {linkId} ({kind}{(undone ? ", already undone" : "")}) cannot be undone.");
        }

        await using (var mark = Command("UPDATE event_links SET undone_at = @now WHERE id = @id", ("now", Now()), ("id", linkId)))
        {
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }

        await AppendAuditAsync("undo", "event_link", Key(linkId), new { UndoneAt = (string?)null }, new { UndoneAt = Now() }, cancellationToken);
        var survivor = await ResolveIncidentAsync(eventId, cancellationToken) ?? eventId;
        long restored;
        if (kind == IncidentLink.Merged)
        {
            restored = mergedId!.Value;
            await using (var update = Command("UPDATE events SET merged_into = NULL, version = version + 1, updated_at = @now WHERE id = @id", ("now", Now()), ("id", restored)))
            {
                await update.ExecuteNonQueryAsync(cancellationToken);
            }

            await AppendAuditAsync("unmerge", "event", Key(restored), new { MergedInto = eventId }, new { MergedInto = (long?)null }, cancellationToken);
        }
        else
        {
            var members = await ConsolidationReads.MemberIdsAsync(_connection, _transaction, survivor, cancellationToken);
            var claims = await ConsolidationReads.ClaimsAsync(_connection, _transaction, members, cancellationToken);
            var moving = await ClaimIdsOfLinkAsync(linkId, cancellationToken);
            restored = await NewIncidentForAsync(claims.Where(c => moving.Contains(c.Id)).ToList(), claims, cancellationToken);
            await MoveClaimsAsync(moving, restored, null, cancellationToken);
            await AddIncidentLinkAsync(new IncidentLink(0, restored, IncidentLink.Split, $"undo of link {linkId} on incident {survivor}", Actor), cancellationToken);
        }

        await RefreshIncidentAsync(survivor, cancellationToken);
        await RefreshIncidentAsync(restored, cancellationToken);
        return restored;
    }

    public async Task RefreshIncidentAsync(long incidentId, CancellationToken cancellationToken)
    {
        var id = await ResolveIncidentAsync(incidentId, cancellationToken) ?? throw new KeyNotFoundException($"No incident {incidentId}.");
        var members = await ConsolidationReads.MemberIdsAsync(_connection, _transaction, id, cancellationToken);
        var claims = await ConsolidationReads.ClaimsAsync(_connection, _transaction, members, cancellationToken);
        var sources = await ConsolidationReads.SourceViewsAsync(_connection, _transaction, claims.Select(c => c.SourceId).OfType<long>(), cancellationToken);
        var before = await ReadEventRowAsync(id, cancellationToken);
        var profile = IncidentProfile.From(claims, sources);
        if (profile is null)
        {
            await ReplaceBucketsAsync(id, new IncidentSignature(id, [], null, null, null, null), cancellationToken);
            await SetStatusAsync(id, "rejected", "no live claims", cancellationToken);
            return;
        }

        var signature = new IncidentSignature(id, profile.Families, profile.Date, profile.PlaceId, await PlaceKindAsync(profile.PlaceId, cancellationToken), profile.CountryCode);
        var row = ConsolidationRows.EventRow(new Incident(id, profile.Type, IncidentStatus.Proposed, 0) { Also = profile.Also }, signature);
        if (row != before)
        {
            await using var update = Command(
                """
                UPDATE events SET type = @type, also = @also, date_start = @date_start, date_end = @date_end, date_precision = @date_precision,
                    place_id = @place_id, country = @country, families = @families, version = version + 1, updated_at = @now
                WHERE id = @id
                """,
                ("type", row.Type), ("also", row.Also), ("date_start", row.DateStart), ("date_end", row.DateEnd), ("date_precision", row.DatePrecision),
                ("place_id", row.PlaceId), ("country", row.Country), ("families", row.Families), ("now", Now()), ("id", id));
            await update.ExecuteNonQueryAsync(cancellationToken);
            await AppendAuditAsync("refresh", "event", Key(id), before, row, cancellationToken);
        }

        await ReplaceBucketsAsync(id, signature, cancellationToken);
    }

    private async Task<long> NewIncidentForAsync(IReadOnlyList<Claim> moving, IReadOnlyList<Claim> all, CancellationToken cancellationToken)
    {
        var sources = await ConsolidationReads.SourceViewsAsync(_connection, _transaction, all.Select(c => c.SourceId).OfType<long>(), cancellationToken);
        var profile = IncidentProfile.From(moving, sources) ?? IncidentProfile.From(all, sources)
            ?? throw new InvalidOperationException("Claims without any type cannot form an incident.");
        var signature = new IncidentSignature(0, profile.Families, profile.Date, profile.PlaceId, await PlaceKindAsync(profile.PlaceId, cancellationToken), profile.CountryCode);
        return await AddIncidentAsync(new Incident(0, profile.Type, IncidentStatus.Proposed, 0) { Also = profile.Also }, signature, cancellationToken);
    }

    private async Task MoveClaimsAsync(IReadOnlyList<long> claimIds, long toIncident, long? linkId, CancellationToken cancellationToken)
    {
        foreach (var claimId in claimIds)
        {
            long from;
            await using (var read = Command("SELECT event_id FROM claims WHERE id = @id", ("id", claimId)))
            {
                from = Convert.ToInt64(await read.ExecuteScalarAsync(cancellationToken));
            }

            await using var update = Command(
                "UPDATE claims SET event_id = @to, link_id = COALESCE(@link, link_id) WHERE id = @id", ("to", toIncident), ("link", linkId), ("id", claimId));
            await update.ExecuteNonQueryAsync(cancellationToken);
            await AppendAuditAsync("move", "claim", Key(claimId), new { EventId = from }, new { EventId = toIncident }, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<long>> ClaimIdsOfLinkAsync(long linkId, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT id FROM claims WHERE link_id = @id", ("id", linkId));
        return await ConsolidationReads.ReadIdsAsync(command, cancellationToken);
    }

    private async Task<string?> PlaceKindAsync(long? placeId, CancellationToken cancellationToken)
    {
        if (placeId is null)
        {
            return null;
        }

        await using var command = Command("SELECT kind FROM places WHERE id = @id", ("id", placeId));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private async Task SetStatusAsync(long id, string status, string reason, CancellationToken cancellationToken)
    {
        await using var update = Command("UPDATE events SET status = @status, version = version + 1, updated_at = @now WHERE id = @id AND status <> @status", ("status", status), ("now", Now()), ("id", id));
        if (await update.ExecuteNonQueryAsync(cancellationToken) > 0)
        {
            await AppendAuditAsync("status", "event", Key(id), null, new { Status = status, Reason = reason }, cancellationToken);
        }
    }
}

using Dossier.Core.Domain;
using Dossier.Text.Model;

namespace Dossier.Core.Consolidation;

/// <summary>
/// Consolidates one report into the record: detects whether its text copies an earlier source, resolves
/// its people, organisations and places, and for each event either joins the best matching incident on
/// record (candidates from the (family, country, month) index, decided by <see cref="IncidentMatcher"/>,
/// the reason kept on the link) or starts a new one; then writes the event's claims and the report's
/// demands. Everything goes through the caller's unit of work.
/// </summary>
public sealed class Consolidator
{
    public async Task<ConsolidationOutcome> ConsolidateAsync(IConsolidationWriter writer, ReportInput report, CancellationToken cancellationToken)
    {
        var duplicateOf = await RecordFingerprintAsync(writer, report, cancellationToken);
        var names = new NameRegistry(writer);
        var extraction = report.Extraction;
        var placeCountries = new Dictionary<long, string?>();
        var entityIds = await ResolveEntitiesAsync(names, extraction.Entities, placeCountries, cancellationToken);

        var started = new List<long>();
        var joined = new List<(long, string)>();
        var usedByThisReport = new HashSet<long>();
        var claimCount = 0;
        for (var ordinal = 0; ordinal < extraction.Events.Count; ordinal++)
        {
            var ev = extraction.Events[ordinal];
            var (placeId, placeKind, placeCountry) = await ResolvePlaceAsync(names, extraction.Entities, entityIds, placeCountries, ev, cancellationToken);
            var perpetrators = new List<long?>();
            foreach (var perpetrator in ev.Perpetrators)
            {
                perpetrators.Add(await ResolveActorAsync(names, extraction.Entities, entityIds, perpetrator, ActorKind.Organization, cancellationToken));
            }

            // Where the place is known, its own country counts, not the one the event was given.
            var country = (placeCountry ?? ev.Location?.CountryCode ?? ev.CountryCode)?.ToUpperInvariant();
            var date = ev.Date is { } d ? PartialDate.From(d) : (PartialDate?)null;
            var incoming = new IncidentSignature(0, EventFamilies.Of(ev.Type, ev.Also), date, placeId, placeKind, country);

            var best = await FindBestAsync(writer, incoming, usedByThisReport, cancellationToken);
            long incidentId;
            IncidentLink link;
            if (best is { } match)
            {
                incidentId = match.Candidate.IncidentId;
                link = new IncidentLink(0, incidentId, IncidentLink.Joined, match.Decision.Reason, extraction.Pipeline);
                joined.Add((incidentId, match.Decision.Reason));
            }
            else
            {
                incidentId = await writer.AddIncidentAsync(ToIncident(incoming, ev), incoming, cancellationToken);
                link = new IncidentLink(0, incidentId, IncidentLink.Started, "no matching incident", extraction.Pipeline);
                started.Add(incidentId);
            }

            usedByThisReport.Add(incidentId);
            var linkId = await writer.AddIncidentLinkAsync(link with { SourceId = report.SourceId, EventOrdinal = ordinal }, cancellationToken);
            foreach (var claim in EventClaims.Build(ev, incidentId, report.SourceId, extraction.Pipeline, placeId, perpetrators))
            {
                await writer.AddClaimAsync(claim, linkId, report.DocumentId, report.ExtractionId, cancellationToken);
                claimCount++;
            }

            if (best is not null)
            {
                // Its type, date, place and index buckets now follow from all its claims, this report's included.
                await writer.RefreshIncidentAsync(incidentId, cancellationToken);
            }
        }

        foreach (var demand in extraction.Demands)
        {
            var byId = demand.By is { } by ? await ResolveActorAsync(names, extraction.Entities, entityIds, by, ActorKind.Person, cancellationToken) : null;
            await writer.AddDemandAsync(
                new DemandRecord(0, report.SourceId, demand.By?.Name, byId, demand.What, demand.Span, extraction.Pipeline)
                {
                    Addressees = demand.Addressees.Select(a => a.Name).ToList(),
                    Date = demand.Date is { } dd ? PartialDate.From(dd) : null,
                },
                report.DocumentId,
                report.ExtractionId,
                cancellationToken);
        }

        return new ConsolidationOutcome(started, joined, claimCount, duplicateOf);
    }

    private static Incident ToIncident(IncidentSignature signature, ExtractedEvent ev) =>
        new(signature.IncidentId, ev.Type, IncidentStatus.Proposed, 0)
        {
            Also = ev.Also,
            Date = signature.Date,
            PlaceId = signature.PlaceId,
            CountryCode = signature.CountryCode,
        };

    private static async Task<(IncidentSignature Candidate, MatchDecision Decision)?> FindBestAsync(
        IConsolidationWriter writer, IncidentSignature incoming, HashSet<long> exclude, CancellationToken cancellationToken)
    {
        var buckets = IncidentBuckets.For(incoming);
        if (buckets.Count == 0)
        {
            return null;
        }

        var candidates = await writer.FindCandidatesAsync(buckets, cancellationToken);
        return candidates.Where(c => !exclude.Contains(c.IncidentId))
            .Select(c => (Candidate: c, Decision: IncidentMatcher.Decide(incoming, c)))
            .Where(x => x.Decision.Joins)
            .OrderByDescending(x => x.Decision.Score).ThenBy(x => x.Candidate.IncidentId)
            .Select(x => ((IncidentSignature, MatchDecision)?)x)
            .FirstOrDefault();
    }

    private static async Task<long?> RecordFingerprintAsync(IConsolidationWriter writer, ReportInput report, CancellationToken cancellationToken)
    {
        var fingerprint = report.Fingerprint ?? TextFingerprint.Of(report.Text);
        var earlier = await writer.FindFingerprintsAsync(fingerprint.BandKeys(), cancellationToken);
        var original = earlier.Where(e => e.SourceId != report.SourceId && fingerprint.IsDuplicateOf(e.Fingerprint))
            .Select(e => (long?)e.SourceId).Min();
        await writer.AddFingerprintAsync(report.SourceId, fingerprint, original, cancellationToken);
        return original;
    }

    private static async Task<Dictionary<int, long?>> ResolveEntitiesAsync(
        NameRegistry names, IReadOnlyList<Entity> entities, Dictionary<long, string?> placeCountries, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<int, long?>();
        foreach (var entity in entities)
        {
            switch (entity.Type)
            {
                case EntityType.Person:
                    ids[entity.Id] = await names.ActorAsync(ActorKind.Person, entity.Name, entity.Aliases, cancellationToken);
                    break;
                case EntityType.Organization:
                    ids[entity.Id] = await names.ActorAsync(ActorKind.Organization, entity.Name, entity.Aliases, cancellationToken);
                    break;
                default:
                    var (id, country) = await names.PlaceAsync(entity.Name, entity.Aliases, entity, entity.CountryCode, cancellationToken);
                    ids[entity.Id] = id;
                    if (id is { } placeId)
                    {
                        placeCountries[placeId] = country;
                    }

                    break;
            }
        }

        return ids;
    }

    private static async Task<(long? Id, string? Kind, string? Country)> ResolvePlaceAsync(
        NameRegistry names, IReadOnlyList<Entity> entities, Dictionary<int, long?> entityIds, Dictionary<long, string?> placeCountries,
        ExtractedEvent ev, CancellationToken cancellationToken)
    {
        if (ev.Location is not { } location)
        {
            return (null, null, null);
        }

        var entity = entities.FirstOrDefault(e => e.Id == location.EntityId && e.Type == EntityType.Location);
        var kind = entity?.PlaceKind;
        if (entity is not null && entityIds.TryGetValue(entity.Id, out var known))
        {
            return (known, kind, known is { } k ? placeCountries.GetValueOrDefault(k) : null);
        }

        // A place's own country only: the event's country is often the report's, not the place's.
        var (id, country) = await names.PlaceAsync(location.Name, location.Aliases, entity, location.CountryCode ?? entity?.CountryCode, cancellationToken);
        return (id, kind, country);
    }

    private static async Task<long?> ResolveActorAsync(
        NameRegistry names, IReadOnlyList<Entity> entities, Dictionary<int, long?> entityIds, ExtractedName name, ActorKind fallback,
        CancellationToken cancellationToken)
    {
        // Linked by the pipeline, or named like one of the report's own entities: that entity's actor.
        var normal = NameKeys.Normal(name.Name);
        var entity = entities.FirstOrDefault(e => e.Id == name.EntityId && e.Type != EntityType.Location)
            ?? entities.FirstOrDefault(e => e.Type != EntityType.Location
                && new[] { e.Name }.Concat(e.Aliases).Any(n => NameKeys.Normal(n) == normal));
        if (entity is not null && entityIds.TryGetValue(entity.Id, out var known))
        {
            return known;
        }

        return await names.ActorOfUnknownKindAsync(name.Name, name.Aliases, fallback, cancellationToken);
    }
}

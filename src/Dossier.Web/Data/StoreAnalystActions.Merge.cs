namespace Dossier.Web.Data;

public sealed partial class StoreAnalystActions
{
    /// <summary>Merges through consolidation's audited writer: the other id then forwards to the survivor.</summary>
    public Task<ActionOutcome> MergeAsync(long survivorId, long otherId, string actor, CancellationToken cancellationToken) =>
        WriteAsync(actor, async w =>
        {
            var survivor = await w.ResolveIncidentAsync(survivorId, cancellationToken);
            var other = await w.ResolveIncidentAsync(otherId, cancellationToken);
            if (survivor is null) return ActionOutcome.Fail($"There is no incident {survivorId}.");
            if (other is null) return ActionOutcome.Fail($"There is no incident {otherId}.");
            if (survivor == other) return ActionOutcome.Fail($"Incidents {survivorId} and {otherId} are already one incident (#{survivor}).");
            await w.MergeIncidentsAsync(survivor.Value, other.Value, $"merged by {actor} in the web app", cancellationToken);
            return ActionOutcome.Ok($"Incident #{other} merged into #{survivor}; #{other} now leads here.", survivor);
        }, cancellationToken);

    /// <summary>Undoes the latest merge into the incident: the merged-away incident stands alone again.</summary>
    public async Task<ActionOutcome> SplitAsync(long incidentId, string actor, CancellationToken cancellationToken)
    {
        if (await queries.ResolveIncidentAsync(incidentId, cancellationToken) is not { } id) return ActionOutcome.Fail($"There is no incident {incidentId}.");
        if (await queries.LatestMergeLinkAsync(id, cancellationToken) is not { } link) return ActionOutcome.Fail($"Nothing was merged into incident #{id}; there is nothing to split.");
        return await WriteAsync(actor, async w =>
        {
            var restored = await w.UndoLinkAsync(link, cancellationToken);
            return ActionOutcome.Ok($"Split: incident #{restored} stands alone again.", id);
        }, cancellationToken);
    }
}

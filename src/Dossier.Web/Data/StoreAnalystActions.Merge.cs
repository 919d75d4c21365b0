namespace Dossier.Web.Data;

public sealed partial class StoreAnalystActions
{
    // Merge and split belong to consolidation (IRecordWriter.MergeIncidentsAsync / UndoLinkAsync);
    // wired here once that branch lands.
    public Task<ActionOutcome> MergeAsync(long survivorId, long otherId, string actor, CancellationToken cancellationToken) =>
        Task.FromResult(ActionOutcome.Fail("Merging is not available in this build."));

    public Task<ActionOutcome> SplitAsync(long incidentId, string actor, CancellationToken cancellationToken) =>
        Task.FromResult(ActionOutcome.Fail("Splitting is not available in this build."));
}

using Dossier.Core.Domain.Sources;
using Dossier.Core.Ingest;
using Dossier.Core.Storage;

namespace Dossier.Web.Data;

/// <summary>
/// Analyst actions over the store: each is one audited write transaction (<see cref="IRecordWriter"/>)
/// in the signed-in user's name. Uploads go through the same <see cref="IngestService"/> as the CLI.
/// </summary>
public sealed partial class StoreAnalystActions(IDossierStore store, IngestService ingest, IAnalystQueries queries) : IAnalystActions
{
    public Task<ActionOutcome> ConfirmClaimAsync(long claimId, string actor, CancellationToken cancellationToken) =>
        WriteAsync(actor, async w => await w.ReviewClaimAsync(claimId, "confirmed", cancellationToken)
            ? ActionOutcome.Ok($"Claim {claimId} confirmed.")
            : ActionOutcome.Fail($"There is no claim {claimId}."), cancellationToken);

    public Task<ActionOutcome> RejectClaimAsync(long claimId, string actor, CancellationToken cancellationToken) =>
        WriteAsync(actor, async w => await w.ReviewClaimAsync(claimId, "rejected", cancellationToken)
            ? ActionOutcome.Ok($"Claim {claimId} rejected.")
            : ActionOutcome.Fail($"There is no claim {claimId}."), cancellationToken);

    public Task<ActionOutcome> ConfirmIncidentAsync(long incidentId, string actor, CancellationToken cancellationToken) =>
        WriteAsync(actor, async w => await w.ReviewIncidentAsync(incidentId, "confirmed", cancellationToken)
            ? ActionOutcome.Ok($"Incident {incidentId} confirmed.", incidentId)
            : ActionOutcome.Fail($"There is no incident {incidentId}."), cancellationToken);

    public Task<ActionOutcome> CorrectFieldAsync(long incidentId, string field, string value, string note, string actor, CancellationToken cancellationToken)
    {
        if (ValueJson.FromInput(field, value) is not { } json)
            return Task.FromResult(ActionOutcome.Fail("A count is a whole number, or a range such as 50-60."));
        return WriteAsync(actor, async w =>
        {
            if (await queries.ResolveIncidentAsync(incidentId, cancellationToken) is not { } resolved)
                return ActionOutcome.Fail($"There is no incident {incidentId}.");
            var claimId = await w.AddCorrectionAsync(resolved, field, json, note, cancellationToken);
            return ActionOutcome.Ok($"Correction recorded as claim {claimId}.", resolved);
        }, cancellationToken);
    }

    public async Task<UploadResult> UploadAsync(string fileName, byte[] content, string actor, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(content, writable: false);
        var result = await ingest.IngestAsync(new IngestRequest(fileName, stream, new SourceMetadata(actor)), cancellationToken);
        var incidents = result.SourceId is { } sourceId ? await queries.IncidentsOfSourceAsync(sourceId, cancellationToken) : [];
        // The words `dossier ingest` prints for the same outcomes (FAILED / DUPLICATE / WARN).
        var warnings = string.Concat(result.Warnings.Select(w => "; WARN: " + w));
        return result.Outcome switch
        {
            IngestOutcome.Added => new UploadResult(true, $"added ({result.SizeBytes:N0} bytes, SHA-256 {result.Sha256}){warnings}"
                + (incidents.Count == 0 ? "; no incident found in it" : $"; {incidents.Count} incident(s)"), result.SourceId, incidents),
            IngestOutcome.Duplicate => new UploadResult(false, "DUPLICATE: " + result.Reason, null, []),
            _ => new UploadResult(false, "FAILED: " + result.Reason, null, []),
        };
    }

    private async Task<ActionOutcome> WriteAsync(string actor, Func<IRecordWriter, Task<ActionOutcome>> action, CancellationToken cancellationToken)
    {
        await using var writer = await store.BeginWriteAsync(actor, cancellationToken);
        var outcome = await action(writer);
        // A refused action writes nothing: the transaction is rolled back when the writer is disposed.
        if (outcome.Succeeded) await writer.CommitAsync(cancellationToken);
        return outcome;
    }
}

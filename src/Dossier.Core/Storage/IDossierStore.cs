namespace Dossier.Core.Storage;

/// <summary>
/// The archive: sources, documents, extractions, events, claims and the audit log.
/// Reads are methods here; every change goes through an <see cref="IRecordWriter"/>, which
/// writes the audit row in the same transaction. Partial: each area adds its members in its
/// own file (IDossierStore.Sources.cs, IDossierStore.Search.cs, …).
/// </summary>
public partial interface IDossierStore : IAsyncDisposable
{
    /// <summary>Starts one unit of work; nothing is visible to others until it is committed.</summary>
    /// <param name="actor">Who makes the change: a user name or "extractor@version".</param>
    Task<IRecordWriter> BeginWriteAsync(string actor, CancellationToken cancellationToken);
}

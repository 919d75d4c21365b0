namespace Dossier.Core.Storage;

/// <summary>
/// One unit of work (one database transaction). Every method that changes a record also appends
/// its audit row inside the same transaction, so a record never exists without its audit trail.
/// Disposing without <see cref="CommitAsync"/> rolls everything back. Partial: each area adds its
/// write methods in its own file (IRecordWriter.Sources.cs, IRecordWriter.Events.cs, …).
/// </summary>
public partial interface IRecordWriter : IAsyncDisposable
{
    /// <summary>Who the audit rows name as having made the changes.</summary>
    string Actor { get; }

    Task CommitAsync(CancellationToken cancellationToken);
}

using Dossier.Core.Consolidation;

namespace Dossier.Core.Storage;

/// <summary>The store answers the record's queries (incidents, actors, places, timeline, demands).</summary>
public partial interface IDossierStore : IRecordQueries
{
    /// <summary>The latest document of every source, with the pipeline version of its latest extraction (null if never read).</summary>
    Task<IReadOnlyList<(long DocumentId, string? Pipeline)>> ListLatestDocumentsAsync(CancellationToken cancellationToken);
}

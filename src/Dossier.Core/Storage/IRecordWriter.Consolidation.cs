using Dossier.Core.Consolidation;
using Dossier.Core.Domain.Sources;
using Dossier.Text.Model;

namespace Dossier.Core.Storage;

/// <summary>Consolidation's writes: the extraction record, incident merges and splits, grades. Each is audited.</summary>
public partial interface IRecordWriter : IConsolidationWriter
{
    /// <summary>Stores what the pipeline read in a document; returns the extraction id.</summary>
    Task<long> AddExtractionAsync(long documentId, ExtractionResult extraction, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>The id an incident id now stands for: itself, or the incident it was merged into.</summary>
    Task<long?> ResolveIncidentAsync(long incidentId, CancellationToken cancellationToken);

    /// <summary>Merges <paramref name="mergedId"/> into <paramref name="survivorId"/>: the merged id forwards; returns the link id.</summary>
    Task<long> MergeIncidentsAsync(long survivorId, long mergedId, string reason, CancellationToken cancellationToken);

    /// <summary>Moves the given claims of an incident to a new incident; returns the new incident's id.</summary>
    Task<long> SplitClaimsAsync(long incidentId, IReadOnlyCollection<long> claimIds, string reason, CancellationToken cancellationToken);

    /// <summary>
    /// Undoes a link: a merge stops forwarding (the merged incident stands alone again); a report's join
    /// moves that report's claims to a new incident. Returns the incident that now holds them.
    /// </summary>
    Task<long> UndoLinkAsync(long linkId, CancellationToken cancellationToken);

    Task GradePublisherAsync(string publisher, SourceReliability grade, CancellationToken cancellationToken);

    /// <summary>
    /// Before a re-extraction: marks a source's proposed extractor claims superseded and removes its proposed
    /// extractor demands; analysts' and confirmed claims stay. Returns the incidents whose claims changed.
    /// </summary>
    Task<IReadOnlyList<long>> SupersedeExtractedAsync(long sourceId, CancellationToken cancellationToken);
}

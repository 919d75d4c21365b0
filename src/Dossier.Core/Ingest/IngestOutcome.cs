namespace Dossier.Core.Ingest;

/// <summary>What happened to one report.</summary>
public enum IngestOutcome
{
    /// <summary>Archived, with its document text.</summary>
    Added,

    /// <summary>The same bytes were already archived; nothing was added.</summary>
    Duplicate,

    /// <summary>Refused; nothing was written.</summary>
    Failed,
}

using Dossier.Text.Model;

namespace Dossier.Core.Ingest;

/// <summary>
/// A step run on each new document (for example the extraction pipeline), in two phases so that the
/// write lock is held only while writing. <see cref="Prepare"/> does the CPU-bound work on the text
/// before the ingest transaction opens, possibly for several documents at once; the
/// <see cref="IDocumentWrite"/> it returns then writes, inside the transaction, what it found. Whatever
/// that writes commits or rolls back together with the source and document, so a document is never
/// left half-processed.
/// </summary>
public interface IDocumentProcessor
{
    /// <summary>Stable lowercase id ("extract").</summary>
    string Name { get; }

    /// <summary>
    /// Reads the document's text, given the publication date its source was given, if any. Must not touch
    /// the store, and must be safe to call from several threads at once.
    /// </summary>
    IDocumentWrite Prepare(string text, DateValue? published, CancellationToken cancellationToken);
}

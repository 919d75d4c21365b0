using Dossier.Core.Domain.Documents;
using Dossier.Core.Domain.Sources;
using Dossier.Core.Hashing;
using Dossier.Core.Ingest.Formats;
using Dossier.Core.Storage;

namespace Dossier.Core.Ingest;

/// <summary>
/// Archives one report in two steps. <see cref="PrepareAsync"/> checks it, hashes it, looks for the same
/// bytes on record, reads its text and runs the document processors' CPU-bound part, writing nothing;
/// <see cref="StoreAsync"/> then writes source, document, search index entry, audit rows and whatever the
/// processors add in ONE transaction, which is therefore held only while writing. Bad input is a
/// <see cref="IngestOutcome.Failed"/> result, never an exception, and never leaves a partial record.
/// </summary>
public sealed class IngestService(IDossierStore store, TimeProvider time, IngestOptions options, IReadOnlyList<IDocumentProcessor> processors)
{
    public IngestService(IDossierStore store, TimeProvider time)
        : this(store, time, new IngestOptions(), [])
    {
    }

    /// <summary>Prepares and stores one report.</summary>
    public async Task<IngestResult> IngestAsync(IngestRequest request, CancellationToken cancellationToken) =>
        await StoreAsync(await PrepareAsync(request, cancellationToken), cancellationToken);

    /// <summary>
    /// Everything before the write transaction. Reads the store (to skip a duplicate before any work is
    /// spent on it) but writes nothing, so it may run for several reports at once.
    /// </summary>
    public async Task<PreparedReport> PrepareAsync(IngestRequest request, CancellationToken cancellationToken)
    {
        var name = request.FileName;
        var read = await ReadLimitedAsync(request.Content, cancellationToken);
        if (read.Error is not null)
        {
            return PreparedReport.Done(IngestResult.Failed(name, read.Error, read.Size));
        }

        var content = read.Content!;
        if (content.Length == 0)
        {
            return PreparedReport.Done(IngestResult.Failed(name, "empty file"));
        }

        var extension = Path.GetExtension(name);
        var format = extension.Length == 0 ? FormatDetector.Sniff(content) : FormatDetector.FromExtension(extension);
        if (format is null)
        {
            return PreparedReport.Done(IngestResult.Failed(name, $"unsupported file type '{extension}' (supported: {FormatDetector.SupportedExtensions})", content.Length));
        }

        var sha256 = Sha256Hex.Of(content);
        if (await store.FindSourceAsync(sha256, cancellationToken) is { } existing)
        {
            return PreparedReport.Done(IngestResult.Duplicate(name, sha256, content.Length, existing.FileName));
        }

        var extracted = ReportTextReader.Read(format.Value, content, cancellationToken);
        if (!extracted.Succeeded)
        {
            return PreparedReport.Done(IngestResult.Failed(name, extracted.Error!, content.Length));
        }

        if (string.IsNullOrWhiteSpace(extracted.Text))
        {
            return PreparedReport.Done(IngestResult.Failed(name, "no text found in the file", content.Length));
        }

        var metadata = request.Metadata.Title is null && extracted.Title is not null
            ? request.Metadata with { Title = extracted.Title }
            : request.Metadata;
        var writes = new List<IDocumentWrite>(processors.Count);
        foreach (var processor in processors)
        {
            writes.Add(processor.Prepare(extracted.Text, metadata.Published, cancellationToken));
        }

        // The time it is added is set when it is written (StoreAsync), so that it follows the write order.
        var source = new NewSource(sha256, name, FormatDetector.MediaType(format.Value), content, metadata, default);
        var text = new PreparedReport.PreparedText(extracted.Text, Sha256Hex.OfText(extracted.Text), ReportTextReader.Version, extracted.Warnings);
        return PreparedReport.Ready(source, text, writes);
    }

    /// <summary>Writes a prepared report in one transaction (or returns its settled result).</summary>
    public async Task<IngestResult> StoreAsync(PreparedReport report, CancellationToken cancellationToken)
    {
        if (report.Settled is { } settled)
        {
            return settled;
        }

        var now = time.GetUtcNow();
        var source = report.Source! with { AddedAt = now };
        var text = report.Text!;
        await using var writer = await store.BeginWriteAsync(source.Metadata.AddedBy, cancellationToken);

        // Checked again inside the transaction: another process, or an earlier report of the same batch
        // prepared at the same time, may have added the same bytes.
        if (await writer.FindSourceAsync(source.Sha256, cancellationToken) is { } existing)
        {
            return IngestResult.Duplicate(source.FileName, source.Sha256, source.Content.Length, existing.FileName);
        }

        var sourceId = await writer.AddSourceAsync(source, cancellationToken);
        var document = new NewDocument(sourceId, text.Text, text.TextSha256, text.ExtractorVersion, text.Warnings, now);
        var documentId = await writer.AddDocumentAsync(document, cancellationToken);
        var stored = new StoredDocument(documentId, sourceId, source.Sha256, document.Text, document.TextSha256, document.ExtractorVersion, now.ToString("O"))
        {
            Published = source.Metadata.Published,
        };
        foreach (var write in report.Writes)
        {
            await write.WriteAsync(stored, writer, cancellationToken);
        }

        await writer.CommitAsync(cancellationToken);
        return IngestResult.Added(source.FileName, source.Sha256, sourceId, documentId, source.Content.Length, document.Warnings);
    }

    private async Task<LimitedRead> ReadLimitedAsync(Stream stream, CancellationToken cancellationToken)
    {
        var limit = options.MaxBytes;
        try
        {
            if (stream.CanSeek)
            {
                var length = stream.Length - stream.Position;
                if (length > limit)
                {
                    return LimitedRead.TooLarge(length, limit, exact: true);
                }

                // Known size: read straight into an array of that size, no growing buffer.
                var content = new byte[length];
                await stream.ReadExactlyAsync(content, cancellationToken);
                return new LimitedRead(content, length, null);
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int count;
            while ((count = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                buffer.Write(chunk, 0, count);
                if (buffer.Length > limit)
                {
                    return LimitedRead.TooLarge(buffer.Length, limit, exact: false);
                }
            }

            return new LimitedRead(buffer.ToArray(), buffer.Length, null);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return new LimitedRead(null, 0, $"cannot read: {error.Message}");
        }
    }

    private sealed record LimitedRead(byte[]? Content, long Size, string? Error)
    {
        // A stream that cannot seek is read only until it passes the limit, so its size is unknown.
        public static LimitedRead TooLarge(long size, long limit, bool exact) =>
            new(null, size, $"over the size limit ({(exact ? $"{size:N0}" : $"more than {limit:N0}")} bytes; limit {limit:N0}, see --max-bytes)");
    }
}

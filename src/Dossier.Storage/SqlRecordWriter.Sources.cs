using System.Runtime.InteropServices;
using Dossier.Core.Domain.Documents;
using Dossier.Core.Domain.Sources;
using Dossier.Storage.Rows;
using Dossier.Text.Model;

namespace Dossier.Storage;

public sealed partial class SqlRecordWriter
{
    public Task<SourceSummary?> FindSourceAsync(string sha256, CancellationToken cancellationToken) =>
        SourceRows.FindAsync(_connection, _transaction, sha256, cancellationToken);

    public async Task<long> AddSourceAsync(NewSource source, CancellationToken cancellationToken)
    {
        var m = source.Metadata;
        var row = new
        {
            source.Sha256,
            source.FileName,
            source.MediaType,
            SizeBytes = (long)source.Content.Length,
            m.Title,
            m.Publisher,
            Published = m.Published?.ToIso(),
            PublishedPrecision = m.Published is { } date ? DateValue.PrecisionName(date.Precision) : null,
            PublishedInferred = m.PublishedInferred ? 1 : 0,
            m.Url,
            m.Language,
            Reliability = m.Reliability?.ToString(),
            m.AddedBy,
            AddedAt = IsoTime.Format(source.AddedAt),
        };
        var content = MemoryMarshal.TryGetArray(source.Content, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : source.Content.ToArray();
        var id = await InsertReturningIdAsync(
            """
            INSERT INTO sources (sha256, file_name, media_type, size_bytes, title, publisher, published, published_precision,
                published_inferred, url, language, reliability, added_by, added_at, content)
            VALUES (@sha256, @file_name, @media_type, @size_bytes, @title, @publisher, @published, @published_precision,
                @published_inferred, @url, @language, @reliability, @added_by, @added_at, @content)
            """,
            cancellationToken,
            ("sha256", row.Sha256), ("file_name", row.FileName), ("media_type", row.MediaType), ("size_bytes", row.SizeBytes),
            ("title", row.Title), ("publisher", row.Publisher), ("published", row.Published), ("published_precision", row.PublishedPrecision),
            ("published_inferred", row.PublishedInferred), ("url", row.Url), ("language", row.Language), ("reliability", row.Reliability),
            ("added_by", row.AddedBy), ("added_at", row.AddedAt), ("content", content));
        await AppendAuditAsync("add", "source", Key(id), null, row, cancellationToken);
        return id;
    }

    public async Task<long> AddDocumentAsync(NewDocument document, CancellationToken cancellationToken)
    {
        var row = new
        {
            document.SourceId,
            document.TextSha256,
            document.ExtractorVersion,
            Chars = document.Text.Length,
            Warnings = document.Warnings.Count == 0 ? null : string.Join("\n", document.Warnings),
            CreatedAt = IsoTime.Format(document.CreatedAt),
        };
        var id = await InsertReturningIdAsync(
            """
            INSERT INTO documents (source_id, text, text_sha256, extractor_version, warnings, created_at)
            VALUES (@source_id, @text, @text_sha256, @extractor_version, @warnings, @created_at)
            """,
            cancellationToken,
            ("source_id", row.SourceId), ("text", document.Text), ("text_sha256", row.TextSha256),
            ("extractor_version", row.ExtractorVersion), ("warnings", row.Warnings), ("created_at", row.CreatedAt));
        await _dialect.FullText.AddAsync(_connection, _transaction, id, document.Text, cancellationToken);
        await AppendAuditAsync("add", "document", Key(id), null, row, cancellationToken);
        return id;
    }
}

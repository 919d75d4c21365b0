using System.Data.Common;
using Dossier.Core.Consolidation;
using Dossier.Core.Consolidation.Queries;
using Dossier.Core.Domain;
using Dossier.Storage.Rows;

namespace Dossier.Storage;

public abstract partial class SqlDossierStore
{
    private static async Task<IReadOnlyList<ClaimRecord>> ClaimRecordsAsync(
        DbConnection connection, IReadOnlyList<Claim> claims, Dictionary<long, SourceView> sources, CancellationToken cancellationToken)
    {
        var files = new Dictionary<long, string>();
        var texts = new Dictionary<long, string>();
        var documentOf = new Dictionary<long, long?>();
        var linkOf = new Dictionary<long, long?>();
        foreach (var chunk in claims.Select(c => c.Id).Chunk(500))
        {
            await using var command = connection.Command(null, $"SELECT id, document_id, link_id FROM claims WHERE id IN ({string.Join(", ", chunk)})");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                documentOf[reader.GetInt64(0)] = reader.IsDBNull(1) ? null : reader.GetInt64(1);
                linkOf[reader.GetInt64(0)] = reader.IsDBNull(2) ? null : reader.GetInt64(2);
            }
        }

        foreach (var sourceId in sources.Keys)
        {
            await using var command = connection.Command(null, "SELECT file_name FROM sources WHERE id = @id", ("id", sourceId));
            files[sourceId] = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        foreach (var documentId in documentOf.Values.OfType<long>().Distinct())
        {
            await using var command = connection.Command(null, "SELECT text FROM documents WHERE id = @id", ("id", documentId));
            texts[documentId] = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        return claims.Select(c =>
        {
            var source = c.SourceId is { } s && sources.TryGetValue(s, out var view) ? view : null;
            var text = documentOf.GetValueOrDefault(c.Id) is { } d ? texts[d] : null;
            var quote = c.Span is { } span && text is not null && span.End <= text.Length ? text[span.Start..span.End] : null;
            return new ClaimRecord(c.Id, c.IncidentId, c.Field, c.Value, ClaimValues.Display(c.Value), c.Status, c.RecordedBy)
            {
                SourceId = c.SourceId,
                SourceFile = c.SourceId is { } sid ? files.GetValueOrDefault(sid) : null,
                Publisher = source?.Publisher,
                Reliability = (source?.Grade ?? source?.PublisherGrade)?.ToString(),
                SpanStart = c.Span?.Start,
                SpanEnd = c.Span?.End,
                Quote = quote,
                Speaker = c.Speaker,
                LinkId = linkOf.GetValueOrDefault(c.Id),
                DuplicateOf = source?.DuplicateOf,
            };
        }).ToList();
    }

    private static async Task<IReadOnlyList<IncidentLink>> LinksAsync(DbConnection connection, IReadOnlyList<long> members, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            null,
            $"""
            SELECT id, event_id, kind, reason, created_by, source_id, event_ordinal, merged_event_id, undone_at
            FROM event_links WHERE event_id IN ({string.Join(", ", members)}) ORDER BY id
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var links = new List<IncidentLink>();
        while (await reader.ReadAsync(cancellationToken))
        {
            links.Add(new IncidentLink(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4))
            {
                SourceId = reader.IsDBNull(5) ? null : reader.GetInt64(5),
                EventOrdinal = reader.IsDBNull(6) ? null : reader.GetInt32(6),
                MergedIncidentId = reader.IsDBNull(7) ? null : reader.GetInt64(7),
                Undone = !reader.IsDBNull(8),
            });
        }

        return links;
    }
}

using System.Text.Json;
using Dossier.Core.Consolidation;
using Dossier.Core.Domain;
using Dossier.Core.Domain.Sources;
using Dossier.Storage.Rows;
using Dossier.Text.Model;

namespace Dossier.Storage;

public sealed partial class SqlRecordWriter
{
    private static readonly JsonSerializerOptions ResultJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task<long> AddExtractionAsync(long documentId, ExtractionResult extraction, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = Now();
        var published = extraction.Published;
        var row = new
        {
            DocumentId = documentId, PipelineVersion = extraction.Pipeline, Status = "done",
            DocumentDate = published?.Date.ToIso(), DocumentDatePrecision = published is { } p ? DateValue.PrecisionName(p.Date.Precision) : null,
            Events = extraction.Events.Count, Entities = extraction.Entities.Count, Demands = extraction.Demands.Count,
        };
        var id = await InsertReturningIdAsync(
            """
            INSERT INTO extractions (document_id, pipeline_version, status, document_date, document_date_precision, document_date_reasoning,
                result_json, queued_at, started_at, finished_at, duration_ms)
            VALUES (@document_id, @pipeline, 'done', @date, @precision, @reasoning, @result, @now, @now, @now, @ms)
            """,
            cancellationToken,
            ("document_id", documentId), ("pipeline", extraction.Pipeline), ("date", row.DocumentDate), ("precision", row.DocumentDatePrecision),
            ("reasoning", published?.Reasoning), ("result", JsonSerializer.Serialize(extraction, ResultJson)), ("now", now),
            ("ms", (long)duration.TotalMilliseconds));
        await AddMentionsAsync(id, extraction, cancellationToken);
        await AppendAuditAsync("add", "extraction", Key(id), null, row, cancellationToken);
        return id;
    }

    /// <summary>
    /// The extraction's spans as mentions: entity mentions, event triggers, event dates and counts. Part of
    /// the extraction record (audited with it), so one statement per 100 rows.
    /// </summary>
    private async Task AddMentionsAsync(long extractionId, ExtractionResult extraction, CancellationToken cancellationToken)
    {
        var mentions = new List<(string Kind, TextSpan Span, string Label, string? Value)>();
        foreach (var entity in extraction.Entities)
        {
            mentions.AddRange(entity.Mentions.Select(m => ("entity", m, entity.Type.ToString().ToLowerInvariant(), (string?)entity.Name)));
        }

        foreach (var ev in extraction.Events)
        {
            mentions.AddRange(ev.Triggers.Select(t => ("trigger", t, ev.Type, (string?)null)));
            if (ev.Date is { } date && ev.DateSpan is { } dateSpan)
            {
                mentions.Add(("date", dateSpan, ev.Type, date.ToIso()));
            }

            mentions.AddRange(ev.Counts.Select(c => ("quantity", c.Value.Span, c.Key, (string?)(c.Value.IsExact ? $"{c.Value.Min}" : $"{c.Value.Min}-{c.Value.Max}"))));
        }

        foreach (var chunk in mentions.Chunk(100))
        {
            var parameters = new List<(string, object?)> { ("x", extractionId) };
            var rows = new List<string>();
            for (var i = 0; i < chunk.Length; i++)
            {
                var (kind, span, label, value) = chunk[i];
                parameters.AddRange([($"k{i}", kind), ($"s{i}", span.Start), ($"e{i}", span.End), ($"l{i}", label), ($"v{i}", value)]);
                rows.Add($"(@x, @k{i}, @s{i}, @e{i}, @l{i}, @v{i})");
            }

            await using var insert = Command($"INSERT INTO mentions (extraction_id, kind, span_start, span_end, label, value) VALUES {string.Join(", ", rows)}", parameters.ToArray());
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<long>> SupersedeExtractedAsync(long sourceId, CancellationToken cancellationToken)
    {
        var superseded = new List<(long Id, long EventId)>();
        await using (var read = Command("SELECT id, event_id, recorded_by FROM claims WHERE source_id = @s AND status = 'proposed'", ("s", sourceId)))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                if (Recorder.IsExtractor(reader.GetString(2)))
                {
                    superseded.Add((reader.GetInt64(0), reader.GetInt64(1)));
                }
            }
        }

        foreach (var (id, _) in superseded)
        {
            await using var update = Command("UPDATE claims SET status = 'superseded' WHERE id = @id", ("id", id));
            await update.ExecuteNonQueryAsync(cancellationToken);
            await AppendAuditAsync("supersede", "claim", Key(id), new { Status = "proposed" }, new { Status = "superseded" }, cancellationToken);
        }

        var demands = new List<long>();
        await using (var read = Command("SELECT id, recorded_by FROM demands WHERE source_id = @s AND status = 'proposed'", ("s", sourceId)))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                if (Recorder.IsExtractor(reader.GetString(1)))
                {
                    demands.Add(reader.GetInt64(0));
                }
            }
        }

        foreach (var id in demands)
        {
            await using var delete = Command("DELETE FROM demands WHERE id = @id", ("id", id));
            await delete.ExecuteNonQueryAsync(cancellationToken);
            await AppendAuditAsync("remove", "demand", Key(id), new { SourceId = sourceId, Reason = "re-extraction" }, null, cancellationToken);
        }

        return superseded.Select(s => s.EventId).Distinct().ToList();
    }

    public async Task GradePublisherAsync(string publisher, SourceReliability grade, CancellationToken cancellationToken)
    {
        var key = NameKeys.Normal(publisher);
        string? before = null;
        await using (var read = Command("SELECT grade FROM publisher_grades WHERE publisher_key = @k", ("k", key)))
        {
            before = await read.ExecuteScalarAsync(cancellationToken) as string;
        }

        await using (var upsert = Command(
            """
            INSERT INTO publisher_grades (publisher_key, publisher, grade, graded_by, graded_at) VALUES (@k, @p, @g, @by, @at)
            ON CONFLICT (publisher_key) DO UPDATE SET grade = excluded.grade, graded_by = excluded.graded_by, graded_at = excluded.graded_at
            """,
            ("k", key), ("p", publisher), ("g", grade.ToString()), ("by", Actor), ("at", Now())))
        {
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        await AppendAuditAsync("grade", "publisher", key, before is null ? null : new { Grade = before }, new { Publisher = publisher, Grade = grade.ToString() }, cancellationToken);
    }
}

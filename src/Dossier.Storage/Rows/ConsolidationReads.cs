using System.Data.Common;
using Dossier.Core.Consolidation;
using Dossier.Core.Domain;
using Dossier.Core.Domain.Sources;

namespace Dossier.Storage.Rows;

/// <summary>Reads shared by the writer (inside its transaction) and the store's queries.</summary>
internal static class ConsolidationReads
{
    /// <summary>The incident and every incident merged into it, directly or through others.</summary>
    public static async Task<IReadOnlyList<long>> MemberIdsAsync(DbConnection connection, DbTransaction? transaction, long id, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            transaction,
            """
            WITH RECURSIVE members (id) AS (
                SELECT @id
                UNION SELECT e.id FROM events e JOIN members m ON e.merged_into = m.id
            )
            SELECT id FROM members
            """,
            ("id", id));
        return await ReadIdsAsync(command, cancellationToken);
    }

    /// <summary>Follows merged_into to the surviving incident; null when the id is unknown.</summary>
    public static async Task<long?> ResolveAsync(DbConnection connection, DbTransaction? transaction, long id, CancellationToken cancellationToken)
    {
        for (var hops = 0; hops < 1000; hops++)
        {
            await using var command = connection.Command(transaction, "SELECT merged_into FROM events WHERE id = @id", ("id", id));
            var value = await command.ExecuteScalarAsync(cancellationToken);
            if (value is null)
            {
                return null;
            }

            if (value is DBNull)
            {
                return id;
            }

            id = Convert.ToInt64(value);
        }

        throw new InvalidOperationException($"Incident {id}: merge forwarding loops.");
    }

    public static async Task<IReadOnlyList<Claim>> ClaimsAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<long> eventIds, CancellationToken cancellationToken)
    {
        var claims = new List<Claim>();
        foreach (var chunk in eventIds.Chunk(500))
        {
            var list = string.Join(", ", chunk);
            await using var command = connection.Command(transaction, $"SELECT {ConsolidationRows.ClaimColumns} FROM claims c WHERE c.event_id IN ({list}) ORDER BY c.id");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                claims.Add(ConsolidationRows.ReadClaim(reader));
            }
        }

        return claims;
    }

    /// <summary>Publisher, grades and duplicate-of for the given sources.</summary>
    public static async Task<Dictionary<long, SourceView>> SourceViewsAsync(DbConnection connection, DbTransaction? transaction, IEnumerable<long> sourceIds, CancellationToken cancellationToken)
    {
        var views = new Dictionary<long, SourceView>();
        foreach (var chunk in sourceIds.Distinct().Chunk(500))
        {
            await using var command = connection.Command(
                transaction,
                $"""
                SELECT s.id, s.publisher, s.reliability, f.duplicate_of
                FROM sources s LEFT JOIN source_fingerprints f ON f.source_id = s.id
                WHERE s.id IN ({string.Join(", ", chunk)})
                """);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetInt64(0);
                views[id] = new SourceView(id, reader.GetStringOrNull(1))
                {
                    Grade = ParseGrade(reader.GetStringOrNull(2)),
                    DuplicateOf = reader.IsDBNull(3) ? null : reader.GetInt64(3),
                };
            }
        }

        var publishers = views.Values.Where(v => v.Publisher is not null).Select(v => NameKeys.Normal(v.Publisher!)).Distinct().ToList();
        if (publishers.Count > 0)
        {
            var grades = new Dictionary<string, SourceReliability>(StringComparer.Ordinal);
            var parameters = publishers.Select((p, i) => ($"p{i}", (object?)p)).ToArray();
            await using var command = connection.Command(
                transaction, $"SELECT publisher_key, grade FROM publisher_grades WHERE publisher_key IN ({string.Join(", ", parameters.Select(p => "@" + p.Item1))})", parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                grades[reader.GetString(0)] = ParseGrade(reader.GetString(1))!.Value;
            }

            foreach (var view in views.Values.ToList())
            {
                if (view.Publisher is not null && grades.TryGetValue(NameKeys.Normal(view.Publisher), out var grade))
                {
                    views[view.Id] = view with { PublisherGrade = grade };
                }
            }
        }

        return views;
    }

    public static SourceReliability? ParseGrade(string? grade) =>
        grade is not null && Enum.TryParse<SourceReliability>(grade, out var parsed) ? parsed : null;

    public static async Task<IReadOnlyList<long>> ReadIdsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}

using System.Data.Common;
using Dossier.Core.Domain.Sources;

namespace Dossier.Storage.Rows;

/// <summary>The one place that maps a sources row (without its bytes) to <see cref="SourceSummary"/>.</summary>
internal static class SourceRows
{
    public const string Columns = "id, sha256, file_name, media_type, size_bytes, title, publisher, published, published_precision, url, reliability, added_by, added_at";

    public static SourceSummary Read(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetString(1),
        r.GetString(2),
        r.GetString(3),
        r.GetInt64(4),
        r.GetStringOrNull(5),
        r.GetStringOrNull(6),
        r.GetStringOrNull(7),
        r.GetStringOrNull(8),
        r.GetStringOrNull(9),
        r.GetStringOrNull(10),
        r.GetString(11),
        r.GetString(12));

    public static async Task<SourceSummary?> FindAsync(DbConnection connection, DbTransaction? transaction, string sha256, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, $"SELECT {Columns} FROM sources WHERE sha256 = @sha", ("sha", sha256));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }
}

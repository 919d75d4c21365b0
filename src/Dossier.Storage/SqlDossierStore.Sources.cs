using Dossier.Core.Domain.Documents;
using Dossier.Core.Domain.Sources;
using Dossier.Storage.Rows;

namespace Dossier.Storage;

public abstract partial class SqlDossierStore
{
    public async Task<IReadOnlyList<SourceSummary>> ListSourcesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, $"SELECT {SourceRows.Columns} FROM sources ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var sources = new List<SourceSummary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            sources.Add(SourceRows.Read(reader));
        }

        return sources;
    }

    public async Task<SourceSummary?> FindSourceAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SourceRows.FindAsync(connection, null, sha256, cancellationToken);
    }

    public async Task<byte[]?> ReadSourceContentAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT content FROM sources WHERE sha256 = @sha", ("sha", sha256));
        return await command.ExecuteScalarAsync(cancellationToken) as byte[];
    }

    public async Task<StoredDocument?> GetDocumentAsync(long documentId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            null,
            """
            SELECT d.id, d.source_id, s.sha256, d.text, d.text_sha256, d.extractor_version, d.created_at, s.published
            FROM documents d JOIN sources s ON s.id = d.source_id
            WHERE d.id = @id
            """,
            ("id", documentId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new StoredDocument(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6))
        {
            Published = PublishedDateParser.TryParse(reader.GetStringOrNull(7), out var published) ? published : null,
        };
    }

    public async Task<long> CountDocumentsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT COUNT(*) FROM documents");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }
}

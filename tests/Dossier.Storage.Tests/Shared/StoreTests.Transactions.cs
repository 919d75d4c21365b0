using System.Data.Common;
using System.Text;
using Dossier.Core.Domain.Documents;
using Dossier.Core.Domain.Sources;
using Dossier.Core.Hashing;
using Dossier.Core.Ingest;

namespace Dossier.Storage.Tests.Shared;

public abstract partial class StoreTests<TDb>
{
    private static NewSource Source(string text) =>
        new(Sha256Hex.OfText(text), "r.txt", "text/plain", Encoding.UTF8.GetBytes(text), new SourceMetadata("tester"), DateTimeOffset.UnixEpoch);

    private static NewDocument Document(long sourceId, string text) =>
        new(sourceId, text, Sha256Hex.OfText(text), "test-1", [], DateTimeOffset.UnixEpoch);

    [StoreFact]
    public async Task Writer_DisposedWithoutCommit_LeavesNoTrace()
    {
        var store = await OpenAsync();

        await using (var writer = await store.BeginWriteAsync("tester", None))
        {
            var sourceId = await writer.AddSourceAsync(Source("Abandoned write."), None);
            await writer.AddDocumentAsync(Document(sourceId, "Abandoned write."), None);
        }

        Assert.Empty(await store.ListSourcesAsync(None));
        Assert.Equal(0, await store.CountDocumentsAsync(None));
        Assert.Empty(await store.SearchAsync("abandoned", 10, None));
        Assert.Equal(0, await CountAsync("audit_log"));
        Assert.True((await store.VerifyAsync(None)).IsIntact);
    }

    [StoreFact]
    public async Task Writer_FailingHalfway_RollsBackTheWholeRecord()
    {
        var store = await OpenAsync();

        await using (var writer = await store.BeginWriteAsync("tester", None))
        {
            await writer.AddSourceAsync(Source("Half a record."), None);

            // A document pointing at no source violates a foreign key: the database refuses it.
            await Assert.ThrowsAnyAsync<DbException>(() => writer.AddDocumentAsync(Document(987654, "Half a record."), None));
        }

        Assert.Empty(await store.ListSourcesAsync(None));
        Assert.Equal(0, await CountAsync("audit_log"));
        Assert.Equal(0, await CountAsync("document_fts"));

        // The next write starts its chain cleanly.
        await IngestAsync(store, "next.txt", "The next record.");
        Assert.True((await store.VerifyAsync(None)).IsIntact);
        Assert.Equal([1L, 2L], (await store.ReadAuditAsync(null, null, 10, None)).Select(r => r.Id));
    }

    [StoreFact]
    public async Task Writer_UncommittedRecord_IsInvisibleToReaders_UntilCommit()
    {
        var store = await OpenAsync();
        var source = Source("Pending record.");

        await using var writer = await store.BeginWriteAsync("tester", None);
        await writer.AddSourceAsync(source, None);
        Assert.NotNull(await writer.FindSourceAsync(source.Sha256, None));
        Assert.Null(await store.FindSourceAsync(source.Sha256, None));

        await writer.CommitAsync(None);

        Assert.NotNull(await store.FindSourceAsync(source.Sha256, None));
    }

    [StoreFact]
    public async Task Writers_InTwoStoresOnOneDatabase_KeepOneUnbrokenChain()
    {
        var left = await OpenAsync();
        var right = await OpenAsync();

        var results = await Task.WhenAll(
            Task.Run(() => IngestManyAsync(left, "left", 12)),
            Task.Run(() => IngestManyAsync(right, "right", 12)));

        Assert.All(results.SelectMany(r => r), r => Assert.Equal(IngestOutcome.Added, r.Outcome));
        Assert.Equal(24, (await left.ListSourcesAsync(None)).Count);
        var audit = await right.ReadAuditAsync(null, null, 1000, None);
        Assert.Equal(Enumerable.Range(1, 48).Select(i => (long)i), audit.Select(a => a.Id));
        var report = await left.VerifyAsync(None);
        Assert.True(report.IsIntact, string.Join("; ", report.Problems));
    }

    [StoreFact]
    public async Task Writers_AddingTheSameBytesAtOnce_AddItOnlyOnce()
    {
        var left = await OpenAsync();
        var right = await OpenAsync();

        for (var round = 0; round < 5; round++)
        {
            var text = $"Round {round}: both processes received this report.";
            var outcomes = await Task.WhenAll(
                Task.Run(() => IngestAsync(left, "left.txt", text)),
                Task.Run(() => IngestAsync(right, "right.txt", text)));

            Assert.Equal([IngestOutcome.Added, IngestOutcome.Duplicate], outcomes.Select(o => o.Outcome).Order());
        }

        Assert.Equal(5, (await left.ListSourcesAsync(None)).Count);
        Assert.True((await right.VerifyAsync(None)).IsIntact);
    }

    private static async Task<List<IngestResult>> IngestManyAsync(SqlDossierStore store, string prefix, int count)
    {
        var results = new List<IngestResult>();
        for (var i = 0; i < count; i++)
        {
            results.Add(await IngestAsync(store, $"{prefix}-{i}.txt", $"Report {i} from the {prefix} writer."));
        }

        return results;
    }
}

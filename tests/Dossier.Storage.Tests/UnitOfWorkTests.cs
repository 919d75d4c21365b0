using Dossier.Core.Domain.Documents;
using Dossier.Core.Ingest;
using Dossier.Core.Storage;
using Dossier.Storage.Tests.Fixtures;

namespace Dossier.Storage.Tests;

/// <summary>Document processors share the ingest transaction; writers never interleave their audit rows.</summary>
public sealed class UnitOfWorkTests
{
    [Fact]
    public async Task Ingest_RollsBackSourceDocumentAndAudit_WhenAProcessorFails()
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var service = new IngestService(store, TimeProvider.System, new IngestOptions(), [new ThrowingProcessor()]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => service.IngestAsync(Reports.Request("a.txt", "Text."), CancellationToken.None));

        Assert.Equal(0L, await Sql.ScalarAsync(db.Path, "SELECT COUNT(*) FROM sources"));
        Assert.Equal(0L, await Sql.ScalarAsync(db.Path, "SELECT COUNT(*) FROM document_fts"));
        Assert.Equal(0L, await Sql.ScalarAsync(db.Path, "SELECT COUNT(*) FROM audit_log"));
    }

    [Fact]
    public async Task Processor_SeesTheStoredDocumentInsideTheTransaction_BeforeOthersDo()
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var probe = new ProbeProcessor(store);
        var service = new IngestService(store, TimeProvider.System, new IngestOptions(), [probe]);

        var result = await service.IngestAsync(Reports.Request("a.txt", "Text seen by the processor."), CancellationToken.None);

        Assert.Equal("Text seen by the processor.", probe.Document!.Text);
        Assert.Equal(result.DocumentId, probe.Document.Id);
        Assert.True(probe.VisibleInsideTransaction);
        Assert.False(probe.VisibleOutsideTransaction);
    }

    [Fact]
    public async Task ConcurrentWriters_KeepOneUnbrokenAuditChain()
    {
        await using var db = new TempDatabase();
        var first = await db.OpenAsync();
        var second = await db.OpenAsync();

        async Task IngestManyAsync(IDossierStore store, string prefix)
        {
            var service = new IngestService(store, TimeProvider.System);
            for (var i = 0; i < 25; i++)
            {
                await service.IngestAsync(Reports.Request($"{prefix}{i}.txt", $"Report {prefix} number {i}."), CancellationToken.None);
            }
        }

        await Task.WhenAll(Task.Run(() => IngestManyAsync(first, "x")), Task.Run(() => IngestManyAsync(second, "y")));

        var report = await first.VerifyAsync(CancellationToken.None);
        Assert.True(report.IsIntact, string.Join("\n", report.Problems));
        Assert.Equal((50L, 100L), (report.SourcesChecked, report.AuditRowsChecked));
    }

    private sealed class ThrowingProcessor : IDocumentProcessor
    {
        public string Name => "throws";

        public Task ProcessAsync(StoredDocument document, IRecordWriter writer, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("processor bug");
    }

    private sealed class ProbeProcessor(IDossierStore store) : IDocumentProcessor
    {
        public string Name => "probe";

        public StoredDocument? Document { get; private set; }

        public bool VisibleInsideTransaction { get; private set; }

        public bool VisibleOutsideTransaction { get; private set; }

        public async Task ProcessAsync(StoredDocument document, IRecordWriter writer, CancellationToken cancellationToken)
        {
            Document = document;
            VisibleInsideTransaction = await writer.FindSourceAsync(document.SourceSha256, cancellationToken) is not null;
            VisibleOutsideTransaction = await store.FindSourceAsync(document.SourceSha256, cancellationToken) is not null;
        }
    }
}

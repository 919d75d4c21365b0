using Dossier.Core.Domain.Documents;
using Dossier.Core.Domain.Sources;
using Dossier.Core.Ingest;
using Dossier.Core.Storage;
using Dossier.Storage.Tests.Fixtures;
using Dossier.Text.Model;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Tests;

/// <summary>
/// Document processors read before the ingest transaction and write inside it; writers never
/// interleave their audit rows.
/// </summary>
public sealed class UnitOfWorkTests
{
    [Fact]
    public async Task Ingest_RollsBackSourceDocumentAndAudit_WhenAProcessorsWriteFails()
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var service = new IngestService(store, TimeProvider.System, new IngestOptions(), [new ThrowingProcessor(inPrepare: false)]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => service.IngestAsync(Reports.Request("a.txt", "Text."), CancellationToken.None));

        await AssertEmptyAsync(db.Path);
    }

    [Fact]
    public async Task Ingest_WritesNothing_WhenAProcessorsPrepareFails()
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var service = new IngestService(store, TimeProvider.System, new IngestOptions(), [new ThrowingProcessor(inPrepare: true)]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => service.IngestAsync(Reports.Request("a.txt", "Text."), CancellationToken.None));

        await AssertEmptyAsync(db.Path);
    }

    [Fact]
    public async Task Processor_PreparesWithoutTheWriteLock_AndWritesInsideTheTransaction_BeforeOthersSeeIt()
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var probe = new ProbeProcessor(store, db.Path);
        var service = new IngestService(store, TimeProvider.System, new IngestOptions(), [probe]);

        var result = await service.IngestAsync(Reports.Request("a.txt", "Text seen by the processor."), CancellationToken.None);

        Assert.Equal("Text seen by the processor.", probe.PreparedText);
        Assert.True(probe.WriteLockFreeWhilePreparing);
        Assert.False(probe.WriteLockFreeWhileWriting); // the same check does see the lock when it is held
        Assert.Equal(result.DocumentId, probe.Document!.Id);
        Assert.Equal("Text seen by the processor.", probe.Document.Text);
        Assert.True(probe.VisibleInsideTransaction);
        Assert.False(probe.VisibleOutsideTransaction);
    }

    [Fact]
    public async Task Processor_IsGivenThePublicationDate_WhenPreparingAndWriting()
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var probe = new ProbeProcessor(store, db.Path);
        var service = new IngestService(store, TimeProvider.System, new IngestOptions(), [probe]);
        var metadata = new SourceMetadata("tester") { Published = DateValue.Month(2019, 3) };

        await service.IngestAsync(new IngestRequest("a.txt", new MemoryStream("Dated text."u8.ToArray()), metadata), CancellationToken.None);

        Assert.Equal(DateValue.Month(2019, 3), probe.PreparedPublished);
        Assert.Equal(DateValue.Month(2019, 3), probe.Document!.Published);
        Assert.Equal(DateValue.Month(2019, 3), (await store.GetDocumentAsync(probe.Document.Id, CancellationToken.None))!.Published);
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

    private static async Task AssertEmptyAsync(string path)
    {
        Assert.Equal(0L, await Sql.ScalarAsync(path, "SELECT COUNT(*) FROM sources"));
        Assert.Equal(0L, await Sql.ScalarAsync(path, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(0L, await Sql.ScalarAsync(path, "SELECT COUNT(*) FROM document_fts"));
        Assert.Equal(0L, await Sql.ScalarAsync(path, "SELECT COUNT(*) FROM audit_log"));
    }

    /// <summary>True when another connection can take the write lock within a second.</summary>
    private static bool WriteLockIsFree(string path)
    {
        // Microsoft.Data.Sqlite retries a busy database until the command timeout (0 would mean forever).
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Default Timeout=1");
        connection.Open();
        try
        {
            // As the store's writers do (BEGIN IMMEDIATE).
            using var transaction = connection.BeginTransaction(deferred: false);
            transaction.Rollback();
            return true;
        }
        catch (SqliteException error) when (error.SqliteErrorCode == 5)
        {
            return false; // SQLITE_BUSY
        }
    }

    private sealed class ThrowingProcessor(bool inPrepare) : IDocumentProcessor, IDocumentWrite
    {
        public string Name => "throws";

        public IDocumentWrite Prepare(string text, DateValue? published, CancellationToken cancellationToken) =>
            inPrepare ? throw new InvalidOperationException("processor bug while reading") : this;

        public Task WriteAsync(StoredDocument document, IRecordWriter writer, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("processor bug while writing");
    }

    private sealed class ProbeProcessor(IDossierStore store, string path) : IDocumentProcessor, IDocumentWrite
    {
        public string Name => "probe";

        public string? PreparedText { get; private set; }

        public DateValue? PreparedPublished { get; private set; }

        public bool WriteLockFreeWhilePreparing { get; private set; }

        public bool WriteLockFreeWhileWriting { get; private set; }

        public StoredDocument? Document { get; private set; }

        public bool VisibleInsideTransaction { get; private set; }

        public bool VisibleOutsideTransaction { get; private set; }

        public IDocumentWrite Prepare(string text, DateValue? published, CancellationToken cancellationToken)
        {
            (PreparedText, PreparedPublished) = (text, published);
            WriteLockFreeWhilePreparing = WriteLockIsFree(path);
            return this;
        }

        public async Task WriteAsync(StoredDocument document, IRecordWriter writer, CancellationToken cancellationToken)
        {
            Document = document;
            WriteLockFreeWhileWriting = WriteLockIsFree(path);
            VisibleInsideTransaction = await writer.FindSourceAsync(document.SourceSha256, cancellationToken) is not null;
            VisibleOutsideTransaction = await store.FindSourceAsync(document.SourceSha256, cancellationToken) is not null;
        }
    }
}

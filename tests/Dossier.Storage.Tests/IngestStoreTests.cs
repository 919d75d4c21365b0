using System.Text;
using Dossier.Core.Domain.Sources;
using Dossier.Core.Ingest;

namespace Dossier.Storage.Tests;

public sealed class IngestStoreTests
{
    private static IngestRequest Request(string name, string text) =>
        new(name, new MemoryStream(Encoding.UTF8.GetBytes(text)), new SourceMetadata("tester") { Publisher = "Test Wire" });

    [Fact]
    public async Task Ingest_ArchivesBytesAndText_AndAuditsBothRows()
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var service = new IngestService(store, TimeProvider.System);

        var result = await service.IngestAsync(Request("report.txt", "Police detained twelve students in the capital."), CancellationToken.None);

        Assert.Equal(IngestOutcome.Added, result.Outcome);
        var source = Assert.Single(await store.ListSourcesAsync(CancellationToken.None));
        Assert.Equal("report.txt", source.FileName);
        Assert.Equal("Test Wire", source.Publisher);
        Assert.Equal("tester", source.AddedBy);
        Assert.Equal(Encoding.UTF8.GetBytes("Police detained twelve students in the capital."), await store.ReadSourceContentAsync(source.Sha256, CancellationToken.None));
        var audit = await store.ReadAuditAsync(null, null, 100, CancellationToken.None);
        Assert.Equal(["source", "document"], audit.Select(a => a.Entity));
        Assert.All(audit, a => Assert.Equal("tester", a.Actor));
        Assert.True((await store.VerifyAsync(CancellationToken.None)).IsIntact);
    }

    [Fact]
    public async Task Ingest_AddsNothing_WhenTheSameBytesComeAgainUnderAnotherName()
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var service = new IngestService(store, TimeProvider.System);
        var first = await service.IngestAsync(Request("first.txt", "Same words."), CancellationToken.None);

        var second = await service.IngestAsync(Request("second.txt", "Same words."), CancellationToken.None);

        Assert.Equal(IngestOutcome.Duplicate, second.Outcome);
        Assert.Equal($"duplicate of {first.Sha256} (first.txt)", second.Reason);
        Assert.Single(await store.ListSourcesAsync(CancellationToken.None));
        Assert.Equal(1, await store.CountDocumentsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Search_FindsDocumentsByWords_WithHighlightedSnippet()
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var service = new IngestService(store, TimeProvider.System);
        await service.IngestAsync(Request("a.txt", "Soldiers opened fire on a funeral procession near the river."), CancellationToken.None);
        await service.IngestAsync(Request("b.txt", "The court sentenced three journalists to prison."), CancellationToken.None);

        var hits = await store.SearchAsync("funeral \"river", 10, CancellationToken.None);

        var hit = Assert.Single(hits);
        Assert.Equal("a.txt", hit.FileName);
        Assert.Contains("**funeral**", hit.Snippet);
        Assert.Empty(await store.SearchAsync("funeral journalists", 10, CancellationToken.None));
    }
}

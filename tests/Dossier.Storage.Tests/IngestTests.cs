using System.Text;
using Dossier.Core.Ingest;
using Dossier.Storage.Tests.Fixtures;

namespace Dossier.Storage.Tests;

public sealed class IngestTests
{
    private static readonly DateTimeOffset Now = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    [Theory]
    [InlineData("report.txt", "text/plain")]
    [InlineData("report.md", "text/markdown")]
    [InlineData("report.html", "text/html")]
    [InlineData("report.htm", "text/html")]
    [InlineData("report.pdf", "application/pdf")]
    public async Task Ingest_ArchivesEachFormat_WithOriginalBytesAndSearchableText(string fileName, string mediaType)
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync(new FixedTime(Now));
        var service = new IngestService(store, new FixedTime(Now));
        const string sentence = "Militia fighters abducted eleven aid workers near the border crossing.";
        var bytes = Path.GetExtension(fileName) switch
        {
            ".pdf" => Reports.Pdf(sentence),
            ".md" => Encoding.UTF8.GetBytes($"# Bulletin\n\n{sentence}\n"),
            ".txt" => Encoding.UTF8.GetBytes(sentence),
            _ => Encoding.UTF8.GetBytes($"<html><head><title>Bulletin</title><script>var s = 'hidden';</script></head><body><p>{sentence}</p></body></html>"),
        };

        var result = await service.IngestAsync(Reports.Request(fileName, bytes), CancellationToken.None);

        Assert.Equal(IngestOutcome.Added, result.Outcome);
        var source = Assert.Single(await store.ListSourcesAsync(CancellationToken.None));
        Assert.Equal((fileName, mediaType, bytes.LongLength, "tester", "2024-05-06T07:08:09.0000000Z"), (source.FileName, source.MediaType, source.SizeBytes, source.AddedBy, source.AddedAt));
        Assert.Equal(bytes, await store.ReadSourceContentAsync(source.Sha256, CancellationToken.None));
        var document = await store.GetDocumentAsync(result.DocumentId!.Value, CancellationToken.None);
        Assert.Contains(sentence, document!.Text);
        Assert.DoesNotContain("hidden", document.Text);
        Assert.Equal(result.DocumentId, Assert.Single(await store.SearchAsync("abducted aid workers", 5, CancellationToken.None)).DocumentId);
    }

    [Fact]
    public async Task Ingest_WritesSourceDocumentAndAuditRows_ChainedAndByTheAddingUser()
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var service = new IngestService(store, TimeProvider.System);

        await service.IngestAsync(Reports.Request("a.txt", "First report.", "alice"), CancellationToken.None);
        await service.IngestAsync(Reports.Request("b.txt", "Second report.", "bob"), CancellationToken.None);

        var audit = await store.ReadAuditAsync(null, null, 100, CancellationToken.None);
        Assert.Equal(["source", "document", "source", "document"], audit.Select(a => a.Entity));
        Assert.Equal(["alice", "alice", "bob", "bob"], audit.Select(a => a.Actor));
        Assert.Equal([1L, 2, 3, 4], audit.Select(a => a.Id));
        Assert.All(audit.Skip(1).Zip(audit), pair => Assert.Equal(pair.Second.Hash, pair.First.PrevHash));
        Assert.True((await store.VerifyAsync(CancellationToken.None)).IsIntact);
    }

    [Fact]
    public async Task Ingest_AddsNothing_WhenTheSameBytesComeAgainUnderAnotherName()
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var service = new IngestService(store, TimeProvider.System);
        var first = await service.IngestAsync(Reports.Request("first.txt", "Same words."), CancellationToken.None);

        var second = await service.IngestAsync(Reports.Request("second.txt", "Same words."), CancellationToken.None);

        Assert.Equal(IngestOutcome.Duplicate, second.Outcome);
        Assert.Equal($"duplicate of {first.Sha256} (first.txt)", second.Reason);
        Assert.Single(await store.ListSourcesAsync(CancellationToken.None));
        Assert.Equal(1, await store.CountDocumentsAsync(CancellationToken.None));
        Assert.Equal(2, (await store.ReadAuditAsync(null, null, 100, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Ingest_KeepsMetadata_AndTakesTheTitleFromHtmlWhenNoneIsGiven()
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var service = new IngestService(store, TimeProvider.System);
        Core.Domain.Sources.PublishedDateParser.TryParse("2019-03", out var published);
        var metadata = new Core.Domain.Sources.SourceMetadata("carol")
        {
            Publisher = "Rights Watch", Published = published, Url = "https://example.org/r", Reliability = Core.Domain.Sources.SourceReliability.B,
        };
        var html = "<html><head><title>Camp raided</title></head><body><p>Guards beat detainees.</p></body></html>"u8.ToArray();

        await service.IngestAsync(new IngestRequest("raid.html", new MemoryStream(html), metadata), CancellationToken.None);

        var source = Assert.Single(await store.ListSourcesAsync(CancellationToken.None));
        Assert.Equal(("Rights Watch", "2019-03", "month", "https://example.org/r", "B", "Camp raided", "carol"),
            (source.Publisher, source.Published, source.PublishedPrecision, source.Url, source.Reliability, source.Title, source.AddedBy));
    }
}

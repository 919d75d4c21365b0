using System.Data.Common;
using System.Text;
using Dossier.Core.Domain.Documents;
using Dossier.Core.Domain.Sources;
using Dossier.Core.Hashing;
using Dossier.Core.Ingest;
using Dossier.Text.Model;

namespace Dossier.Storage.Tests.Shared;

public abstract partial class StoreTests<TDb>
{
    [StoreFact]
    public async Task Sources_AddThenFind_ReturnsMetadataAndTheOriginalBytes()
    {
        var store = await OpenAsync();
        var text = "Police detained twelve students outside the court.";
        var metadata = new SourceMetadata("amira")
        {
            Publisher = "Rights Monitor",
            Title = "Students detained",
            Url = "https://example.org/r/1",
            Published = DateValue.Month(2021, 6),
            Reliability = SourceReliability.B,
        };

        var result = await new IngestService(store, TimeProvider.System).IngestAsync(new IngestRequest("r1.txt", new MemoryStream(Encoding.UTF8.GetBytes(text)), metadata), None);

        Assert.Equal(IngestOutcome.Added, result.Outcome);
        var source = await store.FindSourceAsync(result.Sha256!, None);
        Assert.NotNull(source);
        Assert.Equal(("r1.txt", "Rights Monitor", "Students detained", "https://example.org/r/1"), (source.FileName, source.Publisher, source.Title, source.Url));
        Assert.Equal(("2021-06", "month", "B", "amira"), (source.Published, source.PublishedPrecision, source.Reliability, source.AddedBy));
        Assert.Equal(Encoding.UTF8.GetByteCount(text), source.SizeBytes);
        Assert.Equal(Encoding.UTF8.GetBytes(text), await store.ReadSourceContentAsync(result.Sha256!, None));
        Assert.Null(await store.FindSourceAsync(new string('a', 64), None));
        Assert.Null(await store.ReadSourceContentAsync(new string('a', 64), None));
    }

    [StoreFact]
    public async Task Sources_KeepEveryByteValue_OfBinaryOriginals()
    {
        var store = await OpenAsync();
        var bytes = Enumerable.Range(0, 512).Select(i => (byte)(i % 256)).ToArray();
        var sha = Sha256Hex.Of(bytes);

        await using (var writer = await store.BeginWriteAsync("tester", None))
        {
            await writer.AddSourceAsync(new NewSource(sha, "all-bytes.bin", "application/octet-stream", bytes, new SourceMetadata("tester"), DateTimeOffset.UnixEpoch), None);
            await writer.CommitAsync(None);
        }

        Assert.Equal(bytes, await store.ReadSourceContentAsync(sha, None));
        Assert.True((await store.VerifyAsync(None)).IsIntact);
    }

    [StoreFact]
    public async Task Sources_SameBytesAgain_AreADuplicateAndAddNothing()
    {
        var store = await OpenAsync();
        var first = await IngestAsync(store, "first.txt", "The same words twice.");

        var second = await IngestAsync(store, "second.txt", "The same words twice.");

        Assert.Equal(IngestOutcome.Duplicate, second.Outcome);
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal("first.txt", Assert.Single(await store.ListSourcesAsync(None)).FileName);
        Assert.Equal(1, await store.CountDocumentsAsync(None));
        Assert.Equal(2, await CountAsync("audit_log"));
    }

    [StoreFact]
    public async Task Sources_SecondRowWithTheSameHash_IsRefusedByTheSchema()
    {
        var store = await OpenAsync();
        var source = new NewSource(Sha256Hex.OfText("x"), "a.txt", "text/plain", Encoding.UTF8.GetBytes("x"), new SourceMetadata("tester"), DateTimeOffset.UnixEpoch);
        await using (var writer = await store.BeginWriteAsync("tester", None))
        {
            await writer.AddSourceAsync(source, None);
            await writer.CommitAsync(None);
        }

        await using (var writer = await store.BeginWriteAsync("tester", None))
        {
            await Assert.ThrowsAnyAsync<DbException>(() => writer.AddSourceAsync(source with { FileName = "b.txt" }, None));
        }

        Assert.Single(await store.ListSourcesAsync(None));
        Assert.Equal(1, await CountAsync("audit_log"));
    }

    [StoreFact]
    public async Task Sources_AreListedInTheOrderTheyWereAdded()
    {
        var store = await OpenAsync();
        foreach (var name in new[] { "c.txt", "a.txt", "b.txt" })
        {
            await IngestAsync(store, name, "Report " + name);
        }

        Assert.Equal(["c.txt", "a.txt", "b.txt"], (await store.ListSourcesAsync(None)).Select(s => s.FileName));
    }

    [StoreFact]
    public async Task Documents_GetDocument_ReturnsTheTextItsHashAndItsSource()
    {
        var store = await OpenAsync();
        var text = "Forty families were displaced when the camp was demolished.";
        var added = await IngestAsync(store, "camp.txt", text);

        var document = await store.GetDocumentAsync(added.DocumentId!.Value, None);

        Assert.NotNull(document);
        Assert.Equal(text, document.Text);
        Assert.Equal(Sha256Hex.OfText(text), document.TextSha256);
        Assert.Equal((added.SourceId!.Value, added.Sha256), (document.SourceId, document.SourceSha256));
        Assert.Null(await store.GetDocumentAsync(added.DocumentId.Value + 1, None));
        Assert.Equal(1, await store.CountDocumentsAsync(None));
    }

    [StoreFact]
    public async Task Documents_KeepUnicodeTextExactly()
    {
        var store = await OpenAsync();
        var text = "Zeugen in Ağrı und Łódź: «über 30» Verhaftete — 𝟥 Tote.\r\nNeue Zeile\tund Tab.";
        var added = await IngestAsync(store, "unicode.txt", text);

        var document = await store.GetDocumentAsync(added.DocumentId!.Value, None);

        Assert.Equal(text, document!.Text);
        Assert.True((await store.VerifyAsync(None)).IsIntact);
    }
}

using System.Text;
using Dossier.Core.Ingest;
using Dossier.Storage.Tests.Fixtures;

namespace Dossier.Storage.Tests;

/// <summary>Each kind of bad input gives one clear reason and leaves nothing behind.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string, byte[], string> Refused => new()
    {
        { "empty.txt", [], "empty file" },
        { "photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3], "not a text file: looks like a PNG image" },
        { "dump.md", [.. "abc"u8, 0, .. "def"u8], "not a text file: looks like binary data (contains NUL bytes)" },
        { "letter.docx", "PK not really"u8.ToArray(), "unsupported file type '.docx' (supported: .txt, .md, .html, .htm, .pdf)" },
        { "broken.pdf", "%PDF-1.4\n1 0 obj garbage"u8.ToArray(), "corrupt PDF: " },
        { "fake.pdf", "plain words"u8.ToArray(), "corrupt PDF: no %PDF header" },
        { "blank.html", "<html><body><script>x()</script></body></html>"u8.ToArray(), "no text found in the file" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Ingest_FailsWithAClearReason_AndWritesNothing(string fileName, byte[] content, string reason)
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var service = new IngestService(store, TimeProvider.System);

        var result = await service.IngestAsync(Reports.Request(fileName, content), CancellationToken.None);

        Assert.Equal(IngestOutcome.Failed, result.Outcome);
        Assert.StartsWith(reason, result.Reason);
        await AssertNothingWrittenAsync(db);
    }

    [Fact]
    public async Task Ingest_RefusesFilesOverTheSizeLimit_WithoutReadingThemWhole()
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var service = new IngestService(store, TimeProvider.System, new IngestOptions { MaxBytes = 1000 }, []);

        var atLimit = await service.IngestAsync(Reports.Request("ok.txt", new string('a', 1000)), CancellationToken.None);
        var over = await service.IngestAsync(Reports.Request("big.txt", new string('b', 1001)), CancellationToken.None);

        Assert.Equal(IngestOutcome.Added, atLimit.Outcome);
        Assert.Equal(IngestOutcome.Failed, over.Outcome);
        Assert.Equal("over the size limit (1,001 bytes; limit 1,000, see --max-bytes)", over.Reason);
    }

    [Fact]
    public async Task Ingest_StopsReadingAPipeOnceItPassesTheSizeLimit()
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var service = new IngestService(store, TimeProvider.System, new IngestOptions { MaxBytes = 100_000 }, []);
        var meta = new Core.Domain.Sources.SourceMetadata("t");

        var small = await service.IngestAsync(new IngestRequest("stdin", new PipeStream(new byte[5000].Select(_ => (byte)'a').ToArray()), meta), CancellationToken.None);
        var large = await service.IngestAsync(new IngestRequest("stdin", new PipeStream(new byte[300_000].Select(_ => (byte)'b').ToArray()), meta), CancellationToken.None);

        Assert.Equal(IngestOutcome.Added, small.Outcome);
        Assert.Equal("over the size limit (more than 100,000 bytes; limit 100,000, see --max-bytes)", large.Reason);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Ingest_ReportsAnUnreadableStream_AsCannotRead(bool seekable)
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var service = new IngestService(store, TimeProvider.System);

        var result = await service.IngestAsync(new IngestRequest("disk.txt", new FailingStream(seekable), new Core.Domain.Sources.SourceMetadata("t")), CancellationToken.None);

        Assert.Equal("cannot read: Input/output error", result.Reason);
        await AssertNothingWrittenAsync(db);
    }

    [Fact]
    public async Task Ingest_AddsInvalidUtf8WithReplacementCharacters_AndAWarning()
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var service = new IngestService(store, TimeProvider.System);
        byte[] latin1 = [.. "Ni"u8, 0xF1, .. "os detenidos"u8];

        var result = await service.IngestAsync(Reports.Request("latin1.txt", latin1), CancellationToken.None);

        Assert.Equal(IngestOutcome.Added, result.Outcome);
        Assert.Equal(["invalid UTF-8: 1 invalid byte sequence(s) replaced with U+FFFD"], result.Warnings);
        Assert.Equal("Ni\uFFFDos detenidos", (await store.GetDocumentAsync(result.DocumentId!.Value, CancellationToken.None))!.Text);
        Assert.Equal(latin1, await store.ReadSourceContentAsync(result.Sha256!, CancellationToken.None));
    }

    private static async Task AssertNothingWrittenAsync(TempDatabase db)
    {
        Assert.Equal(0L, await Sql.ScalarAsync(db.Path, "SELECT COUNT(*) FROM sources"));
        Assert.Equal(0L, await Sql.ScalarAsync(db.Path, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(0L, await Sql.ScalarAsync(db.Path, "SELECT COUNT(*) FROM audit_log"));
    }
}

using System.Text;
using Dossier.Core.Domain.Documents;
using Dossier.Core.Domain.Sources;
using Dossier.Core.Ingest;
using Dossier.Core.Storage;
using Dossier.Storage.Tests.Fixtures;
using Dossier.Text.Model;

namespace Dossier.Storage.Tests;

/// <summary>
/// A batch is read and analysed on several threads and written by one writer in input order; a bad
/// file is reported and the batch goes on; duplicates are still caught.
/// </summary>
public sealed class ParallelIngestTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task RunAsync_PreparesSeveralReportsAtOnce()
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var overlap = new OverlapProcessor();
        var ingest = new ParallelIngest(new IngestService(store, TimeProvider.System, new IngestOptions(), [overlap]), workers: 2);

        var results = await CollectAsync(ingest, Inputs(4));

        Assert.All(results, r => Assert.Equal(IngestOutcome.Added, r.Outcome));
        Assert.True(overlap.SawTwoAtOnce, "no two reports were prepared at the same time");
    }

    [Fact]
    public async Task RunAsync_WritesInInputOrder_WhenAnEarlierReportIsSlowerToRead()
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var slow = new SlowFirstProcessor();
        var ingest = new ParallelIngest(new IngestService(store, TimeProvider.System, new IngestOptions(), [slow]), workers: 4);
        var inputs = Inputs(8);

        var results = await CollectAsync(ingest, inputs);

        Assert.Equal(inputs.Select(i => i.FileName), results.Select(r => r.FileName));
        Assert.True(slow.OthersReadFirst, "later reports were not read while the first one was held");
        var ids = results.Select(r => r.SourceId!.Value).ToList();
        Assert.Equal(ids.Order(), ids);
        var audit = await store.VerifyAsync(None);
        Assert.True(audit.IsIntact, string.Join("\n", audit.Problems));
    }

    [Fact]
    public async Task RunAsync_ReportsBadFiles_AndGoesOn()
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var ingest = new ParallelIngest(new IngestService(store, TimeProvider.System), workers: 2);
        var metadata = new SourceMetadata("tester");
        IngestInput[] inputs =
        [
            Input("good-1.txt", "The first good report."),
            new("missing.txt", () => throw new FileNotFoundException("no such file: missing.txt"), metadata),
            Input("empty.txt", ""),
            Input("image.png", "not a report"),
            Input("good-2.txt", "The second good report."),
        ];

        var results = await CollectAsync(ingest, inputs);

        Assert.Equal(
            [IngestOutcome.Added, IngestOutcome.Failed, IngestOutcome.Failed, IngestOutcome.Failed, IngestOutcome.Added],
            results.Select(r => r.Outcome));
        Assert.StartsWith("cannot read: no such file", results[1].Reason);
        Assert.Equal("empty file", results[2].Reason);
        Assert.Contains("unsupported file type", results[3].Reason);
        Assert.Equal(2L, await Sql.ScalarAsync(db.Path, "SELECT COUNT(*) FROM sources"));
    }

    [Fact]
    public async Task RunAsync_AddsTheSameBytesOnce_WhenTheyArePreparedTogether()
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var ingest = new ParallelIngest(new IngestService(store, TimeProvider.System), workers: 4);

        var results = await CollectAsync(ingest, [Input("a.txt", "Same words."), Input("b.txt", "Same words."), Input("c.txt", "Other words.")]);

        Assert.Equal([IngestOutcome.Added, IngestOutcome.Duplicate, IngestOutcome.Added], results.Select(r => r.Outcome));
        Assert.Contains("(a.txt)", results[1].Reason);
        Assert.Equal(2L, await Sql.ScalarAsync(db.Path, "SELECT COUNT(*) FROM sources"));
    }

    [Fact]
    public async Task RunAsync_SkipsPreparingADuplicate_OfASourceAlreadyStored()
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var counting = new OverlapProcessor();
        var service = new IngestService(store, TimeProvider.System, new IngestOptions(), [counting]);
        await service.IngestAsync(Reports.Request("first.txt", "Report 1 of the batch."), None);

        var results = await CollectAsync(new ParallelIngest(service, workers: 2), [Input("again.txt", "Report 1 of the batch.")]);

        Assert.Equal(IngestOutcome.Duplicate, Assert.Single(results).Outcome);
        Assert.Equal(1, counting.Prepared);
    }

    [Fact]
    public async Task RunAsync_StopsBetweenReports_WhenCancelled()
    {
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var ingest = new ParallelIngest(new IngestService(store, TimeProvider.System), workers: 2);
        using var cancel = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in ingest.RunAsync(Inputs(10), cancel.Token))
            {
                seen++;
                await cancel.CancelAsync();
            }
        });

        Assert.Equal(1, seen);
        Assert.Equal(1L, await Sql.ScalarAsync(db.Path, "SELECT COUNT(*) FROM sources"));
        Assert.True((await store.VerifyAsync(None)).IsIntact);
    }

    private static IngestInput Input(string name, string text) =>
        new(name, () => new MemoryStream(Encoding.UTF8.GetBytes(text)), new SourceMetadata("tester"));

    private static List<IngestInput> Inputs(int count) =>
        Enumerable.Range(1, count).Select(i => Input($"report-{i:D2}.txt", $"Report {i} of the batch.")).ToList();

    private static async Task<List<IngestResult>> CollectAsync(ParallelIngest ingest, IReadOnlyList<IngestInput> inputs)
    {
        var results = new List<IngestResult>();
        await foreach (var result in ingest.RunAsync(inputs, None))
        {
            results.Add(result);
        }

        return results;
    }

    /// <summary>Holds each report until a second one is being read too (or ten seconds pass).</summary>
    private sealed class OverlapProcessor : IDocumentProcessor, IDocumentWrite
    {
        private readonly ManualResetEventSlim _twoAtOnce = new();
        private int _active;
        private int _prepared;

        public string Name => "overlap";

        public bool SawTwoAtOnce => _twoAtOnce.IsSet;

        public int Prepared => _prepared;

        public IDocumentWrite Prepare(string text, DateValue? published, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _prepared);
            if (Interlocked.Increment(ref _active) >= 2)
            {
                _twoAtOnce.Set();
            }

            _twoAtOnce.Wait(TimeSpan.FromSeconds(10), cancellationToken);
            Interlocked.Decrement(ref _active);
            return this;
        }

        public Task WriteAsync(StoredDocument document, IRecordWriter writer, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>Holds the first report until three later ones have been read.</summary>
    private sealed class SlowFirstProcessor : IDocumentProcessor, IDocumentWrite
    {
        private readonly ManualResetEventSlim _threeOthersRead = new();
        private int _others;

        public string Name => "slow-first";

        public bool OthersReadFirst { get; private set; }

        public IDocumentWrite Prepare(string text, DateValue? published, CancellationToken cancellationToken)
        {
            if (text.StartsWith("Report 1 ", StringComparison.Ordinal))
            {
                OthersReadFirst = _threeOthersRead.Wait(TimeSpan.FromSeconds(10), cancellationToken);
            }
            else if (Interlocked.Increment(ref _others) == 3)
            {
                _threeOthersRead.Set();
            }

            return this;
        }

        public Task WriteAsync(StoredDocument document, IRecordWriter writer, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

using System.Diagnostics;
using Dossier.Core.Domain.Sources;
using Dossier.Core.Ingest;
using Dossier.Storage.Sqlite;

namespace Dossier.Bench;

/// <summary>
/// `ingest [--docs N] [--workers N] [--archive-only] [--phases]`: generates N reports in a temporary folder, ingests
/// them one transaction each into a fresh SQLite file the way `dossier ingest` does (file streams, text
/// extraction, FTS indexing, audit chain, and the extraction pipeline with consolidation unless
/// --archive-only; reading and extraction on --workers threads, default all cores, one writer), and prints
/// documents/s, MB/s, per CPU-second and peak memory. --phases ingests one report at a time and times
/// reading + extraction apart from the write transaction (how long the write lock is held).
/// </summary>
internal static class IngestBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var docsAt = Array.IndexOf(args, "--docs");
        var docs = docsAt >= 0 && docsAt + 1 < args.Length ? int.Parse(args[docsAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
        var archiveOnly = args.Contains("--archive-only");
        var phases = args.Contains("--phases");
        string? phaseLine = null;
        var workersAt = Array.IndexOf(args, "--workers");
        var workers = workersAt >= 0 && workersAt + 1 < args.Length ? int.Parse(args[workersAt + 1], System.Globalization.CultureInfo.InvariantCulture) : Environment.ProcessorCount;
        var folder = Directory.CreateTempSubdirectory("dossier-bench-").FullName;
        try
        {
            Console.WriteLine($"Generating {docs:N0} reports in {folder} …");
            var inputBytes = new ReportGenerator(seed: 42).Write(Path.Combine(folder, "in"), docs);
            var files = Directory.EnumerateFiles(Path.Combine(folder, "in"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            GC.Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes();

            using var self = Process.GetCurrentProcess();
            var cpuBefore = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var outcomes = new Dictionary<IngestOutcome, int>();
            await using (var store = await SqliteDossierStore.OpenAsync(Path.Combine(folder, "bench.db"), TimeProvider.System, CancellationToken.None))
            {
                IReadOnlyList<IDocumentProcessor> processors = archiveOnly ? [] : Cli.Ingest.DocumentProcessors.Create();
                var service = new IngestService(store, TimeProvider.System, new IngestOptions(), processors);
                var metadata = new SourceMetadata("bench");
                var inputs = files.Select(file => new IngestInput(
                    Path.GetFileName(file),
                    () => new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan),
                    metadata)).ToList();
                if (phases)
                {
                    // One report at a time, each phase timed: how long the write lock is held per report.
                    var (prepareTime, storeTime) = (TimeSpan.Zero, TimeSpan.Zero);
                    foreach (var input in inputs)
                    {
                        var started = Stopwatch.GetTimestamp();
                        PreparedReport prepared;
                        await using (var stream = input.Open())
                        {
                            prepared = await service.PrepareAsync(new IngestRequest(input.FileName, stream, metadata), CancellationToken.None);
                        }

                        var written = Stopwatch.GetTimestamp();
                        var result = await service.StoreAsync(prepared, CancellationToken.None);
                        prepareTime += Stopwatch.GetElapsedTime(started, written);
                        storeTime += Stopwatch.GetElapsedTime(written);
                        outcomes[result.Outcome] = outcomes.GetValueOrDefault(result.Outcome) + 1;
                    }

                    phaseLine = $"phases           read + extract {prepareTime.TotalMilliseconds / files.Count:N2} ms/report (no lock); write {storeTime.TotalMilliseconds / files.Count:N2} ms/report (write lock held)";
                }
                else
                {
                    await foreach (var result in new ParallelIngest(service, workers).RunAsync(inputs, CancellationToken.None))
                    {
                        outcomes[result.Outcome] = outcomes.GetValueOrDefault(result.Outcome) + 1;
                    }
                }
            }

            clock.Stop();
            var seconds = clock.Elapsed.TotalSeconds;
            var megabytes = inputBytes / 1024.0 / 1024.0;
            self.Refresh();
            var cpuSeconds = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
            Console.WriteLine($"mode             {(archiveOnly ? "archive only (no extraction pipeline)" : "full: archive + extraction pipeline + consolidation")}, {(phases ? "one report at a time, phases timed" : $"{workers} worker(s) reading, one writer")}, {Environment.ProcessorCount} cores");
            Console.WriteLine($"documents        {files.Count:N0} ({string.Join(", ", outcomes.Select(o => $"{o.Value} {o.Key}"))})");
            Console.WriteLine($"input            {megabytes:N1} MB");
            Console.WriteLine($"time             {seconds:N2} s");
            Console.WriteLine($"throughput       {files.Count / seconds:N0} documents/s, {megabytes / seconds:N2} MB/s");
            Console.WriteLine($"cpu time         {cpuSeconds:N2} s ({files.Count / cpuSeconds:N0} documents per CPU-second; the wall-clock figures depend on how busy the machine is)");
            if (phaseLine is not null)
            {
                Console.WriteLine(phaseLine);
            }

            Console.WriteLine($"peak memory      {self.PeakWorkingSet64 / 1024.0 / 1024.0:N0} MB working set; GC heap now {GC.GetTotalMemory(false) / 1024.0 / 1024.0:N0} MB; allocated {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0 / 1024.0:N0} MB during ingest; gen2 collections {GC.CollectionCount(2)}");
            Console.WriteLine($"database         {new FileInfo(Path.Combine(folder, "bench.db")).Length / 1024.0 / 1024.0:N1} MB");
            return outcomes.GetValueOrDefault(IngestOutcome.Failed) == 0 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}

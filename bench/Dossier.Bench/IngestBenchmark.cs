using System.Diagnostics;
using Dossier.Core.Domain.Sources;
using Dossier.Core.Ingest;
using Dossier.Storage.Sqlite;

namespace Dossier.Bench;

/// <summary>
/// `ingest [--docs N]`: generates N reports in a temporary folder, ingests them one transaction
/// each into a fresh SQLite file the way `dossier ingest` does (file streams, text extraction,
/// FTS indexing, audit chain), and prints documents/s, MB/s and peak memory.
/// </summary>
internal static class IngestBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var docs = args.Length >= 2 && args[0] == "--docs" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
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
                var service = new IngestService(store, TimeProvider.System);
                var metadata = new SourceMetadata("bench");
                foreach (var file in files)
                {
                    await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
                    var result = await service.IngestAsync(new IngestRequest(Path.GetFileName(file), stream, metadata), CancellationToken.None);
                    outcomes[result.Outcome] = outcomes.GetValueOrDefault(result.Outcome) + 1;
                }
            }

            clock.Stop();
            var seconds = clock.Elapsed.TotalSeconds;
            var megabytes = inputBytes / 1024.0 / 1024.0;
            self.Refresh();
            var cpuSeconds = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
            Console.WriteLine($"documents        {files.Count:N0} ({string.Join(", ", outcomes.Select(o => $"{o.Value} {o.Key}"))})");
            Console.WriteLine($"input            {megabytes:N1} MB");
            Console.WriteLine($"time             {seconds:N2} s");
            Console.WriteLine($"throughput       {files.Count / seconds:N0} documents/s, {megabytes / seconds:N2} MB/s");
            Console.WriteLine($"cpu time         {cpuSeconds:N2} s ({files.Count / cpuSeconds:N0} documents per CPU-second; the wall-clock figures depend on how busy the machine is)");
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

using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dossier.Core.Consolidation;
using Dossier.Core.Domain.Sources;
using Dossier.Core.Hashing;
using Dossier.Storage.Sqlite;

namespace Dossier.Bench.Consolidation;

/// <summary>
/// `consolidate [--reports N] [--batch B] [--db PATH]`: consolidates N generated reports (default 100,000)
/// into a fresh SQLite store through the audited writer, B reports per transaction, and prints the time per
/// report for each stretch (0–10k, 10k–50k, 50k–100k …: it must not grow), peak memory, and how well the
/// generated incidents were recovered.
/// </summary>
internal static class ConsolidationBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var reports = IntOption(args, "--reports", 100_000);
        var batch = IntOption(args, "--batch", 200);
        var dbPath = Option(args, "--db") ?? Path.Combine(Path.GetTempPath(), $"dossier-bench-consolidate-{Environment.ProcessId}.db");
        foreach (var file in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" })
        {
            File.Delete(file);
        }

        var checkpoints = new[] { 1_000, 10_000, 25_000, 50_000, 75_000, 100_000, 200_000, 500_000, 1_000_000 }.Where(c => c < reports).Append(reports).ToList();
        Console.WriteLine($"consolidate: {reports:N0} generated reports into {dbPath}, {batch} per transaction");
        var consolidator = new Consolidator();
        var truth = new Dictionary<long, HashSet<long>>();
        var assigned = new Dictionary<long, HashSet<long>>();
        var (copies, copiesCaught) = (0, 0);
        await using var store = await SqliteDossierStore.OpenAsync(dbPath, TimeProvider.System, CancellationToken.None);
        var clock = Stopwatch.StartNew();
        var process = Process.GetCurrentProcess();
        var cpuAtStart = process.TotalProcessorTime;
        var (lastCount, lastTime, lastCpu) = (0, TimeSpan.Zero, cpuAtStart);
        var done = 0;
        Core.Storage.IRecordWriter? writer = null;
        foreach (var report in new SyntheticReports(seed: 20131901).Generate(reports))
        {
            writer ??= await store.BeginWriteAsync("bench", CancellationToken.None);
            var bytes = Encoding.UTF8.GetBytes(report.Text);
            var metadata = new SourceMetadata("bench") { Publisher = report.Publisher };
            var sourceId = await writer.AddSourceAsync(
                new NewSource(Sha256Hex.Of(bytes), $"r{done}.txt", "text/plain", bytes, metadata, DateTimeOffset.UnixEpoch), CancellationToken.None);
            var outcome = await consolidator.ConsolidateAsync(writer, new ReportInput(sourceId, report.Text, report.Extraction), CancellationToken.None);
            var incident = outcome.StartedIncidents.Concat(outcome.JoinedIncidents.Select(j => j.IncidentId)).Single();
            Add(truth, report.TrueIncident, incident);
            Add(assigned, incident, report.TrueIncident);
            copies += report.IsCopy ? 1 : 0;
            copiesCaught += report.IsCopy && outcome.DuplicateOf is not null ? 1 : 0;
            done++;
            if (done % batch == 0 || done == reports)
            {
                await writer.CommitAsync(CancellationToken.None);
                await writer.DisposeAsync();
                writer = null;
            }

            if (checkpoints.Contains(done))
            {
                var elapsed = clock.Elapsed;
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var perReport = (elapsed - lastTime).TotalMilliseconds / (done - lastCount);
                var cpuPerReport = (cpu - lastCpu).TotalMilliseconds / (done - lastCount);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {done,9:N0} reports  {elapsed.TotalSeconds,8:F1} s  {perReport,6:F3} ms/report wall, {cpuPerReport,6:F3} ms/report CPU over {lastCount:N0}–{done:N0}  peak working set {process.PeakWorkingSet64 / 1048576.0,5:F0} MiB  managed heap {GC.GetTotalMemory(false) / 1048576.0,4:F0} MiB"));
                (lastCount, lastTime, lastCpu) = (done, elapsed, cpu);
            }
        }

        var exact = truth.Count(t => t.Value.Count == 1 && assigned[t.Value.First()].Count == 1);
        var wrongly = assigned.Count(a => a.Value.Count > 1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"done: {reports:N0} reports in {clock.Elapsed.TotalSeconds:F1} s wall ({reports / clock.Elapsed.TotalSeconds:F0} reports/s), {(process.TotalProcessorTime - cpuAtStart).TotalSeconds:F1} s CPU; peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB; database {new FileInfo(dbPath).Length / 1048576.0:F0} MiB; load average now {LoadAverage()}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"recovery: {truth.Count:N0} generated incidents -> {assigned.Count:N0} consolidated; {exact:N0} ({100.0 * exact / truth.Count:F1}%) recovered exactly; {wrongly:N0} consolidated incidents mix generated ones; copies detected {copiesCaught:N0}/{copies:N0}"));
        return 0;
    }

    // The machine may be shared: the load average says how far wall time is from CPU time.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static void Add(Dictionary<long, HashSet<long>> map, long key, long value)
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = [];
        }

        set.Add(value);
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int IntOption(string[] args, string name, int fallback) =>
        Option(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}

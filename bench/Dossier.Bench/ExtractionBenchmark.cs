using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dossier.Text.Pipeline;

namespace Dossier.Bench;

/// <summary>
/// `extract [--mb N] [--profile] [--digest]`: the whole extraction pipeline over a generated corpus of
/// at least N MB (default 50, see <see cref="ExtractionCorpus"/>). Prints MB/s and documents/s on one
/// core and on all cores, and MB per CPU-second of the one-core run (comparable on a loaded machine).
/// Building the pipeline (the gazetteer is compiled once per process) is timed and printed apart; it is
/// not part of the per-document figures. <c>--profile</c> prints CPU time and allocations per component
/// instead; <c>--digest</c> prints a hash of every result, to check that a speed-up changed no output.
/// </summary>
public static class ExtractionBenchmark
{
    public const string Name = "extract";

    public static int Run(string[] args)
    {
        var megabytes = 50;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--mb" && !int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out megabytes))
            {
                Console.Error.WriteLine("error: --mb takes a whole number of megabytes");
                return 2;
            }
        }

        var samples = ExtractionCorpus.FindSamples();
        if (samples is null)
        {
            Console.Error.WriteLine("error: samples/reports was not found above the current folder");
            return 1;
        }

        var corpus = ExtractionCorpus.Build(samples, megabytes * 1_000_000L);
        var bytes = corpus.Sum(d => (long)Encoding.UTF8.GetByteCount(d));
        Console.WriteLine($"corpus: {corpus.Count:N0} documents, {bytes / 1e6:F1} MB (UTF-8), from {samples}");
        var setup = Stopwatch.StartNew();
        var setupCpu = ThreadCpuClock.NowNanoseconds();
        var pipeline = PipelineFactory.Default;
        pipeline.Extract(corpus[0]); // first use builds the gazetteer
        Console.WriteLine($"setup (pipeline and gazetteer, once per process, not counted below): {setup.Elapsed.TotalSeconds:F2} s, {(ThreadCpuClock.NowNanoseconds() - setupCpu) / 1e9:F2} s CPU");

        if (args.Contains("--digest"))
        {
            Console.WriteLine($"digest: {ExtractionDigest.Compute(pipeline, corpus)}");
            return 0;
        }

        if (args.Contains("--profile"))
        {
            ExtractionProfile.Run(corpus, bytes);
            return 0;
        }

        WarmUp(corpus, text => pipeline.Extract(text));
        RunOneCore(pipeline, corpus, bytes);
        RunAllCores(pipeline, corpus, bytes);
        return 0;
    }

    /// <summary>
    /// Runs documents until the JIT has finished recompiling the hot paths. Tiered compilation first runs
    /// quick and then instrumented code, and promotes a method to its optimised version only after many
    /// calls and a quiet spell on its background thread, which a loaded machine starves: with a fixed
    /// short warm-up a third of the timed run was still instrumented code. So the warm-up goes on until
    /// no method has been compiled for a whole round (at least 4 s, at most 60 s).
    /// </summary>
    internal static void WarmUp(IReadOnlyList<string> corpus, Action<string> run)
    {
        var clock = Stopwatch.StartNew();
        var next = 0;
        var compiled = -1L;
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            for (var i = 0; i < 300; i++)
            {
                run(corpus[next++ % corpus.Count]);
            }

            Thread.Sleep(300); // lets the background compiler catch up
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now == compiled && clock.Elapsed > TimeSpan.FromSeconds(4))
            {
                break;
            }

            compiled = now;
        }

        Console.WriteLine($"warm-up: {next:N0} documents, {clock.Elapsed.TotalSeconds:F1} s, {System.Runtime.JitInfo.GetCompiledMethodCount():N0} methods compiled");
    }

    private static void RunOneCore(TextPipeline pipeline, List<string> corpus, long bytes)
    {
        using var self = Process.GetCurrentProcess();
        var processCpu = self.TotalProcessorTime;
        var threadCpu = ThreadCpuClock.NowNanoseconds();
        var collections = GC.CollectionCount(0);
        var events = 0L;
        var clock = Stopwatch.StartNew();
        foreach (var doc in corpus)
        {
            events += pipeline.Extract(doc).Events.Count;
        }

        Report("one core", clock.Elapsed, bytes, corpus.Count, events);
        self.Refresh();
        var processSeconds = (self.TotalProcessorTime - processCpu).TotalSeconds;
        var threadSeconds = (ThreadCpuClock.NowNanoseconds() - threadCpu) / 1e9;
        var threadFigure = ThreadCpuClock.Available ? $"{bytes / 1e6 / threadSeconds:F2} MB per thread CPU-second ({threadSeconds:F1} s), " : "";
        Console.WriteLine($"{"",-16} {threadFigure}{bytes / 1e6 / processSeconds:F2} MB per process CPU-second ({processSeconds:F1} s user+sys), {GC.CollectionCount(0) - collections} gen0 GCs");
    }

    private static void RunAllCores(TextPipeline pipeline, List<string> corpus, long bytes)
    {
        var events = 0L;
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(corpus, () => 0L, (doc, _, sum) => sum + pipeline.Extract(doc).Events.Count, sum => Interlocked.Add(ref events, sum));
        Report($"all cores ({Environment.ProcessorCount})", clock.Elapsed, bytes, corpus.Count, events);
    }

    private static void Report(string label, TimeSpan elapsed, long bytes, int documents, long events) =>
        Console.WriteLine($"{label,-16} {bytes / 1e6 / elapsed.TotalSeconds,8:F2} MB/s {documents / elapsed.TotalSeconds,10:F0} docs/s  ({elapsed.TotalSeconds:F1} s, {events:N0} events)");
}

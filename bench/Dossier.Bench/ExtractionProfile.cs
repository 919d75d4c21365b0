using System.Diagnostics;
using Dossier.Text.Pipeline;

namespace Dossier.Bench;

/// <summary>
/// `extract --profile`: runs the default components one by one over the corpus on one thread and
/// prints, per component, the thread CPU time, the wall time and the bytes allocated, so the
/// expensive steps can be seen before any of them is changed.
/// </summary>
internal static class ExtractionProfile
{
    public static void Run(IReadOnlyList<string> corpus, long bytes)
    {
        var components = PipelineFactory.DefaultComponents().ToArray();
        var cpu = new long[components.Length];
        var wall = new long[components.Length];
        var allocated = new long[components.Length];
        ExtractionBenchmark.WarmUp(corpus, text => RunOne(components, text, cpu, wall, allocated));

        Array.Clear(cpu);
        Array.Clear(wall);
        Array.Clear(allocated);
        foreach (var text in corpus)
        {
            RunOne(components, text, cpu, wall, allocated);
        }

        var totalCpu = cpu.Sum();
        Console.WriteLine($"{"component",-22} {"cpu ms",9} {"share",6} {"wall ms",9} {"alloc MB",9}");
        for (var i = 0; i < components.Length; i++)
        {
            Console.WriteLine($"{components[i].Name,-22} {cpu[i] / 1e6,9:F0} {100.0 * cpu[i] / Math.Max(1, totalCpu),5:F1}% {wall[i] * 1e3 / Stopwatch.Frequency,9:F0} {allocated[i] / 1e6,9:F1}");
        }

        Console.WriteLine($"{"total",-22} {totalCpu / 1e6,9:F0} {100.0,5:F1}% {wall.Sum() * 1e3 / Stopwatch.Frequency,9:F0} {allocated.Sum() / 1e6,9:F1}");
        Console.WriteLine($"MB per CPU-second (components only): {bytes / 1e6 / (totalCpu / 1e9):F2}");
    }

    private static void RunOne(IPipelineComponent[] components, string text, long[] cpu, long[] wall, long[] allocated)
    {
        var doc = new Doc(text);
        for (var i = 0; i < components.Length; i++)
        {
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var wallBefore = Stopwatch.GetTimestamp();
            var cpuBefore = ThreadCpuClock.NowNanoseconds();
            components[i].Annotate(doc);
            cpu[i] += ThreadCpuClock.NowNanoseconds() - cpuBefore;
            wall[i] += Stopwatch.GetTimestamp() - wallBefore;
            allocated[i] += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dossier.Text.Pipeline;

namespace Dossier.Bench;

/// <summary>
/// `extract [--mb N]`: the whole extraction pipeline over a generated corpus of at least N MB (default 50)
/// built in memory from samples/reports: each document is paragraphs drawn at random from the samples,
/// with figures and years varied so that no two documents are alike. Prints MB/s and documents/s on one
/// core and on all cores.
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

        var samples = FindSamples();
        if (samples is null)
        {
            Console.Error.WriteLine("error: samples/reports was not found above the current folder");
            return 1;
        }

        var corpus = Corpus(samples, megabytes * 1_000_000L);
        var bytes = corpus.Sum(d => (long)Encoding.UTF8.GetByteCount(d));
        Console.WriteLine($"corpus: {corpus.Count:N0} documents, {bytes / 1e6:F1} MB (UTF-8), from {samples}");
        var pipeline = PipelineFactory.Default;
        foreach (var doc in corpus.Take(200))
        {
            pipeline.Extract(doc); // warm up: compile the hot paths before timing
        }

        var events = 0L;
        var clock = Stopwatch.StartNew();
        foreach (var doc in corpus)
        {
            events += pipeline.Extract(doc).Events.Count;
        }

        Report("one core", clock.Elapsed, bytes, corpus.Count, events);

        events = 0;
        clock.Restart();
        Parallel.ForEach(corpus, () => 0L, (doc, _, sum) => sum + pipeline.Extract(doc).Events.Count, sum => Interlocked.Add(ref events, sum));
        Report($"all cores ({Environment.ProcessorCount})", clock.Elapsed, bytes, corpus.Count, events);
        return 0;
    }

    private static void Report(string label, TimeSpan elapsed, long bytes, int documents, long events) =>
        Console.WriteLine($"{label,-16} {bytes / 1e6 / elapsed.TotalSeconds,8:F2} MB/s {documents / elapsed.TotalSeconds,10:F0} docs/s  ({elapsed.TotalSeconds:F1} s, {events:N0} events)");

    private static List<string> Corpus(string samples, long targetChars)
    {
        var paragraphs = Directory.EnumerateFiles(samples, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToArray();
        var random = new Random(20240601);
        var corpus = new List<string>();
        var total = 0L;
        var builder = new StringBuilder();
        while (total < targetChars)
        {
            builder.Clear();
            var count = random.Next(4, 14);
            for (var i = 0; i < count; i++)
            {
                Vary(builder, paragraphs[random.Next(paragraphs.Length)], random);
                builder.Append("\n\n");
            }

            corpus.Add(builder.ToString());
            total += builder.Length;
        }

        return corpus;
    }

    private static void Vary(StringBuilder builder, string paragraph, Random random)
    {
        // Shift every digit run a little so figures, days and years differ between documents.
        var offset = random.Next(1, 9);
        foreach (var c in paragraph)
        {
            builder.Append(c is >= '1' and <= '8' && random.Next(4) == 0 ? (char)('1' + (c - '1' + offset) % 8) : c);
        }
    }

    private static string? FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var samples = Path.Combine(dir.FullName, "samples", "reports");
                if (Directory.Exists(samples))
                {
                    return samples;
                }
            }
        }

        return null;
    }
}

using Dossier.Bench;
using Dossier.Bench.Consolidation;
using Dossier.Bench.Web;

// Benchmarks print figures; each benchmark is a class, picked by the first argument (one case each).
return args.FirstOrDefault() switch
{
    "ingest" => await IngestBenchmark.RunAsync(args[1..]),
    ExtractionBenchmark.Name => ExtractionBenchmark.Run(args[1..]),
    "consolidate" => await ConsolidationBenchmark.RunAsync(args[1..]),
    "web" => await WebBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.WriteLine("usage: dotnet run -c Release --project bench/Dossier.Bench -- <benchmark> [options]");
    Console.WriteLine("  ingest [--docs N] [--workers N] [--archive-only] [--phases]   generate N reports (default 10,000) and ingest them (with extraction + consolidation unless --archive-only) into a fresh SQLite file");
    Console.WriteLine($"  {ExtractionBenchmark.Name} [--mb N] [--profile] [--digest]   whole extraction pipeline: MB/s on one core and on all cores, MB per CPU-second; per-component CPU profile; hash of all results");
    Console.WriteLine("  consolidate [--reports 100000] [--batch 200] [--db PATH]   consolidate generated reports into SQLite");
    Console.WriteLine("  web [--reports N] [--requests N]   serve N generated reports (default 100,000); page and API latency, median and p95");
    return 2;
}

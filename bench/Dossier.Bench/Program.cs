// Benchmarks print figures; each benchmark is a class with a name, picked by the first argument.
using Dossier.Bench.Consolidation;

return args.FirstOrDefault() switch
{
    "consolidate" => await ConsolidationBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.WriteLine("usage: dotnet run -c Release --project bench/Dossier.Bench -- <benchmark> [options]");
    Console.WriteLine("  consolidate [--reports 100000] [--batch 200] [--db PATH]   consolidate generated reports into SQLite");
    return 0;
}

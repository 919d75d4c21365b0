// Benchmarks print figures; each benchmark is a class with a name, picked by the first argument.
using Dossier.Bench;

return args.FirstOrDefault() switch
{
    ExtractionBenchmark.Name => ExtractionBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.WriteLine("usage: dotnet run -c Release --project bench/Dossier.Bench -- <benchmark>");
    Console.WriteLine($"  {ExtractionBenchmark.Name} [--mb N]   whole extraction pipeline, MB/s on one core and on all cores");
    return 0;
}

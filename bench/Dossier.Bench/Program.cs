using Dossier.Bench.Web;

// Benchmarks print figures; each benchmark is a class with a name, picked by the first argument.
return args.FirstOrDefault() switch
{
    "web" => await WebBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.WriteLine("usage: dotnet run -c Release --project bench/Dossier.Bench -- <benchmark>");
    Console.WriteLine("  web [--reports 100000] [--requests 200]   page and API response times over a large store");
    return 2;
}

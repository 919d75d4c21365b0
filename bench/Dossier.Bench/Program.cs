// Benchmarks print figures; each benchmark is a class with a name, picked by the first argument.
Console.WriteLine("usage: dotnet run -c Release --project bench/Dossier.Bench -- <benchmark>");
return 0;

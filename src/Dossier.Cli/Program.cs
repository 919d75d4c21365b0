using System.CommandLine;
using Dossier.Cli;

// Ctrl+C asks the running verb to stop at the next safe point (between documents); a second
// Ctrl+C ends the process at once. Cancellation is handled here rather than by System.CommandLine
// so that a verb always gets to print its summary.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, press) =>
{
    press.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};

return await DossierApp.RunAsync(args, new InvocationConfiguration { ProcessTerminationTimeout = null }, cancellation.Token);

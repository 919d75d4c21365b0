using Dossier.Cli.Infrastructure;
using Dossier.Web;

namespace Dossier.Cli.Web;

/// <summary>Runs the web app until cancelled (Ctrl+C); shared by `serve` and `demo`.</summary>
internal static class WebHost
{
    public static async Task<int> RunAsync(DossierWebOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        await using var app = await DossierWebApp.BuildAsync(options, cancellationToken);
        await app.StartAsync(cancellationToken);
        output.WriteLine($"Serving {Path.GetFullPath(options.DatabasePath)} at {string.Join(", ", app.Urls)} (Ctrl+C to stop).");
        output.WriteLine("No account yet? Create one: dossier users add NAME --role admin");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop cleanly below.
        }

        await app.StopAsync(CancellationToken.None);
        return ExitCodes.Ok;
    }
}

using Dossier.Cli.Infrastructure;
using Dossier.Web;

namespace Dossier.Cli.Web;

/// <summary>Runs the web app until Ctrl+C or a termination signal (SIGTERM); shared by `serve` and `demo`. An address in use is one error line and exit 1.</summary>
internal static class WebHost
{
    public static async Task<int> RunAsync(DossierWebOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await using var app = await DossierWebApp.BuildAsync(options, cancellationToken);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            // Another server holds the address: one line that says what to do, not the host's stack trace.
            error.WriteLine($"cannot listen on {options.Urls}: {ex.Message.TrimEnd('.')}. Stop the other server or pass another address with --urls.");
            return ExitCodes.Failed;
        }

        output.WriteLine($"Serving {Path.GetFullPath(options.DatabasePath)} at {string.Join(", ", app.Urls)} (Ctrl+C to stop).");
        output.WriteLine("No account yet? Create one: dossier users add NAME --role admin");
        // Ctrl+C cancels the verb's token; SIGTERM (a service manager, `kill`) reaches the host's own
        // lifetime, which then waits for this method to return, so either must end the wait.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Stop cleanly below.
        }

        await app.StopAsync(CancellationToken.None);
        return ExitCodes.Ok;
    }
}

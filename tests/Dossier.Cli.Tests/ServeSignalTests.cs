using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Dossier.Cli.Tests.Fixtures;

namespace Dossier.Cli.Tests;

/// <summary>
/// A real `dossier serve` child process stops when asked: Ctrl+C (SIGINT) from a terminal, SIGTERM from a
/// service manager or `kill`. Before, SIGTERM stopped the host but left the verb waiting for Ctrl+C, so
/// the process never exited.
/// </summary>
public sealed class ServeSignalTests
{
    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Serve_ExitsCleanly_OnSignal(string signal)
    {
        using var temp = new TempFolder();
        temp.Write("in/report.txt", "Police detained four journalists in the capital on Tuesday, their editor said.");
        var ingest = await ChildProcess.RunAsync(null, "ingest", temp.Path("in"), "--db", temp.Database);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());

        var url = $"http://127.0.0.1:{FreePort().ToString(CultureInfo.InvariantCulture)}";
        using var child = ChildProcess.Start("serve", "--db", temp.Database, "--urls", url);
        var error = child.StandardError.ReadToEndAsync();
        await WaitForLineAsync(child, "Serving ");
        var output = child.StandardOutput.ReadToEndAsync();

        using (var kill = Process.Start("kill", ["-s", signal, child.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await Task.WhenAny(child.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(30)));
        if (!child.HasExited)
        {
            child.Kill(entireProcessTree: true);
        }

        Assert.True(child.HasExited, $"serve still running 30 s after SIG{signal}");
        Assert.True(child.ExitCode == 0, $"exit {child.ExitCode}: {await output}{await error}");
    }

    private static async Task WaitForLineAsync(Process child, string start)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            var line = await child.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(1));
            if (line is null)
            {
                throw new InvalidOperationException($"serve ended before printing '{start}' (exit {child.ExitCode})");
            }

            if (line.StartsWith(start, StringComparison.Ordinal))
            {
                return;
            }
        }

        throw new TimeoutException($"serve printed no '{start}' line within a minute");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

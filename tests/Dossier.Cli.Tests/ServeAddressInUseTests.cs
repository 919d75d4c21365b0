using System.Net;
using System.Net.Sockets;
using Dossier.Cli.Tests.Fixtures;

namespace Dossier.Cli.Tests;

/// <summary>`serve` on an address another program holds says so in one line and exits 1, without a stack trace.</summary>
public sealed class ServeAddressInUseTests
{
    [Fact]
    public async Task Serve_OnAnAddressInUse_FailsWithOneLine()
    {
        using var temp = new TempFolder();
        var report = temp.Write("in/a.txt", "Police detained four students outside the court.");
        Assert.Equal(0, (await DossierCli.RunAsync("ingest", report, "--db", temp.Database)).ExitCode);
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)holder.LocalEndpoint).Port}";

        var run = await DossierCli.RunAsync("serve", "--db", temp.Database, "--urls", url);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"cannot listen on {url}", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }
}

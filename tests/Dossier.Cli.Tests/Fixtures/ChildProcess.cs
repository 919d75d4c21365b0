using System.Diagnostics;

namespace Dossier.Cli.Tests.Fixtures;

/// <summary>Starts the built `dossier` (dossier.dll next to the tests) as a separate process.</summary>
public static class ChildProcess
{
    public static Process Start(params string[] args)
    {
        var dossier = Path.Combine(AppContext.BaseDirectory, "dossier.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dossier);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start dossier");
    }

    public static async Task<CliRun> RunAsync(string? standardInput, params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new CliRun(process.ExitCode, await output, await error);
    }
}

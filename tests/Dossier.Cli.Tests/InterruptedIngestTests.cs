using System.Diagnostics;
using System.Globalization;
using Dossier.Cli.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace Dossier.Cli.Tests;

/// <summary>
/// A real `dossier` child process stopped in the middle of a large batch: killed outright, or
/// interrupted with SIGINT (Ctrl+C). Either way the database opens, verifies, and a re-run
/// completes the batch without duplicates.
/// </summary>
public sealed class InterruptedIngestTests
{
    private const int DistinctReports = 2500;
    private const int RepeatedReports = 100;

    [Fact]
    public async Task KilledIngest_LeavesAVerifiableDatabase_AndARerunCompletesWithoutDuplicates()
    {
        using var temp = new TempFolder();
        var input = WriteReports(temp);

        using (var child = ChildProcess.Start("ingest", input, "--db", temp.Database))
        {
            await WaitForSourcesAsync(temp.Database, child, atLeast: 200);
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }

        var storedAtKill = await CountSourcesAsync(temp.Database);
        Assert.InRange(storedAtKill, 200, DistinctReports - 1);
        await AssertVerifiesAndCompletesAsync(temp, input, storedAtKill);
    }

    [Fact]
    public async Task InterruptedIngest_StopsCleanlyWithExitCode130_AndARerunCompletes()
    {
        using var temp = new TempFolder();
        var input = WriteReports(temp);

        CliRun interrupted;
        using (var child = ChildProcess.Start("ingest", input, "--db", temp.Database))
        {
            var output = child.StandardOutput.ReadToEndAsync();
            await WaitForSourcesAsync(temp.Database, child, atLeast: 200);
            using (var signal = Process.Start("kill", ["-s", "INT", child.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await signal.WaitForExitAsync();
            }

            await child.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
            interrupted = new CliRun(child.ExitCode, await output, await child.StandardError.ReadToEndAsync());
        }

        Assert.True(interrupted.ExitCode == 130, interrupted.ToString());
        Assert.True(interrupted.Output.Contains("(cancelled)"), interrupted.ToString());
        await AssertVerifiesAndCompletesAsync(temp, input, await CountSourcesAsync(temp.Database));
    }

    private static async Task AssertVerifiesAndCompletesAsync(TempFolder temp, string input, long alreadyStored)
    {
        var verify = await DossierCli.RunAsync("verify", "--db", temp.Database);
        Assert.True(verify.ExitCode == 0, verify.ToString());

        var rerun = await DossierCli.RunAsync("ingest", input, "--db", temp.Database);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Contains($"{DistinctReports - alreadyStored} added, {alreadyStored + RepeatedReports} duplicate(s), 0 failed", rerun.Output);
        Assert.Equal(DistinctReports, await CountSourcesAsync(temp.Database));
        Assert.Equal(0, (await DossierCli.RunAsync("verify", "--db", temp.Database)).ExitCode);
    }

    /// <summary>Distinct reports of a few kilobytes each, plus exact copies of some of them.</summary>
    private static string WriteReports(TempFolder temp)
    {
        var paragraph = string.Concat(Enumerable.Repeat("Witnesses described soldiers going from house to house at night. ", 40));
        for (var i = 0; i < DistinctReports; i++)
        {
            temp.Write($"in/{i / 500:D2}/report-{i:D5}.txt", $"Report {i}: {paragraph}");
        }

        for (var i = 0; i < RepeatedReports; i++)
        {
            temp.Write($"in/copies/copy-{i:D5}.txt", $"Report {i * 7}: {paragraph}");
        }

        return temp.Path("in");
    }

    private static async Task WaitForSourcesAsync(string database, Process child, long atLeast)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !child.HasExited)
        {
            if (File.Exists(database) && await TryCountSourcesAsync(database) >= atLeast)
            {
                return;
            }

            await Task.Delay(10);
        }

        Assert.Fail($"the child process {(child.HasExited ? "finished" : "stalled")} before {atLeast} sources were stored");
    }

    private static async Task<long> TryCountSourcesAsync(string database)
    {
        try
        {
            return await CountSourcesAsync(database);
        }
        catch (SqliteException)
        {
            return 0; // not created or migrated yet
        }
    }

    private static async Task<long> CountSourcesAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sources";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

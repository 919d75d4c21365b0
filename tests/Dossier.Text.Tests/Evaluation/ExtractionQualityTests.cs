using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace Dossier.Text.Tests.Evaluation;

/// <summary>
/// Scores the whole pipeline against gold files: on the shared seeds (where ../shared exists) it fails
/// below the project's targets; on samples/reports, always, it fails below floors. While the samples fell
/// short of a target, its floor sat just under the measured figure, so quality could not silently drop;
/// now that all four reach their targets, the floors are the targets, never to be lowered. Where Python
/// and the shared scorer are present, the C# port is also checked against score.py on the same predictions.
/// </summary>
public sealed class ExtractionQualityTests(ITestOutputHelper output)
{
    private const double EventsTarget = 0.80;
    private const double CountsTarget = 0.85;
    private const double EntitiesTarget = 0.85;
    private const double DemandsTarget = 0.70;

    // Measured on samples/reports (score.py): first 0.674 / 0.480 / 0.884 / 0.683 (events, counts, entities,
    // demands) on 36 reports; 0.800 / 0.673 / 0.939 / 0.887 before ten reports written blind (037-046) joined
    // the set, which then measured 0.778 / 0.625 / 0.913 / 0.892 on 46; 0.808 / 0.736 / 0.937 / 0.892 at the
    // stop after; 0.823 / 0.807 / 0.937 / 0.903 at the stop after that.
    // A new baseline: ten more reports written blind (047-056) joined the set (the ten alone, measured once
    // before any rule looked at them: 0.628 / 0.400 / 0.822 / 0.561); on 56 reports, at the end of that stop,
    // 0.809 / 0.768 / 0.926 / 0.874; at the stop after, 0.809 / 0.795 / 0.928 / 0.874. Events, entities and
    // demands meet their targets, so those floors are the targets; counts are short of 0.85 and their floor sits
    // just under the measured figure. Raise, never lower (a new set of reports is a new baseline, to be said so here).
    // A new baseline: ten more reports written blind (057-066) joined the set (the ten alone, measured once before
    // any rule looked at them: 0.642 / 0.521 / 0.846 / 0.659); on 66 reports, at the end of that stop,
    // 0.779 / 0.767 / 0.915 / 0.834 right after, 0.787 / 0.774 / 0.915 / 0.834 at the end of that stop. Events fell
    // under their target with them, so the events floor, like the counts floor, sits just under the measured figure
    // until the target is met again. At the stop after: 0.809 / 0.801 / 0.915 / 0.834, so events are back at their
    // target as their floor, and counts sit just under the measured figure. At the stop after that: 0.819 / 0.837 /
    // 0.915 / 0.878. At the stop after that: 0.827 / 0.851 / 0.918 / 0.878, so counts reach their target too and
    // every floor is its target.
    private static readonly Thresholds Targets = new(EventsTarget, CountsTarget, EntitiesTarget, DemandsTarget);
    private static readonly Thresholds SampleFloors = Targets;

    [Fact]
    public void Samples_StayAboveQualityFloors()
    {
        var set = GoldSet.Run(RepositoryPaths.Samples);
        output.WriteLine(set.Table());
        output.WriteLine($"targets: {Targets}; floors enforced here: {SampleFloors}");
        AssertAtLeast(set, SampleFloors);
    }

    // samples/dev, reports by three other writers added on 24 November 2026. 001-010: 0.734 / 0.496 / 0.911 / 0.495 before
    // any rule looked at them. 011-015, written later that day: 0.729 / 0.667 / 0.888 / 0.625 before any rule looked at
    // them. All fifteen at the end of that stop: 0.815 / 0.657 / 0.905 / 0.862. Counts are short of their target here, so
    // these floors sit just under the measured figures. Raise, never lower.
    private static readonly Thresholds DevFloors = new(0.80, 0.62, 0.90, 0.85);

    [Fact]
    public void DevSamples_StayAboveQualityFloors()
    {
        var set = GoldSet.Run(RepositoryPaths.DevSamples);
        output.WriteLine(set.Table());
        output.WriteLine($"targets: {Targets}; floors enforced here: {DevFloors}");
        AssertAtLeast(set, DevFloors);
    }

    [Fact]
    public void Seeds_MeetQualityTargets_WhenSharedFolderExists()
    {
        if (RepositoryPaths.SharedEval is not { } shared)
        {
            output.WriteLine("../shared/eval is absent: nothing to score");
            return;
        }

        var set = GoldSet.Run(Path.Combine(shared, "seeds"));
        output.WriteLine(set.Table());
        Assert.True(set.Scorer.DatesRight >= 4, $"report date right on {set.Scorer.DatesRight} of {set.Scorer.DatesTotal} seeds (target 4)");
        AssertAtLeast(set, Targets);
    }

    [Fact]
    public void GoldScorer_AgreesWithSharedScorer_WhenPythonAndSharedFolderExist()
    {
        if (RepositoryPaths.SharedEval is not { } shared || !TryRunPython(Path.Combine(shared, "score.py"), RepositoryPaths.Samples, out var printed, out var set))
        {
            output.WriteLine("python3 or ../shared/eval/score.py is absent: the port is not cross-checked here");
            return;
        }

        output.WriteLine(printed);
        var last = printed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last(l => l.StartsWith("events_f1=", StringComparison.Ordinal));
        var figures = last.Split(' ').Select(kv => kv.Split('=')).ToDictionary(kv => kv[0], kv => double.Parse(kv[1], CultureInfo.InvariantCulture));
        Assert.Equal(figures["events_f1"], Math.Round(set.Scorer.Events.F1, 3), 3);
        Assert.Equal(figures["counts_f1"], Math.Round(set.Scorer.Counts.F1, 3), 3);
        Assert.Equal(figures["entities_f1"], Math.Round(set.Scorer.EntitiesAny.F1, 3), 3);
        Assert.Equal(figures["demands_f1"], Math.Round(set.Scorer.Demands.F1, 3), 3);
    }

    private static void AssertAtLeast(GoldSet set, Thresholds minimum)
    {
        var s = set.Scorer;
        var failures = new List<string>();
        Check(failures, "events", s.Events.F1, minimum.Events);
        Check(failures, "counts", s.Counts.F1, minimum.Counts);
        Check(failures, "entities", s.EntitiesAny.F1, minimum.Entities);
        Check(failures, "demands", s.Demands.F1, minimum.Demands);
        Assert.True(failures.Count == 0, string.Join("; ", failures));
    }

    private sealed record Thresholds(double Events, double Counts, double Entities, double Demands);

    private static void Check(List<string> failures, string what, double f1, double target)
    {
        if (f1 < target)
        {
            failures.Add($"{what} F1 {f1:F3} < {target:F2}");
        }
    }

    private static bool TryRunPython(string scorer, string goldDirectory, out string printed, out GoldSet set)
    {
        printed = "";
        set = null!;
        if (!File.Exists(scorer))
        {
            return false;
        }

        set = GoldSet.Run(goldDirectory);
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(scorer);
        start.ArgumentList.Add(goldDirectory);
        start.ArgumentList.Add(set.PredictionDirectory);
        try
        {
            using var process = Process.Start(start)!;
            printed = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no python3 on this machine
        }
    }
}

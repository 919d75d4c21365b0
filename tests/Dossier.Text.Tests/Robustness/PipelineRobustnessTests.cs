using System.Text;
using Dossier.Text.Model;
using Dossier.Text.Output;
using Dossier.Text.Pipeline;
using Dossier.Text.Tests.Support;

namespace Dossier.Text.Tests.Robustness;

/// <summary>
/// Hostile input through the whole pipeline, events and demands included: it must finish in time,
/// not throw, and every span it reports must lie inside the text and hold the text it claims.
/// </summary>
public sealed class PipelineRobustnessTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static TheoryData<string, string> HostileInputs() => new()
    {
        { "random bytes", HostileText.RandomDecoded(7, 200_000) },
        { "random bytes 2", HostileText.RandomDecoded(11, 50_000) },
        { "one 1 MB line", HostileText.OneLongLine(1_000_000) },
        { "nested quotes", HostileText.NestedQuotes(20_000) + " The UN must act, she said: \"" + new string('"', 5_000) + " they must \"\"\" be freed" },
        { "every space and dash", HostileText.EverySpaceAndDash() },
        { "right to left", string.Concat(Enumerable.Repeat(HostileText.RightToLeft() + "\n", 2_000)) },
        { "many dots", HostileText.ManyDots(100_000) },
        { "trigger soup", TriggerSoup() },
        { "one paragraph of 30,000 short acts", "Report\n\n1. Raids (3 May)\n" + string.Concat(Enumerable.Repeat("Soldiers killed two men and a boy was hurt. ", 30_000)) },
        { "empty", "" },
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public async Task Extract_HostileInput_FinishesWithSpansInsideText(string name, string text)
    {
        var run = Task.Run(() => PipelineFactory.Default.Extract(text));

        var finished = await Task.WhenAny(run, Task.Delay(Limit));
        Assert.True(finished == run, $"{name}: no result within {Limit.TotalSeconds} s");
        var result = await run;
        foreach (var ev in result!.Events)
        {
            AssertInside(text, ev.Evidence.Concat(ev.Triggers).Concat(ev.Counts.Values.Select(c => c.Span)));
            Assert.All(ev.Triggers, t => Assert.False(string.IsNullOrWhiteSpace(text[t.Start..t.End])));
            if (ev.DateSpan is { } d)
            {
                AssertInside(text, [d]);
            }
        }

        foreach (var demand in result.Demands)
        {
            AssertInside(text, [demand.Span]);
            Assert.Equal(demand.What, text[demand.WhatSpan!.Value.Start..demand.WhatSpan.Value.End]);
        }

        Assert.NotNull(ExtractionJsonWriter.ToJson(result, text));
    }

    private static void AssertInside(string text, IEnumerable<TextSpan> spans)
    {
        foreach (var span in spans)
        {
            Assert.InRange(span.Start, 0, text.Length);
            Assert.InRange(span.End, span.Start, text.Length);
        }
    }

    private static string TriggerSoup()
    {
        // Every pattern at once, over and over, without sentence ends: the worst case for grouping and merging.
        var builder = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            builder.Append(i % 2 == 0 ? "killed 5 abducted dozens the massacre " : "called on the UN to act must be freed \" said: ");
        }

        return builder.ToString();
    }
}

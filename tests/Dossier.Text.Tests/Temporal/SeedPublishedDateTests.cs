using System.Text.Json;
using Dossier.Text.Pipeline;
using Dossier.Text.Tests.Support;

namespace Dossier.Text.Tests.Temporal;

/// <summary>The report date the pipeline infers for each shared seed falls within the gold date (when the seeds exist).</summary>
public class SeedPublishedDateTests
{
    [Theory]
    [MemberData(nameof(SharedEval.SeedNames), MemberType = typeof(SharedEval))]
    public void Published_OnSeed_FallsWithinGoldDate(string name)
    {
        if (name.Length == 0 || SharedEval.SeedsDirectory() is not { } dir)
        {
            return; // the shared evaluation folder is not present here
        }

        var text = File.ReadAllText(Path.Combine(dir, name + ".txt"));
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, name + ".gold.json")));
        var expected = gold.RootElement.GetProperty("published");
        var doc = new TextPipeline(PipelineFactory.DefaultComponents()).Run(text);
        if (expected.ValueKind == JsonValueKind.Null)
        {
            return; // gold gives no date: nothing a prediction could match
        }

        var predicted = doc.Published?.Date.ToIso();
        Assert.NotNull(predicted);
        Assert.StartsWith(expected.GetString()!, predicted);
        Assert.False(doc.Published!.Stated && !gold.RootElement.GetProperty("published_stated").GetBoolean());
    }
}

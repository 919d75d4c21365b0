using System.Text.Json;

namespace Dossier.Text.Tests.Entities;

public class SeedEntityScoreTests
{
    private const double TargetF1 = 0.85;

    [SeedsFact]
    public void Entities_OnSharedSeeds_ReachTargetF1()
    {
        var scorer = new EntityScorer();
        var golds = Directory.GetFiles(SeedCorpus.Directory!, "*.gold.json");
        Assert.NotEmpty(golds);
        foreach (var goldPath in golds)
        {
            var textPath = goldPath[..^".gold.json".Length] + ".txt";
            using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
            var doc = EntityTestPipeline.Link(File.ReadAllText(textPath));
            scorer.Add(gold.RootElement.GetProperty("entities"), doc.Entities);
        }

        Assert.True(scorer.F1 >= TargetF1,
            $"entity F1 {scorer.F1:F3} (tp={scorer.TruePositives} fp={scorer.FalsePositives} fn={scorer.FalseNegatives})");
    }

    [Theory]
    [InlineData("Mrs. Amina Yusuf", "amina yusuf")]
    [InlineData("the People's Front", "people front")]
    [InlineData("the People\u2019s Front", "peoples front")]
    [InlineData("Rémy Ça", "remy ca")]
    public void Normalise_MatchesTheReferenceScorer(string name, string expected) =>
        Assert.Equal(expected, EntityScorer.Normalise(name));
}

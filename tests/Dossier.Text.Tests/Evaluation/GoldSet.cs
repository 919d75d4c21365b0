using System.Text.Json;
using Dossier.Text.Output;
using Dossier.Text.Pipeline;

namespace Dossier.Text.Tests.Evaluation;

/// <summary>
/// A folder of NAME.txt reports with NAME.gold.json beside them, run through the default pipeline:
/// predictions are written as NAME.json to a temporary folder (as `dossier extract --out` does) and
/// scored with <see cref="GoldScorer"/>.
/// </summary>
internal sealed class GoldSet
{
    private GoldSet(string goldDirectory, string predictionDirectory, GoldScorer scorer)
    {
        GoldDirectory = goldDirectory;
        PredictionDirectory = predictionDirectory;
        Scorer = scorer;
    }

    public string GoldDirectory { get; }

    public string PredictionDirectory { get; }

    public GoldScorer Scorer { get; }

    public static GoldSet Run(string goldDirectory)
    {
        var predictions = Directory.CreateTempSubdirectory("dossier-eval-").FullName;
        var scorer = new GoldScorer();
        foreach (var goldPath in Directory.EnumerateFiles(goldDirectory, "*.gold.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(goldPath)[..^".gold.json".Length];
            var textPath = Path.Combine(goldDirectory, name + ".txt");
            var predictionPath = Path.Combine(predictions, name + ".json");
            if (File.Exists(textPath))
            {
                var text = File.ReadAllText(textPath);
                var result = PipelineFactory.Default.Extract(text);
                File.WriteAllText(predictionPath, ExtractionJsonWriter.ToJson(result, text, name + ".txt"));
            }

            using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
            using var pred = JsonDocument.Parse(File.Exists(predictionPath) ? File.ReadAllText(predictionPath) : "{}");
            scorer.Add(name, gold.RootElement, pred.RootElement);
        }

        return new GoldSet(goldDirectory, predictions, scorer);
    }

    public string Table() =>
        $"events {Scorer.Events}\ncounts {Scorer.Counts}\nentities {Scorer.EntitiesAny}\ndemands {Scorer.Demands}\n" +
        $"report date {Scorer.DatesRight}/{Scorer.DatesTotal}\n" + string.Join('\n', Scorer.Misses.Take(40));
}

namespace Dossier.Text.Pipeline;

/// <summary>The one place where the default pipeline's components are listed, in order.</summary>
public static class PipelineFactory
{
    private static readonly Lazy<TextPipeline> Shared = new(() => new TextPipeline(DefaultComponents()));

    /// <summary>The default pipeline, built once (gazetteers compiled once) and shared.</summary>
    public static TextPipeline Default => Shared.Value;

    public static IEnumerable<IPipelineComponent> DefaultComponents()
    {
        // Order matters: each component reads only layers assigned above it.
        // Uncomment each line once its component exists.
        yield return new Normalization.Normaliser();
        yield return new Segmentation.Segmenter();
        yield return new Temporal.TemporalTagger();
        yield return new Temporal.DocumentDateInferrer();
        yield return new Temporal.DateResolver();
        yield return new Quantities.QuantityRecognizer();
        yield return new Entities.EntityRecognizer(Entities.Gazetteer.Default);
        yield return new Entities.AliasLinker();
        yield return new Events.EventExtractor();
        yield return new Demands.DemandExtractor();
        yield break;
    }
}

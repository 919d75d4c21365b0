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
        // (Components are added here as they are written: one line each.)
        yield break;
    }
}

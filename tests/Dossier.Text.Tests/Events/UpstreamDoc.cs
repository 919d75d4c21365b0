using Dossier.Text.Events;
using Dossier.Text.Demands;
using Dossier.Text.Pipeline;

namespace Dossier.Text.Tests.Events;

/// <summary>
/// Documents annotated by every default component that runs before events and demands, so the event
/// and demand extractors can be tested alone on real layers.
/// </summary>
internal static class UpstreamDoc
{
    private static readonly IPipelineComponent[] Components = PipelineFactory.DefaultComponents()
        .Where(c => c is not EventExtractor and not DemandExtractor)
        .ToArray();

    public static Doc Build(string text, DateOnly? published = null)
    {
        var doc = new Doc(text, published);
        foreach (var component in Components)
        {
            component.Annotate(doc);
        }

        return doc;
    }

    public static IReadOnlyList<Model.ExtractedEvent> Events(string text, DateOnly? published = null) =>
        new EventExtractor().Find(Build(text, published));

    public static IReadOnlyList<Model.ExtractedDemand> Demands(string text, DateOnly? published = null) =>
        new DemandExtractor().Find(Build(text, published));
}

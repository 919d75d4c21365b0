using Dossier.Text.Model;

namespace Dossier.Text.Pipeline;

/// <summary>
/// An ordered list of components whose contracts were checked when it was built: each component's
/// required layers are assigned by an earlier one. Running it is a pure function of the text, the
/// given publication date and <see cref="Version"/>; one instance is safe to use from many threads.
/// </summary>
public sealed class TextPipeline
{
    /// <summary>The pipeline version; every stored extraction records <see cref="Id"/>.</summary>
    public const string Version = "0.1.0";

    public const string Id = "dossier-text@" + Version;

    private readonly IPipelineComponent[] _components;

    public TextPipeline(IEnumerable<IPipelineComponent> components)
    {
        _components = components.ToArray();
        var assigned = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var component in _components)
        {
            if (!names.Add(component.Name))
            {
                throw new InvalidOperationException($"E001: component '{component.Name}' appears twice in the pipeline.");
            }

            var missing = component.Requires.Where(layer => !assigned.Contains(layer)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"E002: component '{component.Name}' requires {string.Join(", ", missing)}, which no earlier component assigns.");
            }

            assigned.UnionWith(component.Assigns);
        }
    }

    public IReadOnlyList<string> ComponentNames => _components.Select(c => c.Name).ToList();

    /// <summary>Runs every component over a new <see cref="Doc"/> of <paramref name="text"/>.</summary>
    public Doc Run(string text, DateOnly? givenPublished = null, CancellationToken cancellationToken = default)
    {
        var doc = new Doc(text, givenPublished);
        foreach (var component in _components)
        {
            cancellationToken.ThrowIfCancellationRequested();
            component.Annotate(doc, cancellationToken);
            doc.MarkAssigned(component.Assigns);
        }

        return doc;
    }

    /// <summary>Runs the pipeline and returns what the report says.</summary>
    public ExtractionResult Extract(string text, DateOnly? givenPublished = null, CancellationToken cancellationToken = default)
    {
        var doc = Run(text, givenPublished, cancellationToken);
        return new ExtractionResult(Id, doc.Published, doc.Events.ToList(), doc.Entities.ToList(), doc.Demands.ToList());
    }
}

namespace Dossier.Text.Pipeline;

/// <summary>
/// A named pipeline step. It reads the layers it <see cref="Requires"/> and adds the layers it
/// <see cref="Assigns"/>; it never re-parses raw text that an earlier layer already covers.
/// Components are stateless after construction and safe to share between threads.
/// </summary>
public interface IPipelineComponent
{
    /// <summary>Stable lowercase id ("dates").</summary>
    string Name { get; }

    IReadOnlyList<string> Requires { get; }

    IReadOnlyList<string> Assigns { get; }

    void Annotate(Doc doc, CancellationToken cancellationToken = default);
}

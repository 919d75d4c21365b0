using System.Buffers;
using Dossier.Text.Pipeline;

namespace Dossier.Text.Normalization;

/// <summary>
/// Folds quotes, dashes, spaces and line breaks character for character into <see cref="Doc.Text"/>, so
/// that <c>Text.Length == Original.Length</c> and every offset means the same in both. A carriage return
/// before a line feed becomes a space; a lone one becomes a line feed.
/// </summary>
public sealed class Normaliser : IPipelineComponent
{
    public string Name => "normalise";

    public IReadOnlyList<string> Requires { get; } = [];

    public IReadOnlyList<string> Assigns { get; } = [Layers.Normalized];

    public void Annotate(Doc doc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(doc);
        doc.Text = Find(doc.Original);
    }

    /// <summary>The normalised text of <paramref name="original"/>, the same length; the same instance when nothing changes.</summary>
    public static string Find(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var first = FirstUnstable(original);
        if (first < 0)
        {
            return original;
        }

        return string.Create(original.Length, (original, first), static (buffer, state) =>
        {
            // A copy, then each unstable character folded in place: the stable runs between them (most of any
            // English text) are found a vector at a time, as Fold would leave them as they are.
            var (source, i) = state;
            source.AsSpan().CopyTo(buffer);
            while (i < source.Length)
            {
                var c = source[i];
                buffer[i] = c == '\r'
                    ? (i + 1 < source.Length && source[i + 1] == '\n' ? ' ' : '\n')
                    : CharFolding.Fold(c);
                i++;
                if (i < source.Length && CharFolding.IsStable(source[i]))
                {
                    var run = source.AsSpan(i).IndexOfAnyExcept(Stable);
                    i = run < 0 ? source.Length : i + run;
                }
            }
        });
    }

    // The characters CharFolding.IsStable accepts (all of them ASCII: printable ones and the line feed).
    private static readonly SearchValues<char> Stable =
        SearchValues.Create([.. Enumerable.Range(0, 128).Select(c => (char)c).Where(CharFolding.IsStable)]);

    private static int FirstUnstable(string text) => text.AsSpan().IndexOfAnyExcept(Stable);
}

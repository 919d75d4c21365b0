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
            var (source, from) = state;
            source.AsSpan(0, from).CopyTo(buffer);
            for (var i = from; i < source.Length; i++)
            {
                var c = source[i];
                buffer[i] = c == '\r'
                    ? (i + 1 < source.Length && source[i + 1] == '\n' ? ' ' : '\n')
                    : CharFolding.Fold(c);
            }
        });
    }

    private static int FirstUnstable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!CharFolding.IsStable(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}

using Dossier.Text.Normalization;
using Dossier.Text.Pipeline;
using Dossier.Text.Segmentation;

namespace Dossier.Text.Tests.Support;

/// <summary>Builds a document by hand and runs only the components a test needs.</summary>
internal static class DocBuilder
{
    public static Doc Run(string text, DateOnly? given, params IPipelineComponent[] components)
    {
        var doc = new Doc(text, given);
        foreach (var component in components)
        {
            component.Annotate(doc);
        }

        return doc;
    }

    public static Doc Segmented(string text, DateOnly? given = null) =>
        Run(text, given, new Normaliser(), new Segmenter());

    public static List<string> TokenTexts(Doc doc) => doc.Tokens.Select(t => doc.Text[t.Start..t.End]).ToList();

    public static List<string> SentenceTexts(Doc doc) => doc.Sentences.Select(s => doc.Text[s.Start..s.End]).ToList();
}

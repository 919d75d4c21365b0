using System.Security.Cryptography;
using System.Text;
using Dossier.Text.Model;
using Dossier.Text.Output;
using Dossier.Text.Pipeline;

namespace Dossier.Bench;

/// <summary>
/// `extract --digest`: one SHA-256 over everything the pipeline produces for the corpus (the JSON
/// output and every intermediate layer), so a change meant only to make extraction faster can be
/// checked to leave every result unchanged: the digest before and after must be equal.
/// </summary>
internal static class ExtractionDigest
{
    public static string Compute(TextPipeline pipeline, IReadOnlyList<string> corpus)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var builder = new StringBuilder();
        foreach (var text in corpus)
        {
            var doc = pipeline.Run(text);
            var result = new ExtractionResult(TextPipeline.Id, doc.Published, doc.Events.ToList(), doc.Entities.ToList(), doc.Demands.ToList());
            builder.Clear();
            builder.Append(ExtractionJsonWriter.ToJson(result, doc.Original));
            AppendLayer(builder, doc.Paragraphs);
            AppendLayer(builder, doc.Tokens);
            AppendLayer(builder, doc.Sentences);
            AppendLayer(builder, doc.Dates);
            AppendLayer(builder, doc.Quantities);
            AppendLayer(builder, doc.EntityMentions);
            builder.Append(doc.Dateline).Append('|').Append(doc.Published).Append('|').Append(doc.Text);
            hash.AppendData(Encoding.UTF8.GetBytes(builder.ToString()));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AppendLayer<T>(StringBuilder builder, List<T> layer)
    {
        builder.Append('\n').Append(layer.Count);
        foreach (var item in layer)
        {
            builder.Append(';').Append(item);
        }
    }
}

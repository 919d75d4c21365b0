using System.Text;

namespace Dossier.Bench;

/// <summary>
/// The generated corpus the extraction benchmark reads: each document is paragraphs drawn at random
/// from samples/reports, with figures and years varied so that no two documents are alike. The seed
/// is fixed, so the same size always gives the same documents (the digest mode relies on that).
/// </summary>
internal static class ExtractionCorpus
{
    public static List<string> Build(string samples, long targetChars)
    {
        var paragraphs = Directory.EnumerateFiles(samples, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToArray();
        var random = new Random(20240601);
        var corpus = new List<string>();
        var total = 0L;
        var builder = new StringBuilder();
        while (total < targetChars)
        {
            builder.Clear();
            var count = random.Next(4, 14);
            for (var i = 0; i < count; i++)
            {
                Vary(builder, paragraphs[random.Next(paragraphs.Length)], random);
                builder.Append("\n\n");
            }

            corpus.Add(builder.ToString());
            total += builder.Length;
        }

        return corpus;
    }

    public static string? FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var samples = Path.Combine(dir.FullName, "samples", "reports");
                if (Directory.Exists(samples))
                {
                    return samples;
                }
            }
        }

        return null;
    }

    private static void Vary(StringBuilder builder, string paragraph, Random random)
    {
        // Shift every digit run a little so figures, days and years differ between documents.
        var offset = random.Next(1, 9);
        foreach (var c in paragraph)
        {
            builder.Append(c is >= '1' and <= '8' && random.Next(4) == 0 ? (char)('1' + (c - '1' + offset) % 8) : c);
        }
    }
}

using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Dossier.Bench;

/// <summary>
/// Writes synthetic reports to a folder, seeded so every run produces the same corpus: mostly
/// plain text, some Markdown, HTML pages with boilerplate, and a few PDFs; 1–8 KB of text each.
/// </summary>
internal sealed class ReportGenerator(int seed)
{
    private static readonly string[] Words =
    [
        "police", "arrested", "protesters", "village", "soldiers", "killed", "civilians", "detained", "journalist",
        "court", "sentenced", "activists", "border", "camp", "refugees", "shelling", "hospital", "witnesses", "said",
        "the", "of", "in", "and", "on", "at", "after", "before", "a", "were", "was", "by", "forces", "security",
        "government", "ministry", "statement", "report", "human", "rights", "families", "missing", "released",
    ];

    private readonly Random _random = new(seed);

    public long Write(string folder, int count)
    {
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var text = Paragraphs(i);
            var bucket = i % 20;
            var (extension, content) = bucket switch
            {
                0 => (".pdf", Pdf(text)),
                1 or 2 or 3 => (".html", Encoding.UTF8.GetBytes(Html(i, text))),
                4 or 5 => (".md", Encoding.UTF8.GetBytes($"# Report {i}\n\n{text}")),
                _ => (".txt", Encoding.UTF8.GetBytes(text)),
            };
            var path = Path.Combine(folder, $"{i / 1000:D3}", $"report-{i:D6}{extension}");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
            bytes += content.Length;
        }

        return bytes;
    }

    private string Paragraphs(int index)
    {
        var builder = new StringBuilder($"Report number {index}. ");
        var target = _random.Next(1000, 8000);
        while (builder.Length < target)
        {
            builder.Append(Words[_random.Next(Words.Length)]).Append(_random.Next(12) == 0 ? ".\n\n" : " ");
        }

        return builder.ToString();
    }

    private static string Html(int index, string text) =>
        $"""
        <!doctype html><html><head><title>Report {index}</title><style>body {"{"} font-family: serif {"}"}</style>
        <script>window.analytics = {"{"} page: {index} {"}"};</script></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav>
        <article><h1>Report {index}</h1>{string.Concat(text.Split("\n\n").Select(p => $"<p>{p}</p>"))}</article>
        <footer>Published by the bench generator</footer></body></html>
        """;

    private static byte[] Pdf(string text)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var y = 800.0;
        foreach (var line in text.Replace("\n", " ").Chunk(90).Select(c => new string(c)).Take(38))
        {
            page.AddText(line, 9, new PdfPoint(30, y), font);
            y -= 20;
        }

        return builder.Build();
    }
}

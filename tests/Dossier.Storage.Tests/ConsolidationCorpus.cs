using System.Text;
using Dossier.Core.Consolidation;
using Dossier.Core.Domain.Sources;
using Dossier.Core.Ingest;
using Dossier.Storage.Sqlite;
using Dossier.Text.Model;
using Dossier.Text.Pipeline;

namespace Dossier.Storage.Tests;

/// <summary>
/// Report folders for end-to-end consolidation tests (real pipeline, real SQLite): the project's
/// samples/reports (with publisher, date and grade from index.csv) and, when present, ../shared/eval/seeds.
/// </summary>
internal static class ConsolidationCorpus
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Dossier.slnx not found above the test binaries.");
    }

    public static string SamplesDirectory() => Path.Combine(RepositoryRoot(), "samples", "reports");

    public static string? SeedsDirectory()
    {
        var seeds = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "eval", "seeds"));
        return Directory.Exists(seeds) ? seeds : null;
    }

    /// <summary>Ingests the named reports of a folder through the consolidating ingest; metadata from index.csv when there is one.</summary>
    public static async Task IngestAsync(SqliteDossierStore store, string folder, IEnumerable<string> files)
    {
        var index = ReadIndex(Path.Combine(folder, "index.csv"));
        var processor = new ConsolidationProcessor((text, published) => PipelineFactory.Default.Extract(text, published), TimeProvider.System);
        var service = new IngestService(store, TimeProvider.System, new IngestOptions(), [processor]);
        foreach (var file in files)
        {
            var metadata = new SourceMetadata("tester");
            if (index.TryGetValue(file, out var row))
            {
                metadata = metadata with
                {
                    Publisher = row.Publisher,
                    Published = PartialDateValue(row.Published),
                    Reliability = Enum.TryParse<SourceReliability>(row.Reliability, out var grade) ? grade : null,
                };
            }

            await using var content = File.OpenRead(Path.Combine(folder, file));
            var result = await service.IngestAsync(new IngestRequest(file, content, metadata), CancellationToken.None);
            Assert.True(result.Outcome == IngestOutcome.Added, $"{file}: {result.Reason}");
        }
    }

    private static DateValue? PartialDateValue(string? iso) =>
        Core.Domain.PartialDate.TryParse(iso) is { } d ? new DateValue(d.Start, d.End, d.Precision, d.IsInterval) : null;

    private static Dictionary<string, (string? Publisher, string? Published, string? Reliability)> ReadIndex(string path)
    {
        var rows = new Dictionary<string, (string?, string?, string?)>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return rows;
        }

        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var header = SplitCsv(lines[0]);
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var fields = SplitCsv(line);
            string? Field(string name) => header.IndexOf(name) is var i and >= 0 && i < fields.Count && fields[i].Length > 0 ? fields[i] : null;
            rows[Field("file")!] = (Field("publisher"), Field("published"), Field("reliability"));
        }

        return rows;
    }

    // index.csv quotes fields that hold commas ("Ten years after Andijan, …"); doubled quotes escape a quote.
    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}

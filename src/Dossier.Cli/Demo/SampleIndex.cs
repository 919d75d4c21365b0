using CsvHelper;
using Dossier.Core.Domain.Sources;

namespace Dossier.Cli.Demo;

/// <summary>
/// The metadata of the sample reports, read from index.csv with CsvHelper and keyed by file path
/// relative to the samples folder. Reports missing from the index get only who added them.
/// </summary>
internal sealed class SampleIndex(IReadOnlyDictionary<string, SampleIndexRow> rows)
{
    public const string FileName = "index.csv";

    public int Count => rows.Count;

    public static SampleIndex Load(string samplesFolder)
    {
        var path = Path.Combine(samplesFolder, FileName);
        if (!File.Exists(path))
        {
            return new SampleIndex(new Dictionary<string, SampleIndexRow>());
        }

        using var csv = CsvReader.FromFile(path, CsvReaderOptions.Default with { TrimWhitespace = true });
        var rows = new Dictionary<string, SampleIndexRow>(StringComparer.Ordinal);
        while (csv.Read())
        {
            string? Field(string name) => csv.TryGetFieldIndex(name, out var i) ? csv.GetStringOrNull(i) : null;
            var row = new SampleIndexRow(Field("file") ?? "", Field("publisher"), Field("published"), Field("url"), Field("title"), Field("reliability"));
            if (row.File.Length > 0)
            {
                rows.TryAdd(Normalize(row.File), row);
            }
        }

        return new SampleIndex(rows);
    }

    public SourceMetadata MetadataFor(string relativePath, string addedBy)
    {
        var metadata = new SourceMetadata(addedBy);
        if (!rows.TryGetValue(Normalize(relativePath), out var row))
        {
            return metadata;
        }

        return metadata with
        {
            Publisher = Blank(row.Publisher),
            Published = PublishedDateParser.TryParse(row.Published, out var date) ? date : null,
            Url = Blank(row.Url),
            Title = Blank(row.Title),
            Reliability = SourceReliabilityParser.TryParse(row.Reliability, out var grade) ? grade : null,
        };
    }

    private static string Normalize(string path) => path.Replace('\\', '/').TrimStart('.', '/');

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

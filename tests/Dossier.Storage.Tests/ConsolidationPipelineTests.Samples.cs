using System.Text.Json;
using Dossier.Core.Consolidation.Queries;
using Dossier.Core.Domain;

namespace Dossier.Storage.Tests;

public sealed partial class ConsolidationPipelineTests
{
    /// <summary>
    /// samples/README.md lists clusters of reports about one incident with different figures. Each cluster,
    /// ingested through the real pipeline, must give one incident holding every report's killed figure as
    /// its gold file records it, side by side, with low/high across them.
    /// </summary>
    [Theory]
    [InlineData("kunduz", "2015-10-03", new[] { "019", "020", "021" }, Skip = "Needs extraction: 020 a killing dated 2015-10-03 at Kunduz (AF) with killed 22 (now an attack dated 2015-10-07, no place, no count); 021 its killing located at Kunduz, AF (now no location and country US).")]
    [InlineData("inn-din", "2017-09", new[] { "022", "023", "024" }, Skip = "Needs extraction: the Inn Din killing at Inn Din/Rakhine (MM) with killed 10 in each report: 022 gives date and count but no place; 023 date and place but no count; 024 'executed 10' with neither date nor place.")]
    [InlineData("khashoggi", "2018-10-02", new[] { "025", "026" }, Skip = "Needs extraction: 025 and 026 a killing dated 2018-10-02 at the Saudi consulate in Istanbul (TR) with killed 1 (now 025 dated 2018-10-20 with arrested 18; 026 an execution dated 2019-06 in SA).")]
    [InlineData("marikana", "2012-08-16", new[] { "007", "008" }, Skip = "Needs extraction: 007 one event dated 2012-08-16 ('Thursday') at Marikana (ZA) with killed 34 (now two events: 2012-08-17 with 34, 2012-08-16 without a count); 008 the same at Marikana (now dated 2014-08-16, no place).")]
    [InlineData("iguala", "2014-09-26", new[] { "004", "005", "006" }, Skip = "Needs extraction: 004 killed 3 dated 2014-09-26/27 at Iguala (now killed 6 dated 2014-09-28, the report's date); 005 the incident dated 2014-09-26 (now 2015-09-26) with killed 6.")]
    [InlineData("andijan", "2005-05-13", new[] { "001", "002", "003" }, Skip = "Needs extraction: a killing on 2005-05-13 at Andijan (UZ) in each report: 001 with killed 24-99 ('dozens'; now no date or place), 002 with 169 (now dated 2005-05-17), 003 with 200-999 (now dated 2015-05-13, no count).")]
    public async Task SampleCluster_IsOneIncident_WithEachSourcesFigureAndLowHigh(string cluster, string date, string[] prefixes)
    {
        var folder = ConsolidationCorpus.SamplesDirectory();
        var files = prefixes.Select(p => Path.GetFileName(Directory.EnumerateFiles(folder, p + "_*.txt").Single())).ToList();
        var expected = files.ToDictionary(f => f, f => GoldKilled(Path.Combine(folder, Path.ChangeExtension(f, ".gold.json")), date));
        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        await ConsolidationCorpus.IngestAsync(store, folder, files);

        var records = new List<IncidentRecord>();
        foreach (var summary in await store.ListIncidentsAsync(new IncidentFilter(), None))
        {
            records.Add((await store.GetIncidentAsync(summary.Id, None))!);
        }

        var holding = records.Where(r => files.All(f => r.Claims.Any(c => c.SourceFile == f && c.Field == "count.killed"))).ToList();
        var incident = Assert.Single(holding, r => true);
        foreach (var (file, figure) in expected)
        {
            Assert.Contains(incident.Claims, c => c.SourceFile == file && c.Field == "count.killed" && c.Display == figure.ToString());
        }

        var low = expected.Values.Min(r => r.Min);
        var high = expected.Values.Max(r => r.Max);
        Assert.Equal(new CountRange(low, high), incident.Shown.Single(s => s.Field == "count.killed").LowHigh);
        Assert.True(cluster.Length > 0);
    }

    /// <summary>The killed figure of the gold event dated like the cluster's incident.</summary>
    private static CountRange GoldKilled(string goldPath, string date)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        foreach (var ev in gold.RootElement.GetProperty("events").EnumerateArray())
        {
            if (ev.GetProperty("date").ValueKind == JsonValueKind.String && ev.GetProperty("date").GetString()!.StartsWith(date[..7], StringComparison.Ordinal)
                && ev.GetProperty("counts").TryGetProperty("killed", out var killed))
            {
                return killed.ValueKind == JsonValueKind.Number
                    ? CountRange.Exact(killed.GetInt64())
                    : new CountRange(killed.GetProperty("min").GetInt64(), killed.GetProperty("max").GetInt64());
            }
        }

        throw new InvalidOperationException($"{goldPath} has no killed figure for {date}.");
    }
}

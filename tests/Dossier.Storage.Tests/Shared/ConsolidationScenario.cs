using System.Text;
using Dossier.Core.Consolidation;
using Dossier.Core.Domain.Sources;
using Dossier.Core.Ingest;
using Dossier.Text.Model;
using static Dossier.Storage.Tests.ConsolidationReports;

namespace Dossier.Storage.Tests.Shared;

/// <summary>Reports of one raid with hand-written extractions, and ingest that consolidates them.</summary>
internal static class ConsolidationScenario
{
    // Hand-written extractions (spans found in each text), so that what is tested is the store
    // under consolidation, not extraction quality. Scenarios follow ConsolidationStoreTests.
    public const string RaidReport = "Security forces stormed the camp and killed 52 residents on 1 September. Seven were abducted.";
    public const string OfficialReport = "Officials said 47 people died at Ashraf when clashes broke out on 1 September.";
    public const string UndatedReport = "Residents said 50 people were killed at Camp Ashraf in the raid.";

    public static ExtractionResult RaidExtraction(string t) => Result(
        Event(t, "killing", DateValue.Day(2013, 9, 1), "camp", "IQ", ("killed", 52, "52"), ("abducted", 7, "Seven")) with
        {
            Also = ["abduction"],
            Location = Name(t, "camp", "IQ") with { Name = "Camp Ashraf", Aliases = ["Ashraf"] },
            Perpetrators = [Name(t, "Security forces")],
        });

    public static ExtractionResult OfficialExtraction(string t) => Result(
        Event(t, "killing", DateValue.Day(2013, 9, 1), "Ashraf", "IQ", ("killed", 47, "47")) with { Perpetrators = [Name(t, "clashes")] });

    public static ExtractionResult UndatedExtraction(string t) => Result(Event(t, "killing", null, "Camp Ashraf", "IQ", ("killed", 50, "50")));

    public static async Task<long> IngestConsolidatingAsync(SqlDossierStore store, TimeProvider time, string name, string publisher, string text, Func<string, ExtractionResult> extraction)
    {
        var processor = new ConsolidationProcessor((t, _) => extraction(t), time);
        var service = new IngestService(store, time, new IngestOptions(), [processor]);
        var result = await service.IngestAsync(new IngestRequest(name, new MemoryStream(Encoding.UTF8.GetBytes(text)), new SourceMetadata("tester") { Publisher = publisher }), CancellationToken.None);
        Assert.True(result.SourceId is not null, result.Reason);
        return result.SourceId!.Value;
    }
}

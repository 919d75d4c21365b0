using System.Text;
using Dossier.Core.Consolidation;
using Dossier.Core.Domain.Sources;
using Dossier.Core.Ingest;
using Dossier.Storage.Sqlite;
using Dossier.Text.Model;

namespace Dossier.Storage.Tests;

/// <summary>
/// A temporary SQLite store whose ingest consolidates. The extractions are written by hand for each test
/// text, with spans found in that text, so consolidation is tested apart from extraction quality.
/// </summary>
internal sealed class ConsolidationReports : IAsyncDisposable
{
    public const string Pipeline = "test-pipeline@1.0";

    private readonly TempDatabase _db = new();
    private readonly Dictionary<string, Func<string, ExtractionResult>> _extractions = new(StringComparer.Ordinal);

    public SqliteDossierStore Store { get; private set; } = null!;

    public string PipelineId { get; set; } = Pipeline;

    public static async Task<ConsolidationReports> OpenAsync()
    {
        var reports = new ConsolidationReports();
        reports.Store = await reports._db.OpenAsync();
        return reports;
    }

    public ConsolidationProcessor Processor => new((text, _) => _extractions[text](text) with { Pipeline = PipelineId }, TimeProvider.System);

    /// <summary>A processor that reads <paramref name="text"/> with a new extraction from now on (a pipeline upgrade).</summary>
    public ConsolidationProcessor ProcessorFor(string text, Func<string, ExtractionResult> extraction)
    {
        _extractions[text] = extraction;
        return Processor;
    }

    /// <summary>Ingests a report whose extraction is built by <paramref name="extraction"/> from its text.</summary>
    public async Task<long> IngestAsync(string name, string publisher, string text, Func<string, ExtractionResult> extraction, SourceReliability? grade = null)
    {
        _extractions[text] = extraction;
        var service = new IngestService(Store, TimeProvider.System, new IngestOptions(), [Processor]);
        var metadata = new SourceMetadata("tester") { Publisher = publisher, Reliability = grade };
        var result = await service.IngestAsync(new IngestRequest(name, new MemoryStream(Encoding.UTF8.GetBytes(text)), metadata), CancellationToken.None);
        Assert.True(result.SourceId is not null, result.Reason);
        return result.SourceId!.Value;
    }

    public static TextSpan Span(string text, string phrase)
    {
        var start = text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{phrase}' is not in the text");
        return new TextSpan(start, start + phrase.Length);
    }

    public static ExtractedName Name(string text, string name, string? country = null) =>
        new(name) { Spans = [Span(text, name)], CountryCode = country };

    public static ExtractionResult Result(params ExtractedEvent[] events) => new(Pipeline, null, events, [], []);

    public static ExtractedEvent Event(
        string text, string type, DateValue? date, string? place, string country, params (string Key, long Figure, string Phrase)[] counts) =>
        new(type)
        {
            Date = date,
            Location = place is null ? null : Name(text, place, country),
            CountryCode = country,
            Counts = counts.ToDictionary(c => c.Key, c => new ExtractedCount(c.Figure, c.Figure, Span(text, c.Phrase))),
            Evidence = [new TextSpan(0, text.IndexOf('.') + 1)],
        };

    public async ValueTask DisposeAsync() => await _db.DisposeAsync();
}

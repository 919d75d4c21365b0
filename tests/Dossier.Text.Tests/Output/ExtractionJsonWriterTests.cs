using System.Text.Json;
using Dossier.Text.Model;
using Dossier.Text.Output;
using Dossier.Text.Pipeline;

namespace Dossier.Text.Tests.Output;

public sealed class ExtractionJsonWriterTests
{
    private const string Report =
        "KESTREL CITY, 4 March 2019 - Police shot dead 11 miners at the Ostra pit on Monday, the Kestrel Miners Union said.\n\n" +
        "The union called on the Attorney General to open a criminal inquiry.";

    private static readonly ExtractionResult Result = PipelineFactory.Default.Extract(Report);

    [Fact]
    public void ToJson_HasTopLevelKeys_InStableOrder()
    {
        using var json = JsonDocument.Parse(ExtractionJsonWriter.ToJson(Result, Report, "r.txt"));

        var keys = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["doc", "pipeline", "published", "published_stated", "events", "entities", "demands"], keys);
        Assert.Equal("r.txt", json.RootElement.GetProperty("doc").GetString());
        Assert.Equal(TextPipeline.Id, json.RootElement.GetProperty("pipeline").GetString());
    }

    [Fact]
    public void ToJson_IsDeterministic()
    {
        Assert.Equal(ExtractionJsonWriter.ToJson(Result, Report), ExtractionJsonWriter.ToJson(PipelineFactory.Default.Extract(Report), Report));
    }

    [Fact]
    public void ToJson_EventSpans_PointAtTheirText()
    {
        using var json = JsonDocument.Parse(ExtractionJsonWriter.ToJson(Result, Report));

        var ev = json.RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "killing");
        var count = ev.GetProperty("counts").GetProperty("killed");
        Assert.Equal(11, count.GetProperty("value").GetInt32());
        Assert.Contains("11", Slice(count.GetProperty("span")));
        Assert.Equal(ev.GetProperty("evidence").GetString(), Slice(ev.GetProperty("evidence_spans")[0]));
        Assert.Equal("shot dead", Slice(ev.GetProperty("triggers")[0]));
        var date = ev.GetProperty("date");
        Assert.Equal("2019-03-04", date.GetProperty("start").GetString());
        Assert.Equal("day", date.GetProperty("precision").GetString());
    }

    [Fact]
    public void ToJson_Published_CarriesDatePrecisionAndMethod()
    {
        using var json = JsonDocument.Parse(ExtractionJsonWriter.ToJson(Result, Report));

        var published = json.RootElement.GetProperty("published");
        Assert.Equal("2019-03-04", published.GetProperty("date").GetString());
        Assert.Equal("day", published.GetProperty("precision").GetString());
        Assert.True(published.GetProperty("stated").GetBoolean());
        Assert.True(json.RootElement.GetProperty("published_stated").GetBoolean());
    }

    [Fact]
    public void ToJson_VagueCount_IsWrittenAsRange()
    {
        var ev = new ExtractedEvent("arrest") { Counts = new Dictionary<string, ExtractedCount> { ["arrested"] = new(24, 99, new TextSpan(0, 6)) } };
        var result = new ExtractionResult(TextPipeline.Id, null, [ev], [], []);

        using var json = JsonDocument.Parse(ExtractionJsonWriter.ToJson(result, "dozens"));

        var count = json.RootElement.GetProperty("events")[0].GetProperty("counts").GetProperty("arrested");
        Assert.Equal(24, count.GetProperty("min").GetInt32());
        Assert.Equal(99, count.GetProperty("max").GetInt32());
        Assert.False(count.TryGetProperty("value", out _));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("published").ValueKind);
    }

    [Fact]
    public void ToJson_Demand_HasSpeakerAddresseesAndWhatSpan()
    {
        using var json = JsonDocument.Parse(ExtractionJsonWriter.ToJson(Result, Report));

        var demand = json.RootElement.GetProperty("demands")[0];
        Assert.Equal("open a criminal inquiry", demand.GetProperty("what").GetString());
        Assert.Equal("open a criminal inquiry", Slice(demand.GetProperty("what_span")));
        Assert.NotEmpty(demand.GetProperty("addressee").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(demand.GetProperty("by").GetProperty("name").GetString()));
    }

    private static string Slice(JsonElement span) => Report[span[0].GetInt32()..span[1].GetInt32()];
}

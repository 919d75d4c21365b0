using Dossier.Text.Model;

namespace Dossier.Text.Tests.Events;

public sealed class EventExtractorTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Theory]
    [InlineData("Soldiers shot dead three farmers near Tarvel on Monday.", "killing")]
    [InlineData("Security agents arrested the editor of the weekly paper in March 2015.", "arrest")]
    [InlineData("Gunmen kidnapped two aid workers outside the clinic last week.", "abduction")]
    [InlineData("Artillery shelled the northern districts of the town overnight.", "attack")]
    [InlineData("The authorities demolished forty homes in the settlement in April 2016.", "destruction")]
    [InlineData("Hundreds of students rallied outside the ministry on Tuesday.", "protest")]
    [InlineData("The provincial court indicted four police officers in February 2016.", "legal_action")]
    [InlineData("The families were forcibly evicted from the quarter in January 2016.", "displacement")]
    public void Find_ReportsIncident_ForPlainStatement(string text, string type)
    {
        var events = UpstreamDoc.Events(text, Published);

        var ev = Assert.Single(events);
        Assert.Equal(type, ev.Type);
    }

    [Theory]
    [InlineData("No one was arrested after the clashes.")]
    [InlineData("The journalists were not detained, the ministry insisted.")]
    [InlineData("The authorities will deport the families next week.")]
    [InlineData("He would be tortured if he were extradited to his home country.")]
    [InlineData("Guards were posted to prevent attacks on the convoy.")]
    [InlineData("The union called for an investigation.")]
    [InlineData("The regime defends repression and killings.")]
    [InlineData("The lawyers fear that the prisoners could face execution.")]
    [InlineData("Any extradition of the refugees would breach international law.")]
    public void Find_ReportsNothing_ForWhatDidNotHappen(string text)
    {
        Assert.Empty(UpstreamDoc.Events(text, Published));
    }

    [Fact]
    public void Find_MergesActsOfOneRaid_WithTheirCounts()
    {
        var events = UpstreamDoc.Events("On 2 March 2016 militiamen raided the camp, killing 12 residents and abducting four others.", Published);

        var ev = Assert.Single(events);
        Assert.Equal("killing", ev.Type);
        Assert.Contains("abduction", ev.Also);
        Assert.Equal(12, ev.Counts["killed"].Min);
        Assert.Equal(4, ev.Counts["abducted"].Min);
        Assert.Equal("2016-03-02", ev.Date?.ToIso());
    }

    [Theory]
    [InlineData("More than 300 protesters were arrested in the capital in May 2016.", "arrested", 300)]
    [InlineData("The country carried out over 200 executions in 2015.", "executed", 200)]
    [InlineData("The massacre of 45 villagers in 2001 was never investigated.", "killed", 45)]
    public void Find_TiesFigureToTrigger(string text, string key, long value)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.True(ev.Counts.TryGetValue(key, out var count), $"no {key} count");
        Assert.Equal(value, count.Min);
        Assert.Equal(value, count.Max);
    }

    [Fact]
    public void Find_RecordsVagueAmountAsRange()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Police arrested dozens of students at the university in April 2016.", Published));

        Assert.Equal((24, 99), (ev.Counts["arrested"].Min, ev.Counts["arrested"].Max));
    }

    [Fact]
    public void Find_DoesNotCountIncidents_AsVictims()
    {
        var ev = Assert.Single(UpstreamDoc.Events("The army carried out three massacres in the valley.", Published));

        Assert.Equal("killing", ev.Type);
        Assert.Empty(ev.Counts);
    }

    [Fact]
    public void Find_MergesLaterReference_ToSameIncident()
    {
        const string text = "On 3 May 2011 police attacked the strikers' camp in Riverton, killing nine people.\n\n" +
            "The attack drew condemnation from unions abroad.";

        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(2, ev.Evidence.Count);
        Assert.Equal(9, ev.Counts["killed"].Min);
    }

    [Fact]
    public void Find_KeepsDistinctIncidentsApart()
    {
        const string text = "Troops killed 14 villagers in Dalmor on 5 June 2012.\n\n" +
            "Two years later, on 9 August 2014, soldiers killed 6 fishermen near the port.";

        var events = UpstreamDoc.Events(text, Published);

        Assert.Equal(2, events.Count);
        Assert.Equal(["2012-06-05", "2014-08-09"], events.Select(e => e.Date?.ToIso()).Order());
    }

    [Fact]
    public void Find_SeparatesCommemoration_FromIncidentCommemorated()
    {
        const string text = "Exiles gathered in the square on 14 May 2016 to commemorate the massacre of 1 June 1990.";

        var events = UpstreamDoc.Events(text, Published);

        Assert.Equal("2016-05-14", events.Single(e => e.Type == "protest").Date?.ToIso());
        Assert.Equal("1990-06-01", events.Single(e => e.Type == "killing").Date?.ToIso());
    }
}

namespace Dossier.Text.Tests.Events;

/// <summary>An incident named first, its figures told after, in the words of a report on it (our own sentences).</summary>
public sealed class LaterFiguresTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Fact]
    public void Find_GivesTheFiguresToldNext_ToTheIncidentNamedWithoutThem()
    {
        var events = UpstreamDoc.Events(
            "We condemn the killing of villagers in Tarn on 3 and 4 May.\n\n"
            + "An inquiry by the monitors, made public on Monday, found that at least 40 villagers were killed.",
            Published);

        var killing = Assert.Single(events, e => e.Type == "killing");
        Assert.Equal(40, killing.Counts["killed"].Min);
        Assert.Equal(new DateOnly(2016, 5, 3), killing.Date!.Value.Start);
    }

    [Fact]
    public void Find_DoesNotDateTheFindings_ByTheDayTheReportWasMadePublic()
    {
        var events = UpstreamDoc.Events(
            "A report by the monitors, made public on 12 May, found that 40 villagers were killed in Tarn.", Published);

        Assert.Null(Assert.Single(events, e => e.Type == "killing").Date);
    }

    [Fact]
    public void Find_KeepsFiguresOfTheirOwnPlaceOrPeriod_Apart()
    {
        var events = UpstreamDoc.Events(
            "We condemn the killing of villagers in Tarn on 3 May.\n\n"
            + "Since January, more than 300 people have been killed across the province.",
            Published);

        Assert.Equal(2, events.Count(e => e.Type == "killing"));
    }

    [Fact]
    public void Find_GivesARepeatedFigure_ToTheIncidentItCounted()
    {
        var events = UpstreamDoc.Events(
            "Soldiers killed ten captives in Tarn on 3 May.\n\n"
            + "Refugees have described arson and killings across the province since late April.\n\n"
            + "\"Ten bodies in one grave are only the start,\" a researcher said.",
            Published);

        Assert.Single(events, e => e.Counts.TryGetValue("killed", out var dead) && dead.Min == 10);
    }

    [Fact]
    public void Find_DatesTheReportsOneIncident_ByTheDetailsToldLater()
    {
        var events = UpstreamDoc.Events(
            "Monitors said soldiers killed at least 300 people in Tarn, the worst atrocity of the conflict.\n\n"
            + "Their report was published in Geneva.\n\n"
            + "According to the report, a helicopter opened fire on the market in Tarn on the morning of 3 May 2016.",
            Published);

        var killing = Assert.Single(events, e => e.Type == "killing");
        Assert.Equal(300, killing.Counts["killed"].Min);
        Assert.Equal(new DateOnly(2016, 5, 3), killing.Date!.Value.Start);
    }

    [Fact]
    public void Find_KeepsALaterDatedActWithItsOwnFigures_Apart()
    {
        var events = UpstreamDoc.Events(
            "Monitors said soldiers killed at least 300 people in Tarn.\n\n"
            + "On 3 May 2016 gunmen killed 12 people in Ostrel.",
            Published);

        Assert.Equal(2, events.Count(e => e.Type == "killing"));
    }
}

namespace Dossier.Text.Tests.Events;

/// <summary>A state that goes on from an act told before ("are still being held") is that act, not a new one (our own sentences).</summary>
public sealed class StateGoingOnTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Fact]
    public void Find_PeopleStillHeld_AreThePeopleArrestedBefore()
    {
        var events = UpstreamDoc.Events("Police detained 40 protesters in Tarn on 30 April. Twelve of them are still being held.", Published);

        var arrest = Assert.Single(events);
        Assert.Equal(40, arrest.Counts["arrested"].Min);
    }

    [Fact]
    public void Find_HostagesStillHeld_AreNoLaterIncident()
    {
        var events = UpstreamDoc.Events(
            "Armed men kidnapped 17 passengers from a bus near Tarn on 30 April. Five were released two days later. "
            + "The remaining twelve are still being held by the kidnappers.",
            Published);

        var abduction = Assert.Single(events);
        Assert.Equal(("2016-04-30", 17L), (abduction.Date?.ToIso(), abduction.Counts["abducted"].Min));
    }

    [Fact]
    public void Find_PeopleHeldWithNoActBefore_AreAnArrest()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Twelve students are still being held at the police station in Tarn.", Published));

        Assert.Equal(("arrest", 12L), (ev.Type, ev.Counts["arrested"].Min));
    }

    [Fact]
    public void Find_PeopleHeldWhereKidnappersAreNamed_AreHostagesNotDetainees()
    {
        var events = UpstreamDoc.Events(
            "Armed men kidnapped 17 passengers from a bus near Tarn on 30 April. Five were released two days later. "
            + "The remaining twelve are still being held, and the kidnappers have threatened to kill them.",
            Published);

        var abduction = Assert.Single(events);
        Assert.DoesNotContain("arrest", abduction.Also);
        Assert.False(abduction.Counts.ContainsKey("arrested"));
    }
}

namespace Dossier.Text.Tests.Events;

/// <summary>Incidents told as items of a bulleted list, and figures in a monitor's overview (our own sentences).</summary>
public sealed class ListedIncidentTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    private const string Update =
        "Weekly update\n\nPublished 20 May 2016.\n\n" +
        "Overview: we recorded 31 events and an estimated 118 fatalities this week, against 24 events and 96 fatalities the week before.\n\n" +
        "- Fighters attacked an army post in Ostrel on 10 May. The army said 15 soldiers were killed.\n" +
        "- Militiamen were accused by residents of killing six herders near Varn.\n";

    [Fact]
    public void Find_KeepsEachItemOfAList_ApartFromTheOthersAndFromTheOverview()
    {
        var events = UpstreamDoc.Events(Update, Published);

        Assert.Contains(events, e => e.Counts.TryGetValue("killed", out var k) && k.Min == 6 && k.Max == 6);
        Assert.Contains(events, e => e.Counts.TryGetValue("killed", out var k) && k.Min == 15 && k.Max == 15);
        Assert.Contains(events, e => e.Counts.TryGetValue("killed", out var k) && k.Min == 118);
    }

    [Fact]
    public void Find_DoesNotSumFiguresOfEventsAndFatalities()
    {
        var events = UpstreamDoc.Events("The monitor recorded 24 events and 96 fatalities in May.", Published);

        Assert.DoesNotContain(events, e => e.Counts.Values.Any(c => c.Min == 120));
    }

    [Theory]
    [InlineData("On 3 May the army said it had struck a gathering of militants near Ostrel.")]
    [InlineData("On 3 May the air force bombed what it called a gathering of armed men.")]
    public void Find_NoProtest_ForAGatheringOfFighters(string sentence)
    {
        Assert.DoesNotContain(UpstreamDoc.Events(sentence, Published), e => e.Type == "protest");
    }
}

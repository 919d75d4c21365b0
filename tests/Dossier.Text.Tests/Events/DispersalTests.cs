namespace Dossier.Text.Tests.Events;

/// <summary>A gathering broken up by force: who used the force, and when the gathering was (our own sentences).</summary>
public sealed class DispersalTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Theory]
    [InlineData("On 3 May police used batons and tear gas to break up a sit-in by relatives of missing men.")]
    [InlineData("On 3 May police fired tear gas to disperse a rally by students.")]
    public void Find_NamesWhoUsedTheForce_NotWhoHeldTheGathering(string sentence)
    {
        var attack = Assert.Single(UpstreamDoc.Events(sentence, Published), e => e.Type == "attack");

        Assert.Equal("police", Assert.Single(attack.Perpetrators).Name);
    }

    [Fact]
    public void Find_DatesTheGatheringBrokenUp_ByTheSentencesDate()
    {
        var events = UpstreamDoc.Events("On 3 May police used tear gas to break up a sit-in outside the court.", Published);

        var protest = Assert.Single(events, e => e.Type == "protest");
        Assert.Equal(new DateOnly(2016, 5, 3), protest.Date!.Value.Start);
    }

    [Fact]
    public void Find_KeepsTheCourtAsAgent_OfASentenceToDeath()
    {
        var events = UpstreamDoc.Events("On 3 May the opposition leader was sentenced to death by a military court.", Published);

        Assert.Contains("military court", Assert.Single(events).Perpetrators.Single().Name);
    }
}

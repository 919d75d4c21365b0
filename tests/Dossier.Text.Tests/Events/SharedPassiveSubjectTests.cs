namespace Dossier.Text.Tests.Events;

/// <summary>Passive verbs that share one auxiliary share its subject's figure (our own sentences).</summary>
public sealed class SharedPassiveSubjectTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Fact]
    public void Find_CountsTheLastOfSharedPassiveVerbs_WithTheFirstVerbsSubject()
    {
        var events = UpstreamDoc.Events(
            "On 3 May 2016 about 6,000 farmers, herders and their families were loaded onto lorries and driven out of the valley.",
            Published);

        var displacement = Assert.Single(events, e => e.Type == "displacement");
        Assert.Equal(6000, displacement.Counts["displaced"].Min);
    }

    [Fact]
    public void Find_CountsAnActiveVerbsOwnObject_NotTheSubjectOfAnEarlierPassive()
    {
        var events = UpstreamDoc.Events(
            "On 3 May 2016 about 60 soldiers were sent to the valley and detained nine farmers.",
            Published);

        var arrest = Assert.Single(events, e => e.Type == "arrest");
        Assert.Equal(9, arrest.Counts["arrested"].Min);
    }

    [Fact]
    public void Find_ReadsAListedSubject_UpToItsAuxiliary()
    {
        var events = UpstreamDoc.Events("On 3 May 2016 some 300 women, children and old people were deported to the border.", Published);

        var displacement = Assert.Single(events, e => e.Type == "displacement");
        Assert.Equal(300, displacement.Counts["displaced"].Min);
    }

    [Fact]
    public void Find_ReadsTheSubjectsFigure_AcrossAnApposition()
    {
        var events = UpstreamDoc.Events(
            "On 3 May 2016 eight fishermen from Tarn, a village on the delta, were seized at sea, held for a night and killed.",
            Published);

        var killing = Assert.Single(events, e => e.Counts.ContainsKey("killed"));
        Assert.Equal(8, killing.Counts["killed"].Min);
    }

    [Fact]
    public void Find_ReadsNoAgeBeforeAnApposition_AsAFigure()
    {
        var events = UpstreamDoc.Events("Rafael Ortiz, 52, a fisherman from Tarn, was killed on 3 May 2016.", Published);

        var killing = Assert.Single(events);
        Assert.Equal(1, killing.Counts["killed"].Min);
    }
}

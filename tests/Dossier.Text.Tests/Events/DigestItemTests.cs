using Dossier.Text.Model;

namespace Dossier.Text.Tests.Events;

/// <summary>
/// Incident digests: items headed "4 March – Ostrel:", people seized told in the passive, and a body found
/// (our own sentences).
/// </summary>
public sealed class DigestItemTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    private const string Digest =
        "Monthly digest of incidents\n\n" +
        "Compiled by a local monitoring group from reports by families and hospital staff.\n\n" +
        "4 March \u2013 Ostrel: A grenade thrown at a bus station killed three people and wounded 14.\n\n" +
        "9 March \u2013 Turbat: Police detained eleven students outside the university.\n";

    [Fact]
    public void Find_DatesEachItemByItsHead_PastThePlaceBeforeTheColon()
    {
        var events = UpstreamDoc.Events(Digest, Published);

        var killing = Assert.Single(events, e => e.Type == "killing");
        Assert.Equal(new DateOnly(2016, 3, 4), killing.Date!.Value.Start);
        var arrest = Assert.Single(events, e => e.Type == "arrest");
        Assert.Equal(new DateOnly(2016, 3, 9), arrest.Date!.Value.Start);
    }

    [Fact]
    public void Recognize_TakesASmallTownThatHeadsADatedItem_AsAPlace()
    {
        var doc = UpstreamDoc.Build(Digest, Published);

        Assert.Contains(doc.EntityMentions, m => m.Type == EntityType.Location && doc.TextOf(m.Span) == "Turbat");
    }

    [Theory]
    [InlineData("On 3 May three men were picked up by security agents in Ostrel.", "arrest", "arrested", 3)]
    [InlineData("On 3 May two aid workers were seized by gunmen on the road to Ostrel.", "abduction", "abducted", 2)]
    [InlineData("On 3 May a journalist was reportedly picked up by officers in plain clothes.", "arrest", "arrested", 1)]
    public void Find_ReadsPeopleSeizedInThePassive(string sentence, string type, string key, int figure)
    {
        var incident = Assert.Single(UpstreamDoc.Events(sentence, Published));

        Assert.Equal(type, incident.Type);
        Assert.Equal(figure, incident.Counts[key].Min);
    }

    [Theory]
    [InlineData("On 3 May the weapons were seized by police in Ostrel.")]
    [InlineData("On 3 May his car was picked up by a tow truck.")]
    public void Find_NoEvent_WhenWhatWasSeizedIsNoPerson(string sentence)
    {
        Assert.Empty(UpstreamDoc.Events(sentence, Published));
    }

    [Theory]
    [InlineData("On 3 May the body of a student, Ali Faraz, was found on the edge of the town.")]
    [InlineData("On 3 May the body of a farmer who had gone out to his fields was discovered in a ditch.")]
    public void Find_ReadsABodyFound_AsOneKilled(string sentence)
    {
        var incident = Assert.Single(UpstreamDoc.Events(sentence, Published), e => e.Type == "killing");

        Assert.Equal(1, incident.Counts["killed"].Min);
        Assert.Equal(new DateOnly(2016, 5, 3), incident.Date!.Value.Start);
    }

    [Theory]
    [InlineData("The body of one of the reporters was never found.")]
    [InlineData("The authorities displayed the body of the condemned man in the square.")]
    public void Find_NoKilling_WhenNoBodyIsFound(string sentence)
    {
        Assert.DoesNotContain(UpstreamDoc.Events(sentence, Published), e => e.Type == "killing");
    }
    [Theory]
    [InlineData("- 2 April, Varn district: Armed men on horses raided a hamlet, killing six herders.", 2)]
    [InlineData("- 7 April, near Ostrel: A roadside bomb struck a bus, killing nine passengers.", 7)]
    [InlineData("- 11 April, outskirts of Turbat: Gunmen shot dead four farmers.", 11)]
    public void Find_DatesAnItemWhosePlaceHeadHasLowercaseWords(string item, int day)
    {
        var text = "Weekly monitor of violence, 14 April 2016\n\nThe monitor recorded these incidents this week.\n\n" + item + "\n";

        var killing = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Type == "killing");

        Assert.Equal(new DateOnly(2016, 4, day), killing.Date!.Value.Start);
    }

    [Fact]
    public void Find_KeepsTwoDatedItemsApart_WhenTheFirstHeadsWithARegion()
    {
        const string text = "Weekly monitor of violence, 14 April 2016\n\nThe monitor recorded these incidents this week.\n\n" +
            "- 2 April, Varn region: Armed men raided a hamlet, killing six herders.\n" +
            "- 5 April, near Ostrel: A patrol hit a mine; the army reported two soldiers dead and three injured.\n";

        var killings = UpstreamDoc.Events(text, Published).Where(e => e.Type == "killing").ToList();

        Assert.Equal(2, killings.Count);
        Assert.Contains(killings, k => k.Date!.Value.Start == new DateOnly(2016, 4, 2) && k.Counts["killed"].Min == 6);
        Assert.Contains(killings, k => k.Date!.Value.Start == new DateOnly(2016, 4, 5) && k.Counts["killed"].Min == 2);
    }

    [Theory]
    [InlineData("- 9 April, Varn: Gunmen attacked worshippers during Friday prayers, killing twelve people.")]
    [InlineData("- 9 April, Varn: A bomb exploded outside a church after Sunday mass, killing twelve people.")]
    public void Find_AWeekdayNamingARite_DoesNotDateTheAct(string item)
    {
        var text = "Weekly monitor of violence, 14 April 2016\n\nThe monitor recorded these incidents this week.\n\n" + item + "\n";

        var killing = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Type == "killing");

        Assert.Equal(new DateOnly(2016, 4, 9), killing.Date!.Value.Start);
    }

    [Fact]
    public void Find_AWeekdayAfterOn_StillDatesTheAct()
    {
        var killing = Assert.Single(UpstreamDoc.Events("Gunmen attacked a mosque on Friday, killing twelve people.", Published), e => e.Type == "killing");

        Assert.Equal(new DateOnly(2016, 5, 20), killing.Date!.Value.Start);
    }
    [Fact]
    public void Find_ABulletDoesNotDateTheBulletAfterIt()
    {
        const string text = "Situation report, 20 May 2016\n\nKey figures\n- 1,245 people killed since 23 April\n- 12 aid workers detained at checkpoints\n";

        var arrest = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Type == "arrest");

        Assert.Null(arrest.Date);
        Assert.Equal(12, arrest.Counts["arrested"].Min);
    }

    [Fact]
    public void Find_CountsPeopleNewlyDisplaced()
    {
        var ev = Assert.Single(UpstreamDoc.Events("More than 400,000 people newly displaced in Ostrel in the past two weeks.", Published));

        Assert.Equal(400000, ev.Counts["displaced"].Min);
    }

    [Fact]
    public void Find_DisplacedFamiliesSheltered_AreNoDisplacement()
    {
        var ev = Assert.Single(UpstreamDoc.Events("On 12 May, shelling hit two schools sheltering displaced families in Ostrel, injuring 31.", Published));

        Assert.Equal("attack", ev.Type);
        Assert.Empty(ev.Also);
    }
}

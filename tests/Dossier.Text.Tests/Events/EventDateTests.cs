namespace Dossier.Text.Tests.Events;

/// <summary>Which date an incident takes when a sentence or its neighbours hold several.</summary>
public sealed class EventDateTests
{
    private static readonly DateOnly Published = new(2016, 5, 20); // a Friday

    [Fact]
    public void Find_DateAfterAnEarlierAct_IsNotTheSentencingsDate()
    {
        var events = UpstreamDoc.Events(
            "A court in Veldar on Tuesday convicted the former governor and sentenced him to twelve years in prison for his part in the massacre of farmers at the old market of the town almost ten years ago.",
            Published);

        var legal = events.Where(e => e.Type == "legal_action").ToList();
        Assert.NotEmpty(legal);
        Assert.All(legal, e => Assert.False(e.Date?.ToIso().StartsWith("2006", StringComparison.Ordinal) ?? false, e.Date?.ToIso()));
    }

    [Fact]
    public void Find_DoesNotDateAnAct_SomeDaysAfterAnUndatedOne_FromTheReport()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Two days after the election, police detained 40 protesters in Tarn.", Published));

        Assert.Null(ev.Date);
    }

    [Fact]
    public void Find_DatesAnAct_SomeDaysBeforeTheReportsStateOfThings()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Four days after soldiers killed 12 villagers in Tarn, the town remains deserted.", Published));

        Assert.Equal("2016-05-16", ev.Date?.ToIso());
    }

    [Fact]
    public void Find_DoesNotDateAnActInARelativeClause_ByTheMainClausesDay()
    {
        var events = UpstreamDoc.Events(
            "Mothers of people who disappeared during the war marked 2,000 days of a roadside protest in Tarn on Thursday.", Published);

        Assert.Null(Assert.Single(events, e => e.Type == "abduction").Date);
        Assert.Equal("2016-05-19", Assert.Single(events, e => e.Type == "protest").Date?.ToIso());
    }

    [Fact]
    public void Find_DatesAnAct_NotByTheDayOfTheSayingAfterIt()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "Gunmen burst into a cockfight in Tarn late on Sunday and opened fire, killing 16 men and three women, prosecutors said on Monday.", Published));

        Assert.Equal("2016-05-15", ev.Date?.ToIso());
    }

    [Fact]
    public void Find_DatesAnActHoursBefore_ByTheDayToldLast()
    {
        var events = UpstreamDoc.Events(
            "An air strike on a prison in Tarn killed 70 detainees on 13 May. Hours earlier, a strike on a telephone exchange in Varn killed three children.",
            Published);

        Assert.Equal(2, events.Count(e => e.Type == "killing" && e.Date?.ToIso() == "2016-05-13"));
    }

    [Fact]
    public void Find_DoesNotDateAComparison_ByTheBeginningItCountsSince()
    {
        var events = UpstreamDoc.Events(
            "Police killed 32 men in raids on 15 May, the largest number of deaths in a single operation since the president took office in June 2014.",
            Published);

        Assert.DoesNotContain(events, e => e.Date?.ToIso() == "2014-06");
    }

    [Fact]
    public void Find_DatesTheCharging_NotTheBareOffenceItNames()
    {
        var events = UpstreamDoc.Events(
            "On 16 March officers shot dead a student in Tarn. Three officers were charged with murder in April.", Published);

        Assert.DoesNotContain(events, e => e.Type == "killing" && e.Date?.ToIso() == "2016-04");
        Assert.Contains(events, e => e.Type == "legal_action" && e.Date?.ToIso() == "2016-04");
    }

    [Fact]
    public void Find_DatesADefiniteAct_ByTheDateAfterItsFigureAndPlace()
    {
        var ev = Assert.Single(UpstreamDoc.Events("We have received reports of the arrest of 12 lawyers in Tarn on 11 May.", Published));

        Assert.Equal("2016-05-11", ev.Date?.ToIso());
    }

    [Theory]
    [InlineData("Militiamen set fire to at least 40 homes in the village of Tarn on Tuesday.")]
    [InlineData("Militiamen set fire to homes in the village of Tarn on Tuesday.")]
    public void Find_DatesAnAct_WhoseObjectFollowsTo(string sentence)
    {
        var ev = Assert.Single(UpstreamDoc.Events(sentence, Published));

        Assert.Equal("2016-05-17", ev.Date?.ToIso());
    }

    [Fact]
    public void Find_MonthOfThatYear_TakesTheNarrativesYear()
    {
        var events = UpstreamDoc.Events(
            "The army took power in the capital in 1999. In October of that year soldiers shot dead four students in Marsel.",
            Published);

        Assert.Equal("1999-10", Assert.Single(events, e => e.Type == "killing").Date?.ToIso());
    }

    [Fact]
    public void Find_DateInTheActsOwnClause_BeatsTheAnnouncementsDate()
    {
        var events = UpstreamDoc.Events(
            "The interior ministry announced on Monday that Varo Denk, a teacher arrested in Ostra in March 2015, had been charged with treason.",
            Published);

        Assert.Equal("2015-03", Assert.Single(events, e => e.Type == "arrest").Date?.ToIso());
    }

    [Fact]
    public void Find_OpeningDate_BeatsADateInAPlaceName()
    {
        var events = UpstreamDoc.Events("On 4 April 2012, hundreds of workers marched to the 1 May square in Ostra.", Published);

        Assert.Equal("2012-04-04", Assert.Single(events, e => e.Type == "protest").Date?.ToIso());
    }

    [Fact]
    public void Find_ThatMorning_TakesTheLastDayNamed_NotAnEarlierSentencesMonth()
    {
        var events = UpstreamDoc.Events(
            "It was 16 December 2011, a public holiday in Varn. The dock strike had begun in May over pay. " +
            "When scuffles broke out that morning, police fired into the crowd and killed nine strikers.",
            Published);

        var killing = Assert.Single(events, e => e.Type == "killing");
        Assert.Equal("2011-12-16", killing.Date?.ToIso());
    }

    [Theory]
    [InlineData("Monitors of the commission visited Veldar on 9 May 2016. They documented the killing of 50 civilians in the town.")]
    [InlineData("The minister spoke to reporters in Veldar on 9 May 2016. He said that ten guards had been killed in the town.")]
    public void Find_HarmToldAsFound_DoesNotTakeTheDateOfTheTelling(string text)
    {
        var killing = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Type == "killing");

        Assert.Null(killing.Date);
    }

    [Fact]
    public void Find_HarmToldPlainly_StillTakesTheDateOfTheSentenceBefore()
    {
        var text = "Soldiers entered Veldar on 9 May 2016. They killed 50 civilians in the town.";
        var killing = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Type == "killing");

        Assert.Equal(new DateOnly(2016, 5, 9), killing.Date?.Start);
    }

    [Theory]
    [InlineData("On 3 May, the village of Tarvo was attacked by gunmen.", "2016-05-03")]
    [InlineData("Earlier this month, the prison complex in Tarvo was attacked by gunmen.", "2016-05")]
    public void Find_DatesAPassiveWithADefiniteSubject_ByTheDateOpeningItsSentence(string text, string date)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, new DateOnly(2016, 5, 20)));

        Assert.Equal(("attack", date), (ev.Type, ev.Date?.ToIso()));
    }

    [Fact]
    public void Find_DoesNotDateAnActByAnEarlierSentence_WhenItsOwnSentenceDatesTheActBesideIt()
    {
        var events = UpstreamDoc.Events(
            "Four journalists were released without charge on Sunday. At least two protesters died after police fired live ammunition " +
            "to disperse a crowd outside the parliament in Varn on 9 May.",
            new DateOnly(2016, 5, 20));

        var shooting = Assert.Single(events);
        Assert.Equal(("killing", "2016-05-09", 2L), (shooting.Type, shooting.Date?.ToIso(), shooting.Counts["killed"].Min));
    }

    [Fact]
    public void Find_SharesASentencesDate_AcrossANameSetOffByCommas()
    {
        var events = UpstreamDoc.Events(
            "Security forces arrested 112 people during protests against fuel prices in the capital, Lessar, between 8 and 10 May.",
            new DateOnly(2016, 5, 20));

        Assert.Equal("2016-05-08/2016-05-10", Assert.Single(events, e => e.Type == "arrest").Date?.ToIso());
    }

    [Fact]
    public void Find_DatesAPassiveWithNamedPeopleInItsDefiniteSubject_ByTheOpeningDate()
    {
        var events = UpstreamDoc.Events(
            "In April 2016, the journalists Mara Selko and Ivo Danel were arrested while covering a march in Tarsen.", new DateOnly(2016, 5, 20));

        var arrest = Assert.Single(events, e => e.Type == "arrest");
        Assert.Equal(("2016-04", 2L), (arrest.Date?.ToIso(), arrest.Counts["arrested"].Min));
    }

    [Fact]
    public void Find_DatesAParticipleRightAfterTheDate_ByThatDate()
    {
        var events = UpstreamDoc.Events(
            "In Dovik, riot police broke up a sit-in by teachers on 19 May, detaining 27, among them the union leader Elena Marsh.",
            new DateOnly(2016, 5, 20));

        Assert.Equal("2016-05-19", Assert.Single(events, e => e.Type == "arrest").Date?.ToIso());
    }

    [Fact]
    public void Find_DatesANamedAct_PastItsObjectAndPlace()
    {
        var events = UpstreamDoc.Events(
            "The coalition condemns the arrest of seven human rights defenders in the city of Kessa on 15 May 2016.", new DateOnly(2016, 5, 20));

        var arrest = Assert.Single(events);
        Assert.Equal(("arrest", "2016-05-15", 7L), (arrest.Type, arrest.Date?.ToIso(), arrest.Counts["arrested"].Min));
    }

    [Fact]
    public void Find_DatesAnActAfterAnInfinitive_WhenTheSubjectsOwnVerbsGoOn()
    {
        var events = UpstreamDoc.Events("In October 2006 she travelled to Varn to fast, and was arrested there.", Published);

        Assert.Equal("2006-10", Assert.Single(events, e => e.Type == "arrest").Date?.ToIso());
    }

    [Fact]
    public void Find_DoesNotDateAnActInsideAnInfinitive_ByTheCallersDate()
    {
        var events = UpstreamDoc.Events(
            "On 3 May the council called on the police to investigate the killings of farmers in Tarn and to report back.", Published);

        Assert.DoesNotContain(events, e => e.Type == "killing" && e.Date?.ToIso() == "2016-05-03");
    }

    [Fact]
    public void Find_DatesATally_FromASinceClauseWithALongSubject()
    {
        var events = UpstreamDoc.Events(
            "Security forces have detained at least 412 people since protests against the rise in fuel prices broke out on 1 May.", Published);

        Assert.Equal("2016-05-01", Assert.Single(events, e => e.Type == "arrest").Date?.ToIso());
    }
}

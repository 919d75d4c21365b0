using Dossier.Text.Model;
using Dossier.Text.Normalization;
using Dossier.Text.Pipeline;
using Dossier.Text.Segmentation;
using Dossier.Text.Temporal;
using Dossier.Text.Tests.Support;

namespace Dossier.Text.Tests.Temporal;

public class DocumentDateInferrerTests
{
    private static DocumentDate? Infer(string text, DateOnly? given = null) =>
        DocumentDateInferrer.Find(DocBuilder.Run(text, given, new Normaliser(), new Segmenter(), new TemporalTagger()));

    [Theory]
    [InlineData("GENEVA, 14 March 2019 - The council met on 2 March 2019.", "2019-03-14", "dateline")]
    [InlineData("Big headline\n\nPublished 3 May 2016\n\nPolice arrested 12 people on 1 May 2016.", "2016-05-03", "printed")]
    [InlineData("Posted on: 4 June 2018\nArrests were made.", "2018-06-04", "printed")]
    [InlineData("Geneva, 14 March 2019\n\nThe council met on 2 March 2019.", "2019-03-14", "printed")]
    [InlineData("The council met on 2 March 2019 and spoke.\n\nMonday, 4 March 2019", "2019-03-04", "printed")]
    [InlineData("Council meets\n\nThursday 14 March 2019 10:45 GMT\n\nThe council met on 2 March 2019.", "2019-03-14", "printed")]
    [InlineData("14 March 2019 - The council met on 2 March 2019.", "2019-03-14", "dateline")]
    [InlineData("BULLETIN | Border Refugee Network | 9 July 2015\n\nGuards detained 40 men on 2 July 2015.", "2015-07-09", "printed")]
    [InlineData("PRESS RELEASE - Delta Rights Group\n14 May 2012 - for immediate release\n\nPolice arrested 12 people on 1 May 2012.", "2012-05-14", "printed")]
    [InlineData("Court jails officers\n\nRiver Chronicle - Varn, Wednesday 22 April 2020\n\nThe court met on 2 April 2020.", "2020-04-22", "printed")]
    [InlineData("Court jails officers\n\nVARN CITY, Eastland - 19 December 2019. A court on Thursday jailed two officers.", "2019-12-19", "printed")]
    public void Find_PrintedDate_IsStated(string text, string expected, string method)
    {
        var found = Assert.IsType<DocumentDate>(Infer(text));
        Assert.Equal(expected, found.Date.ToIso());
        Assert.True(found.Stated);
        Assert.Equal(method, found.Method);
        Assert.NotNull(found.Span);
    }

    [Theory]
    [InlineData("Camp Ashraf Massacre 1 September 2013\n\nForces attacked the camp.")]
    [InlineData("The 1 September 2013 raid was the worst.")]
    [InlineData("Remembering the raid of 1 September 2013 - a statement\n\nForces attacked the camp.")]
    [InlineData("Families gathered in the square on Sunday, and on 3 May 2016, police dispersed them with tear gas.")]
    public void Find_DateInHeadlineOrProse_IsNotPrinted(string text)
    {
        var found = Infer(text);
        Assert.False(found?.Stated ?? false);
    }

    [Fact]
    public void Find_GivenDate_UsedWhenNothingPrinted()
    {
        var found = Assert.IsType<DocumentDate>(Infer("Police raided the office on Friday.", new DateOnly(2020, 2, 3)));
        Assert.Equal(("2020-02-03", false, "given"), (found.Date.ToIso(), found.Stated, found.Method));
    }

    [Theory]
    // Anniversary arithmetic with the weekday as a check (the anchor printed in another sentence).
    [InlineData("Thursday marks the 3rd anniversary of the raid.\nOn 7 March 2016 troops raided the village.", "2019-03-07", "anniversary")]
    [InlineData("Sunday marks the first anniversary of the raid. Arrests on 7 June 2010 followed the raid of 1 May 2010.", "2011-05-01", "anniversary")]
    // Arithmetic one day off the named weekday (a night-time event): the weekday wins.
    [InlineData("Tuesday marks thirty years since the night the army cleared the square.\nTroops moved in on 3 June 1989.", "2019-06-04", "anniversary")]
    // A year-less anchor: the first year whose anniversary falls on the named weekday.
    [InlineData("The first anniversary of the shooting falls on Thursday. She was shot on 14 March, a year after her election in 2016.", "2019-03-14", "anniversary")]
    // Anchor in the same sentence, but not across a new clause.
    [InlineData("The verdict came after the first anniversary of the killings they were studying when arrested in December 2017. The killings took place on 2 September 2017.", "2018-09-02", "anniversary")]
    // A report dated some days from the anniversary: "a day after", "two days before", "a week after", "the eve of".
    [InlineData("The ruling came a day after the second anniversary of the raid. Troops raided the camp on 4 August 2019.", "2021-08-05", "anniversary")]
    [InlineData("Two days before the tenth anniversary of the flood, the families met. The flood struck on 5 May 2010.", "2020-05-03", "anniversary")]
    [InlineData("Exactly a week after the first anniversary of the shooting, the case was closed. The shooting took place on 1 March 2015.", "2016-03-08", "anniversary")]
    [InlineData("On the eve of the fifth anniversary of the fire, they marched. The fire broke out on 12 June 2012.", "2017-06-11", "anniversary")]
    // "the days after" is no count of days.
    [InlineData("In the days after the first anniversary of the fire, they marched. The fire broke out on 12 June 2012.", "2013-06-12", "anniversary")]
    // "N years on" and a sentence-opening "N days after ... <date>".
    [InlineData("Nearly eight years on, the case is open. Students vanished on 26 September 2014.", "2022", "anniversary")]
    [InlineData("Four days after the strike on 3 October 2015, the coalition spoke.", "2015-10-07", "days-since")]
    [InlineData("He was shot on 10 May 2017, fifteen months before Friday's ruling.", "2018-08-10", "days-since")]
    [InlineData("The ban was lifted last Wednesday, 20 June, months after the April 2018 order.", "2018-06-20", "weekday")]
    // "the Nth anniversary of ... in YEAR" gives the year; year-less dates then fall in it.
    [InlineData("The vigil on October 2 was held on the 30th anniversary of the killings in 1990.", "2020-10-02", "anniversary")]
    [InlineData("The vigil was held on the 30th anniversary of the killings in 1990.", "2020", "anniversary")]
    // "N days since" a year-less date, year from the latest year printed.
    [InlineData("Minister (2016-2019) spoke. It is 45 days since the arrests on March 3.", "2019-04-17", "days-since")]
    [InlineData("It has been 3 weeks since the raid of 2 May 2017.", "2017-05-23", "days-since")]
    // "today, Monday": the first such weekday on or after the latest day printed.
    [InlineData("Unions called a strike for today, Monday, after the vote of 8 August 2017.", "2017-08-14", "weekday")]
    // "a year today since", "N ago today": the report is dated that long after the act.
    [InlineData("It is a year today since the crowds gathered, on 9 March 2019, in the capital.", "2020-03-09", "anniversary")]
    [InlineData("Two weeks ago today, troops cleared the camp. The raid began at dawn on 4 June 2013.", "2013-06-18", "days-since")]
    // A weekday printed with a year-less date: the first fitting year from the latest year printed.
    [InlineData("The raid of 1 September 2013 was condemned.\nHe spoke on Wednesday 13th of August.", "2014-08-13", "weekday")]
    [InlineData("In 2020 it began. On Tuesday, 5 January he spoke. On Friday they left.", "2021-01-08", "weekday")]
    // Latest printed date as a lower bound, never finer than month.
    [InlineData("The trial opened on 4 May 2015 after arrests in March 2015.", "2015-05", "latest-mention")]
    [InlineData("LONDON, March 14 (AP) - A court sentenced him for the 2017 attack.", "2017-03-14", "dateline")]
    [InlineData("LONDON, March 14 (AP) - A court sentenced him for the attack of 2 May 2017.", "2018-03-14", "dateline")]
    [InlineData("The camp was set up in 1986 and attacked in 2009.", "2009", "latest-mention")]
    public void Find_Inferred_FromEvidence(string text, string expected, string method)
    {
        var found = Assert.IsType<DocumentDate>(Infer(text));
        Assert.Equal(expected, found.Date.ToIso());
        Assert.False(found.Stated);
        Assert.Equal(method, found.Method);
        Assert.False(string.IsNullOrWhiteSpace(found.Reasoning));
    }

    [Theory]
    [InlineData("More than 100 were executed during the last three decades, recently.")]
    [InlineData("They spoke on Friday about the September 1 massacre.")]
    [InlineData("")]
    public void Find_NoEvidence_GivesNoDate(string text)
    {
        Assert.Null(Infer(text));
    }

    [Fact]
    public void Find_AnniversaryWhoseWeekdayDoesNotFit_SaysSoInReasoning()
    {
        var found = Assert.IsType<DocumentDate>(Infer("Sunday marks the 2nd anniversary of the raid.\nOn 1 September 2013 troops came."));
        Assert.Equal("2015-09-01", found.Date.ToIso());
        Assert.Contains("not the Sunday", found.Reasoning);
    }

    [Fact]
    public void Annotate_SetsPublished()
    {
        var doc = DocBuilder.Run("Tuesday marks the 2nd anniversary.\nOn 1 September 2013 it began.", null,
            new Normaliser(), new Segmenter(), new TemporalTagger(), new DocumentDateInferrer());
        Assert.Equal("2015-09-01", doc.Published?.Date.ToIso());
    }
}

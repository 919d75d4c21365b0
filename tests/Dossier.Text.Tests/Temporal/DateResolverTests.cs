using Dossier.Text.Model;
using Dossier.Text.Normalization;
using Dossier.Text.Pipeline;
using Dossier.Text.Segmentation;
using Dossier.Text.Temporal;
using Dossier.Text.Tests.Support;

namespace Dossier.Text.Tests.Temporal;

public class DateResolverTests
{
    private static readonly DateValue Report = DateValue.Day(2014, 8, 16); // a Saturday

    /// <summary>Tags <paramref name="text"/> and resolves its only mention against <paramref name="report"/>.</summary>
    private static DateMention ResolveOnly(string text, DateValue? report)
    {
        var doc = DocBuilder.Run(text, null, new Normaliser(), new Segmenter(), new TemporalTagger());
        return DateResolver.Resolve(Assert.Single(doc.Dates), report);
    }

    [Theory]
    [InlineData("on 1 September 2013", "2013-09-01")]
    [InlineData("in September 2013", "2013-09")]
    [InlineData("in 1988", "1988")]
    [InlineData("on August 13", "2014-08-13")]
    [InlineData("on August 20", "2014-08-20")] // four days after the report: still this year
    [InlineData("will vote on September 10", "2014-09-10")] // within a month: an upcoming date
    [InlineData("on October 1", "2013-10-01")] // well after the report: last year
    [InlineData("on 28 and 29 November", "2013-11-28/2013-11-29")] // a range well after the report: last year too
    [InlineData("on 2 and 3 August", "2014-08-02/2014-08-03")]
    [InlineData("on 14 March last year", "2013-03-14")]
    [InlineData("in March next year", "2015-03")]
    [InlineData("in May", "2014-05")]
    [InlineData("on Friday", "2014-08-15")]
    [InlineData("on Saturday", "2014-08-16")]
    [InlineData("last Saturday", "2014-08-09")]
    [InlineData("next Monday", "2014-08-18")]
    [InlineData("yesterday", "2014-08-15")]
    [InlineData("last week", "2014-08-04/2014-08-10")]
    [InlineData("earlier this month", "2014-08")]
    [InlineData("last year", "2013")]
    [InlineData("two years ago", "2012")]
    [InlineData("three days ago", "2014-08-13")]
    [InlineData("recent", "2014-08")]
    [InlineData("during the last three decades", "1984/2014")]
    [InlineData("over the past eight years", "2006/2014")]
    [InlineData("Rouhani's one-year record", "2013-08/2014-08")]
    [InlineData("(2011-2013)", "2011/2013")]
    [InlineData("from May to July 2014", "2014-05/2014-07")]
    [InlineData("held 12-14 March", "2014-03-12/2014-03-14")]
    [InlineData("in the 1990s", "1990/1999")]
    [InlineData("on the 2nd anniversary", "2012-08-16")]
    [InlineData("a day after the 2nd anniversary", "2012-08-15")] // the report's day is the day after it
    [InlineData("a week before the 2nd anniversary", "2012-08-23")]
    [InlineData("on the eve of the 2nd anniversary", "2012-08-17")]
    [InlineData("It is ten years since troops fired", "2004-08-16")]
    [InlineData("after 20 days of silence since the raid", "2014-07-27")]
    [InlineData("Nearly eight years on, nobody", "2006")]
    [InlineData("marks the anniversary", null)]
    public void Resolve_AgainstReportDate(string text, string? expected)
    {
        var mention = ResolveOnly(text, Report);
        Assert.Equal(expected, mention.Value?.ToIso());
        Assert.False(string.IsNullOrEmpty(mention.Resolution));
    }

    [Theory]
    [InlineData("yesterday", "2014-08")]
    [InlineData("recent", "2014-08")]
    [InlineData("on August 13", "2014-08-13")]
    [InlineData("the past eight years", "2006/2014")]
    [InlineData("on Thursday", "2014-08")]
    public void Resolve_CoarseReportDate_NeverFinerThanEvidence(string text, string expected)
    {
        Assert.Equal(expected, ResolveOnly(text, DateValue.Month(2014, 8)).Value?.ToIso());
    }

    [Theory]
    [InlineData("on Friday")]
    [InlineData("on August 13")]
    [InlineData("two years ago")]
    [InlineData("for 108 days")]
    public void Resolve_WithoutReportDate_LeavesValueNull(string text)
    {
        var mention = ResolveOnly(text, null);
        Assert.Null(mention.Value);
        Assert.NotNull(mention.Resolution);
    }

    [Fact]
    public void Resolve_WeekdayInReportKnownByYear_IsThatYear()
    {
        Assert.Equal("2014", ResolveOnly("on Thursday", DateValue.Year(2014)).Value?.ToIso());
    }

    [Theory]
    [InlineData("killed over the weekend", "2016-05-14/2016-05-15")]
    [InlineData("detained at the weekend", "2016-05-14/2016-05-15")]
    public void Resolve_TheWeekend_IsTheOneJustGone(string phrase, string iso)
    {
        Assert.Equal(iso, ResolveOnly(phrase, DateValue.Day(2016, 5, 20)).Value?.ToIso());
    }

    [Theory]
    [InlineData("detained on Thursday last week", "2016-05-12")]
    [InlineData("detained on Sunday last week", "2016-05-15")]
    [InlineData("detained last Thursday", "2016-05-19")]
    public void Resolve_AWeekdayLastWeek_IsInTheCalendarWeekBefore(string phrase, string iso)
    {
        Assert.Equal(iso, ResolveOnly(phrase, DateValue.Day(2016, 5, 20)).Value?.ToIso()); // a Friday
    }

    [Theory]
    [InlineData("arrested over the week", "2016-05-13/2016-05-20")]
    [InlineData("during the week, police detained", "2016-05-13/2016-05-20")]
    public void Resolve_OverTheWeek_IsTheSevenDaysUpToTheReport(string phrase, string iso)
    {
        Assert.Equal(iso, ResolveOnly(phrase, DateValue.Day(2016, 5, 20)).Value?.ToIso());
    }

    [Fact]
    public void Resolve_Duration_IsNeverADate()
    {
        var mention = ResolveOnly("a strike lasting for 108 days", Report);
        Assert.Equal(DateKind.Duration, mention.Kind);
        Assert.Null(mention.Value);
    }

    [Fact]
    public void Resolve_PrintedDateWithWrongWeekday_KeepsDateAndSaysSo()
    {
        var mention = ResolveOnly("on Monday, 13 August 2014", Report);
        Assert.Equal("2014-08-13", mention.Value?.ToIso());
        Assert.Contains("Wednesday", mention.Resolution);
    }

    [Fact]
    public void Annotate_ResolvesEveryMentionWithThePublishedDate()
    {
        var doc = DocBuilder.Run("Tuesday marks the 2nd anniversary of the raid.\nOn 1 September 2013 troops came.\n\nThey came back on September 1.", null,
            new Normaliser(), new Segmenter(), new TemporalTagger(), new DocumentDateInferrer(), new DateResolver());
        Assert.All(doc.Dates, d => Assert.NotNull(d.Resolution));
        Assert.Equal(["2013-09-01", "2013-09-01", "2015-09-01"], doc.Dates.Select(d => d.Value?.ToIso()));
    }

    [Theory]
    [InlineData("On 25 November 2021 guards shot a prisoner. The riot that followed ended on 28 November.", "2021-11-28")]
    [InlineData("The strike began on 2 March 2019 and was broken up on 9 April.", "2019-04-09")]
    [InlineData("The group was set up in November 2021. Its leader was held on 18 May.", "2022-05-18")] // before the printed date: the report's year
    [InlineData("The group was set up in November 2021.\n\nIts leader was held on 28 November.", "2022-11-28")] // another paragraph
    [InlineData("The dam was finished in 1998. The valley was flooded on 18 May.", "2022-05-18")] // more than half a year later
    [InlineData("On 25 November 2021 guards shot a prisoner.\nThe riot that followed ended on 28 November.", "2022-11-28")] // a news line break ends a paragraph
    public void Annotate_YearLessDate_SoonAfterADatePrintedInItsParagraph_TakesThatYear(string text, string expected)
    {
        var doc = DocBuilder.Run(text, new DateOnly(2022, 12, 20),
            new Normaliser(), new Segmenter(), new TemporalTagger(), new DocumentDateInferrer(), new DateResolver());

        Assert.Equal(expected, doc.Dates[^1].Value?.ToIso());
    }

    [Theory]
    [InlineData("The dam was finished in 1998. In March of that year the valley was flooded.", "2014-06-02", "1998-03")]
    [InlineData("Elections were held in 2003. On 9 May that same year the count was annulled.", "2014-06-02", "2003-05-09")]
    [InlineData("In 1987 the mill closed. In June of the same year workers marched.", "2014-06-02", "1987-06")]
    [InlineData("In March of that year the valley was flooded.", "2014-06-02", "2014-03")] // no year printed: the report's
    public void Annotate_YearOfThatYear_IsTheYearPrintedLast(string text, string published, string expected)
    {
        var doc = DocBuilder.Run(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
            new Normaliser(), new Segmenter(), new TemporalTagger(), new DocumentDateInferrer(), new DateResolver());
        var anaphoric = Assert.Single(doc.Dates, d => d.YearFromText);
        Assert.Equal(expected, anaphoric.Value?.ToIso());
        Assert.EndsWith("year", text[anaphoric.Span.Start..anaphoric.Span.End]);
    }

    [Fact]
    public void Annotate_ReportDatedOnlyFromBelow_YearLessDateTakesTheNarrativesYear()
    {
        var doc = DocBuilder.Run("The flood struck the valley on 3 May 1998. On 9 May the army arrived. An inquiry reported in 2001.", null,
            new Normaliser(), new Segmenter(), new TemporalTagger(), new DocumentDateInferrer(), new DateResolver());
        Assert.Equal(DocumentDateInferrer.LatestMentionMethod, doc.Published?.Method);
        var yearLess = Assert.Single(doc.Dates, d => d.Kind == DateKind.YearLess);
        Assert.Equal("1998-05-09", yearLess.Value?.ToIso());
    }

    [Theory]
    [InlineData("Police arrested him on 3 May 2014. The next day he was tortured.", "2014-05-04")]
    [InlineData("The march was on 8 December 2014. Soldiers had beaten a boy the night before.", "2014-12-07")]
    [InlineData("He was shot on 16 August 2017, fifteen months before Thursday's verdict. Crowds marched nine days later.", "2017-08-25")]
    // A month named after the last day: a few days from it stay in that month.
    [InlineData("He was shot on 16 August 2017. In July 2004 soldiers took his brother; his body was found hours later.", "2004-07")]
    [InlineData("In July 2004 soldiers took him. Two days later his body was found.", "2004-07")]
    public void Annotate_DayCountedFromTheText_IsCountedFromTheDayTheNarrativeNamedLast(string text, string expected)
    {
        var doc = DocBuilder.Run(text, new DateOnly(2018, 11, 30),
            new Normaliser(), new Segmenter(), new TemporalTagger(), new DocumentDateInferrer(), new DateResolver());

        Assert.Equal(expected, Assert.Single(doc.Dates, d => d.DayFromText).Value?.ToIso());
    }

    [Fact]
    public void Annotate_TheYearLessDayAnAnniversaryCountsFrom_TakesTheAnniversarysFirstYear()
    {
        // The report is dated by "ten years since" that year-less day, so the day itself lies ten years before it.
        var doc = DocBuilder.Run(
            "Thursday marks ten years since police came for the tents on the square. After the election of 19 February 2008, " +
            "crowds gathered. Shortly before dawn on 1 March, police moved in. A court closed the case in 2016.", null,
            new Normaliser(), new Segmenter(), new TemporalTagger(), new DocumentDateInferrer(), new DateResolver());

        Assert.Equal("2018-03-01", doc.Published?.Date.ToIso());
        Assert.Equal("2008-03-01", Assert.Single(doc.Dates, d => d.Kind == DateKind.YearLess).Value?.ToIso());
    }

    [Fact]
    public void Annotate_DaysCountedFromAMonth_TooFarToStayInIt_AreUnknown()
    {
        var doc = DocBuilder.Run("In July 2004 soldiers took him. Twenty days later his body was found.", new DateOnly(2018, 11, 30),
            new Normaliser(), new Segmenter(), new TemporalTagger(), new DocumentDateInferrer(), new DateResolver());

        Assert.Null(Assert.Single(doc.Dates, d => d.DayFromText).Value);
    }

    [Fact]
    public void Annotate_DayCountedFromTheText_IsUnknownBeforeAnyDayIsNamed()
    {
        var doc = DocBuilder.Run("The next day he was tortured.", new DateOnly(2018, 11, 30),
            new Normaliser(), new Segmenter(), new TemporalTagger(), new DocumentDateInferrer(), new DateResolver());

        Assert.Null(Assert.Single(doc.Dates).Value);
    }

    [Theory]
    [InlineData("Country chapter\n\nEvents of 2019\n\nIn April, police detained the two editors.")]
    [InlineData("In 2019, the authorities tightened their grip. In April, police detained the two editors.")]
    public void Annotate_ReportDatedOnlyFromBelow_AYearHeadingItsLineSetsTheNarrativeYear(string text)
    {
        var doc = DocBuilder.Run(text, null,
            new Normaliser(), new Segmenter(), new TemporalTagger(), new DocumentDateInferrer(), new DateResolver());

        Assert.Equal(DocumentDateInferrer.LatestMentionMethod, doc.Published?.Method);
        Assert.Equal("2019-04", Assert.Single(doc.Dates, d => d.Kind == DateKind.YearLess).Value?.ToIso());
    }

    [Fact]
    public void Annotate_ReportDatedOnlyFromBelow_ABareYearInPassingSetsNoNarrativeYear()
    {
        var doc = DocBuilder.Run(
            "A woman who had lived in the camp since 2004 spoke to us. On 14 June the governor was killed. The report was finished in November 2023.",
            null, new Normaliser(), new Segmenter(), new TemporalTagger(), new DocumentDateInferrer(), new DateResolver());

        Assert.Equal(DocumentDateInferrer.LatestMentionMethod, doc.Published?.Method);
        Assert.Null(Assert.Single(doc.Dates, d => d.Kind == DateKind.YearLess).Value);
    }

    [Fact]
    public void Annotate_ReportDatedOnlyFromBelow_YearLessDateBeforeAnyNarrativeYearStaysUnknown()
    {
        var doc = DocBuilder.Run(
            "He has been held since 17 January. He was given a suspended sentence in 2014.",
            null, new Normaliser(), new Segmenter(), new TemporalTagger(), new DocumentDateInferrer(), new DateResolver());

        Assert.Equal(DocumentDateInferrer.LatestMentionMethod, doc.Published?.Method);
        Assert.Null(Assert.Single(doc.Dates, d => d.Kind == DateKind.YearLess).Value);
    }

    [Theory]
    [InlineData("Crowds marched again today, Sunday. He received a suspended sentence in 2014.")]
    [InlineData("A week ago the police came. He received a suspended sentence in 2014.")]
    public void Annotate_ReportDatedOnlyFromBelow_LeavesWhatCountsFromTheReportsDayUnknown(string text)
    {
        var doc = DocBuilder.Run(text, null, new Normaliser(), new Segmenter(), new TemporalTagger(), new DocumentDateInferrer(), new DateResolver());

        Assert.Equal(DocumentDateInferrer.LatestMentionMethod, doc.Published?.Method);
        Assert.All(doc.Dates.Where(d => d.Kind != DateKind.Absolute), d => Assert.Null(d.Value));
        Assert.Contains(doc.Dates, d => d.Kind != DateKind.Absolute);
    }
}

using Dossier.Text.Model;
using Dossier.Text.Normalization;
using Dossier.Text.Pipeline;
using Dossier.Text.Segmentation;
using Dossier.Text.Temporal;
using Dossier.Text.Tests.Support;

namespace Dossier.Text.Tests.Temporal;

public partial class TemporalTaggerTests
{
    private static Doc Tag(string text) =>
        DocBuilder.Run(text, null, new Normaliser(), new Segmenter(), new TemporalTagger());

    /// <summary>One mention as "span text / kind / parts", parts printed only when present.</summary>
    private static string Describe(Doc doc, DateMention m)
    {
        var parts = new List<string> { doc.TextOf(m.Span), m.Kind.ToString() };
        if (m.Year is not null || m.Month is not null || m.Day is not null)
        {
            parts.Add($"{m.Year?.ToString() ?? "?"}-{m.Month?.ToString() ?? "?"}-{m.Day?.ToString() ?? "?"}");
        }

        if (m.EndYear is not null || m.EndMonth is not null || m.EndDay is not null)
        {
            parts.Add($"to {m.EndYear?.ToString() ?? "?"}-{m.EndMonth?.ToString() ?? "?"}-{m.EndDay?.ToString() ?? "?"}");
        }

        if (m.Weekday is { } w)
        {
            parts.Add(w.ToString());
        }

        if (m.Amount is not null || m.Unit is not null)
        {
            parts.Add($"{m.Amount?.ToString() ?? "?"} {m.Unit}".Trim());
        }

        return string.Join(" / ", parts);
    }

    private static void AssertMentions(string text, params string[] expected)
    {
        var doc = Tag(text);
        Assert.Equal(expected, doc.Dates.Select(m => Describe(doc, m)));
        foreach (var mention in doc.Dates)
        {
            Assert.True(mention.Span.Length > 0 && mention.Span.End <= doc.Text.Length);
        }
    }

    [Theory]
    [InlineData("On 1 September 2013 forces attacked.", "1 September 2013 / Absolute / 2013-9-1")]
    [InlineData("On September 1, 2013, forces attacked.", "September 1, 2013 / Absolute / 2013-9-1")]
    [InlineData("It began on Sept. 1 in the camp.", "Sept. 1 / YearLess / ?-9-1")]
    [InlineData("the 1st of September was grim", "1st of September / YearLess / ?-9-1")]
    [InlineData("on the 13th of August", "13th of August / YearLess / ?-8-13")]
    [InlineData("dated 2013-09-01 in the file", "2013-09-01 / Absolute / 2013-9-1")]
    [InlineData("dated 01/09/2013 in the file", "01/09/2013 / Absolute / 2013-9-1")]
    [InlineData("dated 09/25/2013 in the file", "09/25/2013 / Absolute / 2013-9-25")]
    [InlineData("dated 01.09.2013 in the file", "01.09.2013 / Absolute / 2013-9-1")]
    [InlineData("in September 2013 they left", "September 2013 / Absolute / 2013-9-?")]
    [InlineData("in May of 2014 they left", "May of 2014 / Absolute / 2014-5-?")]
    [InlineData("in 2013 they left", "2013 / Absolute / 2013-?-?")]
    [InlineData("the 1988 massacre", "1988 / Absolute / 1988-?-?")]
    [InlineData("In 2013 protests erupted", "2013 / Absolute / 2013-?-?")]
    [InlineData("since mid-2014 the camp", "mid-2014 / Absolute / 2014-?-?")]
    [InlineData("in May they left", "May / YearLess / ?-5-?")]
    [InlineData("on 14 March last year", "14 March last year / YearLess / ?-3-14 / -1 year")]
    [InlineData("a massacre on August 13, Maryam said", "August 13 / YearLess / ?-8-13")]
    public void Find_CalendarDates(string text, string expected) => AssertMentions(text, expected);

    [Theory]
    [InlineData("Foreign Minister (2011-2013) spoke", "2011-2013 / Range / 2011-?-? / to 2013-?-?")]
    [InlineData("in office 2011-13 only", "2011-13 / Range / 2011-?-? / to 2013-?-?")]
    [InlineData("between 2002 and 2008 they", "2002 and 2008 / Range / 2002-?-? / to 2008-?-?")]
    [InlineData("from May to July 2014 they", "May to July 2014 / Range / 2014-5-? / to 2014-7-?")]
    [InlineData("held 1-3 March 2019 in Geneva", "1-3 March 2019 / Range / 2019-3-1 / to 2019-3-3")]
    [InlineData("from September 2013 to May 2014", "September 2013 to May 2014 / Range / 2013-9-? / to 2014-5-?")]
    [InlineData("on March 15-17, 2019 they met", "March 15-17, 2019 / Range / 2019-3-15 / to 2019-3-17")]
    [InlineData("on September 1 and 2 they met", "September 1 and 2 / Range / ?-9-1 / to ?-9-2")]
    [InlineData("between 1 January and 31 March 2021", "1 January and 31 March 2021 / Range / 2021-1-1 / to 2021-3-31")]
    [InlineData("from 2015 until 2018 it ran", "2015 until 2018 / Range / 2015-?-? / to 2018-?-?")]
    [InlineData("in the 1990s many fled", "1990s / Range / 1990-?-? / to 1999-?-? / ? decade")]
    public void Find_Ranges(string text, string expected) => AssertMentions(text, expected);

    [Theory]
    [InlineData("He spoke on Friday.", "Friday / Weekday / Friday")]
    [InlineData("called on Wednesday 13th of August for", "Wednesday 13th of August / YearLess / ?-8-13 / Wednesday")]
    [InlineData("broke out on Tuesday afternoon, 28 September, between", "Tuesday afternoon, 28 September / YearLess / ?-9-28 / Tuesday")]
    [InlineData("broke out on Tuesday afternoon (28 September) between", "Tuesday afternoon (28 September) / YearLess / ?-9-28 / Tuesday")]
    [InlineData("on Wednesday, 13 August 2014 he", "Wednesday, 13 August 2014 / Absolute / 2014-8-13 / Wednesday")]
    [InlineData("Tuesday marks the day", "Tuesday / Weekday / Tuesday")]
    [InlineData("The Sunday Times reported", new string[0])]
    [InlineData("on Bloody Sunday they", new string[0])]
    public void Find_Weekdays(string text, params string[] expected) => AssertMentions(text, expected);

    [Theory]
    [InlineData("You may go.")]
    [InlineData("May God help them.")]
    [InlineData("They will march on the capital. March on!")]
    [InlineData("The 17,500 T-walls stood.")]
    [InlineData("killed 52 people")]
    [InlineData("1,988 people fled")]
    [InlineData("the 2000 people in the camp")]
    [InlineData("a 17-year-old boy")]
    [InlineData("aged 17 years old")]
    [InlineData("Jan Egeland said")]
    [InlineData("room 2013 is closed")]
    [InlineData("a crowd of 2000 people")]
    [InlineData("on September 1 and 2 people died", "September 1 / YearLess / ?-9-1")]
    [InlineData("Phillip Crowley, Assistant Secretary of State of (20092-011);")]
    public void Find_NotDates_AreLeftOut(string text, params string[] expected) => AssertMentions(text, expected);

    [Fact]
    public void Find_PlainText_FindsNothingWithoutTokens()
    {
        Assert.Empty(TemporalTagger.Find("On 1 September 2013", []));
    }
}

namespace Dossier.Text.Tests.Temporal;

public partial class TemporalTaggerTests
{
    [Theory]
    [InlineData("They came yesterday.", "yesterday / Relative / -1 day")]
    [InlineData("They came last week.", "last week / Relative / -1 week")]
    [InlineData("They came last Friday.", "last Friday / Weekday / Friday / -1")]
    [InlineData("They came two years ago.", "two years ago / Relative / -2 year")]
    [InlineData("They came a month ago.", "a month ago / Relative / -1 month")]
    [InlineData("It was decided earlier this month.", "earlier this month / Relative / 0 month")]
    [InlineData("It was decided this year.", "this year / Relative / 0 year")]
    [InlineData("after recent remarks", "recent / Relative / 0 recent")]
    [InlineData("executed during the last three decades", "the last three decades / Range / -3 decade")]
    [InlineData("over the past eight years, Iraq", "the past eight years / Range / -8 year")]
    [InlineData("over the past year, Iraq", "the past year / Range / -1 year")]
    [InlineData("Rouhani's one-year record", "one-year / Range / -1 year")]
    [InlineData("They came this morning.", "this morning / Relative / 0 day")]
    [InlineData("detained since the start of the year", "the start of the year / Relative / 0 year")]
    [InlineData("at the beginning of the month", "the beginning of the month / Relative / 0 month")]
    [InlineData("since the start of the war", new string[0])]
    [InlineData("much more than previous years", new string[0])]
    [InlineData("on the last day of the talks", new string[0])]
    public void Find_Relative(string text, params string[] expected) => AssertMentions(text, expected);

    [Theory]
    [InlineData("Thursday marks the 3rd anniversary of the shooting", "Thursday marks the 3rd anniversary / Anniversary / Thursday / 3 year")]
    [InlineData("Wednesday marks ten years since troops fired", "Wednesday marks ten years since / Anniversary / Wednesday / 10 year")]
    [InlineData("On Friday, the 2nd anniversary passed", "Friday / Weekday / Friday", "the 2nd anniversary / Anniversary / 2 year")]
    [InlineData("on the twenty-sixth anniversary of it", "the twenty-sixth anniversary / Anniversary / 26 year")]
    [InlineData("staged on the 30th anniversary of the uprising in 1990", "the 30th anniversary / Anniversary / 30 year", "1990 / Absolute / 1990-?-?")]
    [InlineData("It is one year since the raid", "one year since / Anniversary / 1 year")]
    [InlineData("the 20 days of silence since the raid", "20 days of silence since / Anniversary / 20 day")]
    [InlineData("a hunger strike lasting for 108 days", "108 days / Duration / 108 day")]
    [InlineData("a 108-day hunger strike", "108-day / Duration / 108 day")]
    [InlineData("sentenced to ten years in prison", "ten years / Duration / 10 year")]
    public void Find_AnniversariesAndDurations(string text, params string[] expected) => AssertMentions(text, expected);

    [Theory]
    [InlineData("He was beaten the night before, witnesses said.", "the night before / Relative / -1 day")]
    [InlineData("The following day he was tortured.", "The following day / Relative / 1 day")]
    [InlineData("Two days later soldiers came back.", "Two days later / Relative / 2 day")]
    [InlineData("a day later", "a day later / Relative / 1 day")]
    [InlineData("the previous evening", "the previous evening / Relative / -1 day")]
    public void Find_DaysCountedFromTheText(string text, string expected)
    {
        AssertMentions(text, expected);
        Assert.True(Tag(text).Dates.Single().DayFromText);
    }

    [Theory]
    [InlineData("He was arrested the day after the election.")] // counted from an event, not a date
    [InlineData("They were killed the next morning, 2 September 2017.", "2 September 2017 / Absolute / 2017-9-2")] // the printed day says it
    [InlineData("The day before yesterday was quiet.", "yesterday / Relative / -1 day")]
    public void Find_NoDayCountedFromTheText_WhenAnotherThingIsCountedFrom(string text, params string[] expected) => AssertMentions(text, expected);
}

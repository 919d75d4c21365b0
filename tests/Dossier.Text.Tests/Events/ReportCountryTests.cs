namespace Dossier.Text.Tests.Events;

/// <summary>
/// The country of an incident whose place the gazetteer does not know, and of a tally told with no place: the country
/// the report is about, not a neighbour it names as often (our own sentences).
/// </summary>
public sealed class ReportCountryTests
{
    private static readonly DateOnly Published = new(2024, 6, 14);

    private const string Briefing =
        "Briefing note on Myanmar, 14 June 2024\n\n" +
        "On 29 May, aircraft bombed the village of Kyauk Taw Nyo, killing 13 people.\n\n" +
        "About 40,000 people have fled towards the border with Bangladesh, and hundreds more are stranded in Rakhine State.\n\n" +
        "Since the coup of February 2021, more than 5,000 civilians have been killed.\n\n" +
        "We call on the Myanmar military and the Arakan Army to protect civilians, and we urge Bangladesh to open its border.";

    [Fact]
    public void Find_GivesAnUnknownVillage_TheCountryTheReportIsAbout()
    {
        var bombing = Assert.Single(UpstreamDoc.Events(Briefing, Published), e => e.Date?.ToIso() == "2024-05-29");

        Assert.Equal("MM", bombing.CountryCode);
    }

    [Fact]
    public void Find_PlacesATallyWithNoPlace_InTheReportsCountry_NotTheNeighbourNamedAsOften()
    {
        var tally = Assert.Single(UpstreamDoc.Events(Briefing, Published), e => e.Counts.TryGetValue("killed", out var k) && k.Min == 5000);

        Assert.Equal("MM", tally.CountryCode);
        Assert.NotEqual("Bangladesh", tally.Location?.Name);
    }
    [Fact]
    public void Find_ATallyAcrossTheCountry_TakesTheCountry_NotATownToldBefore()
    {
        const string text = "Report on Colombia, 14 June 2024\n\n" +
            "On 2 June gunmen killed two farmers in Suárez, in Cauca. Leaders in Cauca fear more attacks. " +
            "In 2023, 173 social leaders were murdered across the country.";

        var tally = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Counts.TryGetValue("killed", out var k) && k.Min == 173);

        Assert.Equal("CO", tally.CountryCode);
        Assert.NotEqual("Cauca", tally.Location?.Name);
    }
    [Fact]
    public void Find_APartsPlace_DoesNotBecomeTheWholesPlace()
    {
        const string text = "Report on Colombia, 14 June 2024\n\n" +
            "At least 21 social leaders were killed in Colombia in May. Eight of the killings took place in Cauca.";

        var tally = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal("Colombia", tally.Location?.Name);
        Assert.Equal(21, tally.Counts["killed"].Min);
    }
    [Fact]
    public void Find_ANeighbourNamedOnce_IsNoPlaceAndBreaksNothing()
    {
        // The one place named lies outside the country the report's bodies lead with: it stands for no incident, and an
        // incident told before it must not read a place that is not there.
        const string text = "Briefing, 20 May 2016\n\nThe Myanmar military and the Arakan Army traded fire again. " +
            "The Myanmar military denied shelling villages.\n\nAt least 30 people were killed last week.\n\nMany families have since reached Bangladesh.\n";

        var killing = Assert.Single(UpstreamDoc.Events(text, new DateOnly(2016, 5, 20)), e => e.Type == "killing");

        Assert.Equal("MM", killing.CountryCode);
        Assert.NotEqual("Bangladesh", killing.Location?.Name);
    }
}

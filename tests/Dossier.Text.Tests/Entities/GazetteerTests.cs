using Dossier.Text.Entities;
using Dossier.Text.Model;

namespace Dossier.Text.Tests.Entities;

public class GazetteerTests
{
    [Theory]
    [InlineData("Geneva", "CH", 46.2, 6.1)]
    [InlineData("Genève", "CH", 46.2, 6.1)]
    [InlineData("Baghdad", "IQ", 33.3, 44.4)]
    [InlineData("Kiev", "UA", 50.4, 30.5)]
    [InlineData("Mogadishu", "SO", 2.0, 45.3)]
    [InlineData("St Petersburg", "RU", 59.9, 30.3)] // "Saint" shortened; the larger of the cities so named
    [InlineData("St. Petersburg", "RU", 59.9, 30.3)]
    public void Find_City_ResolvesCountryAndCoordinates(string name, string country, double lat, double lon)
    {
        var entry = Gazetteer.Default.Find(name);

        Assert.NotNull(entry);
        Assert.Equal(country, entry.CountryCode);
        Assert.Equal(lat, entry.Latitude!.Value, 0.5);
        Assert.Equal(lon, entry.Longitude!.Value, 0.5);
    }

    [Theory]
    [InlineData("United States", "US")]
    [InlineData("UK", "GB")]
    [InlineData("Burma", "MM")]
    [InlineData("Netherlands", "NL")]
    [InlineData("Côte d'Ivoire", "CI")]
    public void Find_CountryAlias_ResolvesCode(string name, string code)
    {
        var entry = Gazetteer.Default.Find(name);

        Assert.NotNull(entry);
        Assert.Equal("country", entry.Kind);
        Assert.Equal(code, entry.CountryCode);
    }

    [Theory]
    [InlineData("M23", "March 23 Movement")]
    [InlineData("MONUSCO", "MONUSCO")]
    [InlineData("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin")]
    public void Find_ArmedGroupOrMission_IsAnOrganisationUnderItsName(string name, string canonical)
    {
        var entry = Gazetteer.Default.Find(name)!;

        Assert.Equal(EntityType.Organization, entry.Type);
        Assert.Equal(canonical, entry.Name);
    }

    [Theory]
    [InlineData("Eastern")]
    [InlineData("Central")]
    [InlineData("Western")]
    public void Find_PositionWordAlone_IsNoRegion(string name)
    {
        Assert.NotEqual("region", Gazetteer.Default.Find(name)?.Kind);
    }

    [Fact]
    public void Find_RegionNamedWithItsPosition_KeepsItsFullName()
    {
        Assert.Equal("ZA", Gazetteer.Default.Find("Eastern Cape")?.CountryCode);
    }

    [Fact]
    public void Find_NameOfCountryAndCity_PrefersTheCountry()
    {
        Assert.Equal("country", Gazetteer.Default.Find("Djibouti")!.Kind);
    }

    [Fact]
    public void Find_CityNamedInSeveralCountries_PrefersTheMostPopulous()
    {
        Assert.Equal("FR", Gazetteer.Default.Find("Paris")!.CountryCode);
        Assert.Contains(Gazetteer.Default.FindAll("Paris", EntityType.Location), e => e.CountryCode == "US");
    }

    [Theory]
    [InlineData("Iraqi", "IQ")]
    [InlineData("Iranian", "IR")]
    [InlineData("French", "FR")]
    [InlineData("Congolese", "CD")]
    public void CountryOfDemonym_KnownDemonym_GivesCode(string demonym, string code) =>
        Assert.Equal(code, Gazetteer.Default.CountryOfDemonym(demonym));

    [Fact]
    public void Default_IsBuiltOnceWithAllSources()
    {
        var gazetteer = Gazetteer.Default;

        Assert.Same(gazetteer, Gazetteer.Default);
        Assert.InRange(gazetteer.Entries.Count(e => e.Kind == "country"), 240, 260);
        Assert.True(gazetteer.Entries.Count(e => e.Kind == "city") > 20_000);
        Assert.Contains(gazetteer.Entries, e => e is { Kind: "organization", Name: "United Nations" });
        Assert.True(gazetteer.IsCommonWord("Harvest"));
        Assert.False(gazetteer.IsCommonWord("Baghdad"));
    }

    [Fact]
    public void CityThatIsAnEverydayWord_IsFlagged()
    {
        var reading = Gazetteer.Default.FindAll("Reading", EntityType.Location);

        Assert.NotEmpty(reading);
        Assert.All(reading, e => Assert.True(e.IsCommonWord));
    }
}

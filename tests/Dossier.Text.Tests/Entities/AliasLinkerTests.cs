using Dossier.Text.Model;

namespace Dossier.Text.Tests.Entities;

public class AliasLinkerTests
{
    [Fact]
    public void Link_TitleAndSurname_JoinTheFullName()
    {
        var doc = EntityTestPipeline.Link("Grace Mwangi opened the session. Mrs Mwangi then read a letter, and Mwangi left.");

        var person = EntityTestPipeline.Single(doc, "Grace Mwangi");
        Assert.Equal("Grace Mwangi", person.Name);
        Assert.Equal(["Mwangi"], person.Aliases);
        Assert.Equal(3, person.Mentions.Count);
    }

    [Fact]
    public void Link_TwoPeopleSharingASurname_StayTwo_AndBareSurnameTakesTheLatest()
    {
        var doc = EntityTestPipeline.Link("Leila Karimi chaired. Dr. Navid Karimi spoke next. Karimi warned of reprisals.");

        var people = doc.Entities.Where(e => e.Type == EntityType.Person).ToList();
        Assert.Equal(2, people.Count);
        var navid = Assert.Single(people, p => p.Name == "Navid Karimi");
        Assert.Equal(2, navid.Mentions.Count);
    }

    [Fact]
    public void Link_AcronymInBrackets_JoinsTheExpansion()
    {
        var doc = EntityTestPipeline.Link("The Karen National Liberation Army (KNLA) said that the KNLA had withdrawn.");

        var body = EntityTestPipeline.Single(doc, "KNLA");
        Assert.Equal("Karen National Liberation Army", body.Name);
        Assert.Equal(3, body.Mentions.Count);
    }

    [Fact]
    public void Link_AcronymMatchingInitials_JoinsTheExpansion()
    {
        var doc = EntityTestPipeline.Link("The Union of Free Journalists of Belarus protested. Later the UFJB filed a complaint.");

        Assert.Equal("Union of Free Journalists of Belarus", EntityTestPipeline.Single(doc, "UFJB").Name);
    }

    [Fact]
    public void Link_GazetteerAliases_ShareOneEntity()
    {
        var doc = EntityTestPipeline.Link("The United Nations said nothing. A UN envoy arrived.");

        var un = EntityTestPipeline.Single(doc, "UN");
        Assert.Equal("United Nations", un.Name);
        Assert.Equal(2, un.Mentions.Count);
    }

    [Fact]
    public void Link_ABodyWrittenWithUN_IsTheListedBodyWrittenWithUnitedNations()
    {
        var doc = EntityTestPipeline.Link("The Office of the UN High Commissioner for Human Rights said the figure was higher.");

        var office = Assert.Single(doc.Entities, e => e.Type == EntityType.Organization);
        Assert.Equal("Office of the United Nations High Commissioner for Human Rights", office.Name);
    }

    [Fact]
    public void Link_SiteAndBareName_ShareOneEntity()
    {
        var doc = EntityTestPipeline.Link("Shells fell on Camp Horizon. Horizon has no shelters.");

        var camp = EntityTestPipeline.Single(doc, "Horizon");
        Assert.Equal("Camp Horizon", camp.Name);
        Assert.Equal(EntityType.Location, camp.Type);
    }

    [Fact]
    public void Link_FirstWordOfAPlaceNamedWithAParticle_IsThatPlace()
    {
        var doc = EntityTestPipeline.Link("Pilgrims filled Santiago de Compostela on Sunday. Police in Santiago said the day passed calmly.");

        var city = EntityTestPipeline.Single(doc, "Santiago");
        Assert.Equal("Santiago de Compostela", city.Name);
        Assert.Equal("ES", city.CountryCode);
    }

    [Fact]
    public void Link_CountryNamedAfterALakeNamedForIt_StaysTheCountry()
    {
        var doc = EntityTestPipeline.Link("Fishermen on Lake Chad were attacked. Chad said the army would patrol the shore.");

        var country = EntityTestPipeline.Single(doc, "Chad");
        Assert.Equal("TD", country.CountryCode);
        Assert.NotEqual("Lake Chad", country.Name);
    }

    [Fact]
    public void Link_DemonymGovernmentAndGovernmentOf_ShareOneEntity()
    {
        var doc = EntityTestPipeline.Link("The Malian government denied it. Critics said the government of Mali lied.");

        var government = EntityTestPipeline.Single(doc, "Malian government");
        Assert.Equal("ML", government.CountryCode);
        Assert.Equal(2, government.Mentions.Count);
    }

    [Fact]
    public void Link_EveryMention_PointsAtTheEntityListingItsSpan()
    {
        var doc = EntityTestPipeline.Link("Mr Osei met UNICEF staff in Accra. Osei later left Ghana.");

        Assert.NotEmpty(doc.EntityMentions);
        foreach (var mention in doc.EntityMentions)
        {
            Assert.Contains(mention.Span, doc.Entities[mention.EntityId].Mentions);
        }
    }

    [Fact]
    public void Link_City_KeepsTheReportsSpellingAndTheGazetteerName()
    {
        var doc = EntityTestPipeline.Link("Talks were held in Geneva.");

        var city = EntityTestPipeline.Single(doc, "Geneva");
        Assert.Equal("Geneva", city.Name);
        Assert.Contains("Genève", city.Aliases);
        Assert.Equal("CH", city.CountryCode);
        Assert.NotNull(city.Latitude);
    }

    [Fact]
    public void Link_LongAcronymInBrackets_JoinsTheExpansion()
    {
        var doc = EntityTestPipeline.Link("The Association of Rural Teachers of Oaxaca (ASORUTEO) met. ASORUTEO said it would strike.");

        var body = EntityTestPipeline.Single(doc, "ASORUTEO");
        Assert.Equal("Association of Rural Teachers of Oaxaca", body.Name);
        Assert.Equal(EntityType.Organization, body.Type);
        Assert.Equal(3, body.Mentions.Count);
    }
}

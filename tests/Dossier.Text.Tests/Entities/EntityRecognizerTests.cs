using Dossier.Text.Model;

namespace Dossier.Text.Tests.Entities;

public partial class EntityRecognizerTests
{
    public static TheoryData<string, string, EntityType> Found() => new()
    {
        // Gazetteer: countries, aliases, cities, regions, bodies.
        { "Troops crossed into Sudan overnight.", "Sudan", EntityType.Location },
        { "The delegation flew from the U.S. to Nairobi.", "U.S.", EntityType.Location },
        { "The delegation flew from the U.S. to Nairobi.", "Nairobi", EntityType.Location },
        { "Fighting spread across the Middle East last year.", "Middle East", EntityType.Location },
        { "Shelling hit El Geneina on Monday.", "El Geneina", EntityType.Location },
        { "Fighting spread in West Darfur on Monday.", "West Darfur", EntityType.Location },
        { "The UN refugee agency counted the arrivals.", "UN refugee agency", EntityType.Organization },
        { "A report by Human Rights Watch described the raids.", "Human Rights Watch", EntityType.Organization },
        { "At least 400 people were detained, according to the Public Defender.", "Public Defender", EntityType.Organization },
        // Titles and honorifics.
        { "Mrs Okafor told the meeting that nobody had been charged.", "Okafor", EntityType.Person },
        { "Colonel Ruslan Petrenko denied the claim.", "Ruslan Petrenko", EntityType.Person },
        { "Private Tamas Arvell and Corporal Ivo Brant were charged.", "Tamas Arvell", EntityType.Person },
        { "Yemen's Interior Minister Khalid Mansour visited the port.", "Khalid Mansour", EntityType.Person },
        { "The protest was addressed by Dr. Amina Yusuf, a surgeon.", "Amina Yusuf", EntityType.Person },
        // Name shapes with particles and hyphens.
        { "Witnesses named Omar al-Hashimi as the officer in charge.", "Omar al-Hashimi", EntityType.Person },
        { "The lawyer Marie-Louise van der Berg filed the appeal.", "Marie-Louise van der Berg", EntityType.Person },
        // Organisation heads, with "of" continuations and acronyms.
        { "The National Committee for Missing Persons of Lebanon met on Monday.", "National Committee for Missing Persons of Lebanon", EntityType.Organization },
        { "She spoke for the Free Press Foundation at the hearing.", "Free Press Foundation", EntityType.Organization },
        { "Members of the KNLA were seen near the river.", "KNLA", EntityType.Organization },
        // Demonym bodies.
        { "The Nigerian army denied that villages were burned.", "Nigerian army", EntityType.Organization },
        { "Witnesses blamed Sudanese security forces for the shooting.", "Sudanese security forces", EntityType.Organization },
        { "A spokesman for the government of Chad declined to comment.", "government of Chad", EntityType.Organization },
        { "The Kenyan Parliament passed the bill.", "Kenyan Parliament", EntityType.Organization },
        // Places by their heads.
        { "Detainees were moved to Camp Horizon in the north.", "Camp Horizon", EntityType.Location },
        { "They were held in Black Rock Prison for months.", "Black Rock Prison", EntityType.Location },
        { "Families gathered outside the UN headquarters in Nairobi.", "UN headquarters in Nairobi", EntityType.Location },
    };

    [Theory]
    [MemberData(nameof(Found))]
    public void Recognize_NamedThing_HasExactSpanAndType(string text, string name, EntityType type)
    {
        var doc = EntityTestPipeline.Recognize(text);

        Assert.Contains((name, type), EntityTestPipeline.Mentions(doc));
    }

    public static TheoryData<string, string> NotEntities() => new()
    {
        { "Speakers at the rally demanded answers.", "Speakers" },
        { "However, the inquiry never opened.", "However" },
        { "CCTV footage contradicted the police account.", "CCTV" },
        { "The residents are protected under the Fourth Geneva Convention.", "Fourth Geneva Convention" },
        { "Varn should ratify the International Convention for the Protection of All Persons from Enforced Disappearance.", "Convention" },
        { "Both texts cite the Universal Declaration of Human Rights.", "Declaration" },
        { "Iranian dissidents gathered at the border.", "Iranian" },
        { "The vote took place on Friday in March.", "Friday" },
        { "The vote took place on Friday in March.", "March" },
        { "Freedom and Justice were painted on the wall.", "Justice" },
        { "Reading the statement aloud, she paused.", "Reading" },
        { "Delegates asked us to wait.", "us" },
    };

    [Theory]
    [MemberData(nameof(NotEntities))]
    public void Recognize_CommonOrAmbiguousWord_IsNotAnEntity(string text, string word)
    {
        var doc = EntityTestPipeline.Recognize(text);

        Assert.DoesNotContain(EntityTestPipeline.Mentions(doc), m => m.Text.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_Place_CarriesCountryAndCoordinates()
    {
        var doc = EntityTestPipeline.Recognize("Shelling hit Aleppo again.");

        var mention = Assert.Single(doc.EntityMentions);
        Assert.Equal("SY", mention.CountryCode);
        Assert.InRange(mention.Latitude!.Value, 35.5, 36.8);
        Assert.InRange(mention.Longitude!.Value, 36.5, 37.8);
        Assert.Equal("city", mention.PlaceKind);
    }

    [Fact]
    public void Recognize_DemonymBody_CarriesCountryCode()
    {
        var doc = EntityTestPipeline.Recognize("The Iraqi government refused.");

        Assert.Equal("IQ", Assert.Single(doc.EntityMentions).CountryCode);
    }

    [Fact]
    public void Recognize_HeadlineInTitleCase_FindsOnlyKnownNames()
    {
        var doc = EntityTestPipeline.Recognize("Rights Groups Condemn Mass Arrests In Ethiopia Ahead Of Vote\n\nThe text follows.");

        Assert.Equal([("Ethiopia", EntityType.Location)], EntityTestPipeline.Mentions(doc));
    }

    [Fact]
    public void Recognize_RepeatedSurname_IsAPersonEvenAtSentenceStart()
    {
        var doc = EntityTestPipeline.Recognize("The appeal was lodged by Tomasz Wierzbicki. Wierzbicki said he expected to lose.");

        Assert.Contains(("Wierzbicki", EntityType.Person), EntityTestPipeline.Mentions(doc));
    }
}

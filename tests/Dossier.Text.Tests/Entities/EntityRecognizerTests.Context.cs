using Dossier.Text.Model;

namespace Dossier.Text.Tests.Entities;

public partial class EntityRecognizerTests
{
    public static TheoryData<string, string, EntityType> FoundByContext() => new()
    {
        // "the capital, X,": the city the noun before it names.
        { "Police fired on a march in the capital, Teru, on Monday.", "Teru", EntityType.Location },
        // A dateline names a place even when the gazetteer does not know it.
        { "KOLWEZI-SUD, 4 June 2022 - Police dispersed the march.", "KOLWEZI-SUD", EntityType.Location },
        // A place named inside a hyphenated adjective.
        { "The report came from a Nairobi-based monitor.", "Nairobi", EntityType.Location },
        // Lowercase place heads after a name.
        { "Clashes were reported in Helmand province overnight.", "Helmand province", EntityType.Location },
        { "Bodies were found near the Tana river.", "Tana river", EntityType.Location },
        { "Protesters gathered outside the Turkish consulate in Berlin.", "Turkish consulate in Berlin", EntityType.Location },
        // Small places need a place preposition.
        { "The raid took place in Srebrenica at dawn.", "Srebrenica", EntityType.Location },
        // First-level regions from GeoNames.
        { "Fighting resumed in Guerrero last week.", "Guerrero", EntityType.Location },
        // Royal titles stay in the name; hyphenated titles are stripped.
        { "The decree was signed by King Abdelaziz.", "King Abdelaziz", EntityType.Person },
        { "Prosecutor-General Ivan Markov opened a case.", "Ivan Markov", EntityType.Person },
        // A title after "of": "Secretary of State X".
        { "The Secretary of State Helen Brandt arrived.", "Helen Brandt", EntityType.Person },
        // Bodies: a known name opening a longer name, a national branch, capitalised inner words.
        { "The Horn of Africa Civic Forum published a list.", "Horn of Africa Civic Forum", EntityType.Organization },
        { "Volunteers of the Kenyan Red Cross treated the wounded.", "Kenyan Red Cross", EntityType.Organization },
        { "The group Mothers Against Silence held a vigil.", "Mothers Against Silence", EntityType.Organization },
        { "A spokesman for the Green Valley party denied it.", "Green Valley party", EntityType.Organization },
        // "the village of X" names a place the gazetteer may not know; so does a list with known places.
        { "Soldiers burned houses in the village of Kyauk Ni Maw on Sunday.", "Kyauk Ni Maw", EntityType.Location },
        { "Executions were carried out in Riyadh, Jeddah, Tabuk and Hafr Zalim.", "Hafr Zalim", EntityType.Location },
        // A possessive owner is read apart from what it owns.
        { "Officials in Kenya's Turkana region confirmed the deaths.", "Turkana region", EntityType.Location },
    };

    [Theory]
    [MemberData(nameof(FoundByContext))]
    public void Recognize_NameFoundByContext_HasExactSpanAndType(string text, string name, EntityType type)
    {
        var doc = EntityTestPipeline.Recognize(text);

        Assert.Contains((name, type), EntityTestPipeline.Mentions(doc));
    }

    [Fact]
    public void Recognize_SmallPlaceWithoutPreposition_IsNotAPlace()
    {
        // "Srebrenica" has a few thousand people: on its own, a capitalised word is not enough.
        var doc = EntityTestPipeline.Recognize("Srebrenica remembered the dead.");

        Assert.DoesNotContain(doc.EntityMentions, m => m.Type == EntityType.Location);
    }

    [Fact]
    public void Recognize_PeopleAndFaiths_AreNotPersons()
    {
        var doc = EntityTestPipeline.Recognize("Witnesses said Bosnian Serb units and Rohingya Muslim villagers were present.");

        Assert.DoesNotContain(doc.EntityMentions, m => m.Type == EntityType.Person);
    }
}

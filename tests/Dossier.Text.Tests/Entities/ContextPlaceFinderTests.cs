using Dossier.Text.Model;

namespace Dossier.Text.Tests.Entities;

/// <summary>Places the gazetteer lacks, recognised from how the sentence introduces them.</summary>
public class ContextPlaceFinderTests
{
    public static TheoryData<string, string> PlacesByContext() => new()
    {
        // "at X in the Y province": both the unknown place and the larger one.
        { "Police fired on miners at Kwelorand in the Upper Ridge province on Tuesday.", "Kwelorand" },
        { "Police fired on miners at Kwelorand in the Upper Ridge province on Tuesday.", "Upper Ridge province" },
        // An appositive says what the name is.
        { "Ten men from Tembalo, a village on the eastern coast, were taken away.", "Tembalo" },
        { "Families camped in the Plaza Orvieta, Lima's main square, for a week.", "Plaza Orvieta" },
        // "X village", even when its words are everyday English words.
        { "Soldiers shot the prisoners at Stone Well village in early March.", "Stone Well" },
        // ", in northern Y" after a known place, a distance, a direction.
        { "A bus was hit in the market of Warsaqa, in Kenya's northern Turkana region.", "Warsaqa" },
        { "The convoy was ambushed near Ombrelo, some 40 km from the border.", "Ombrelo" },
        { "Guards opened fire at Dastavar, north of the capital.", "Dastavar" },
        // "the streets of X", "in neighbouring X".
        { "Riot police cleared the streets of Quenmore late into the night.", "Quenmore" },
        { "The body was found on a road in neighbouring Taveria.", "Taveria" },
        { "Officers from Nairobi and neighbouring Kalundu took part.", "Kalundu" },
        { "Shelling continued in northern Ushkara overnight.", "Ushkara" },
        // A named site with a lowercase head: "the X refugee camp", "the X gold mine".
        { "Aid workers in the Pelano refugee camp said food had run out.", "Pelano refugee camp" },
        { "Miners at the Kelvaro gold mine stopped work on Monday.", "Kelvaro gold mine" },
        // A name the next sentence calls "the town".
        { "Residents of Marotse said the soldiers came at night. The town has no clinic.", "Marotse" },
        // A place noun, then "in" and the name: "a rubbish dump in X", "the hospital in X".
        { "The remains were burned at a rubbish dump in Pelotal, investigators said.", "Pelotal" },
        // Names listed with a known place, or before a plural place noun, are places too.
        { "Mobs burned churches in Nairobi, Kelvanto and other towns.", "Kelvanto" },
        { "Men poured out of the city settlements of Marathe and Kiborra at dusk.", "Kiborra" },
        { "Police raided the Kandolo, Obungi and Nyalondo areas of Kisumu.", "Obungi" },
        { "Witnesses spoke from the Um Rakuba and Hamdayat refugee camps in Sudan.", "Hamdayat" },
        { "Crowds gathered in Tahrir Square and in Nasr City on Friday.", "Nasr City" },
    };

    [Theory]
    [MemberData(nameof(PlacesByContext))]
    public void Recognize_UnknownPlaceWithPlaceCue_IsALocationWithExactSpan(string text, string name)
    {
        var doc = EntityTestPipeline.Recognize(text);

        Assert.Contains((name, EntityType.Location), EntityTestPipeline.Mentions(doc));
        Assert.All(doc.EntityMentions, m => Assert.True(m.Span.End <= doc.Text.Length));
    }

    [Theory]
    [InlineData("Thousands of workers at Brandvale went on strike over pay.", "Brandvale")]
    [InlineData("She worked at Orlinsky for ten years before the arrest.", "Orlinsky")]
    [InlineData("Ten men from Tembalo, a district official said, were taken away.", "Tembalo")]
    [InlineData("Refugees fled from neighbouring Ugandan villages.", "Ugandan")]
    [InlineData("Police questioned the Pelano refugee camp officials.", "Pelano refugee camp")]
    [InlineData("Delegates met in the office of Brandvale Mining on Monday.", "Brandvale Mining")]
    [InlineData("Lawyers for Hemsby and Karrow spoke of delays. The town has no court.", "Hemsby")]
    [InlineData("The former mayor of Nairobi, Teodor Malsky, and his wife were held.", "Teodor Malsky")]
    [InlineData("Officials from Kenya and Brandvale Mining met on Monday.", "Brandvale Mining")]
    public void Recognize_UnknownNameWithoutPlaceCue_IsNotALocation(string text, string name)
    {
        var doc = EntityTestPipeline.Recognize(text);

        Assert.DoesNotContain((name, EntityType.Location), EntityTestPipeline.Mentions(doc));
    }

    [Fact]
    public void Recognize_PlaceFoundByContext_TakesCountryOfTheLargerPlace()
    {
        var doc = EntityTestPipeline.Recognize("Guards beat inmates at Marovesi, in eastern Kenya, a lawyer said.");

        var place = Assert.Single(doc.EntityMentions, m => doc.Text[m.Span.Start..m.Span.End] == "Marovesi");
        Assert.Equal(EntityType.Location, place.Type);
        Assert.Equal("KE", place.CountryCode);
        Assert.Null(place.Latitude);
    }

    [Fact]
    public void Recognize_PlaceFoundByContext_LaterBareMentionsAreThePlaceToo()
    {
        const string text = "Police shot nine miners at Kwelorand in the Upper Ridge province. "
            + "Two years after Kwelorand, nobody has been charged. The Kwelorand Inquiry sat for months.";
        var doc = EntityTestPipeline.Recognize(text);

        var places = doc.EntityMentions.Where(m => m.Type == EntityType.Location && doc.Text[m.Span.Start..m.Span.End] == "Kwelorand").ToList();
        Assert.Equal(2, places.Count); // the inquiry's name is not a mention of the place
    }

    [Fact]
    public void Recognize_UnknownDatelinePlace_LaterMentionsInTitleCaseAreThePlace()
    {
        var doc = EntityTestPipeline.Recognize("KELMARSH, 4 June 2022 - Police fired on strikers at Kelmarsh on Thursday.");

        var later = doc.Text.LastIndexOf("Kelmarsh", StringComparison.Ordinal);
        Assert.Contains(doc.EntityMentions, m => m.Type == EntityType.Location && m.Span.Start == later && m.Span.End == later + "Kelmarsh".Length);
    }
}

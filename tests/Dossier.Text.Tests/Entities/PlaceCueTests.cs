using Dossier.Text.Model;

namespace Dossier.Text.Tests.Entities;

/// <summary>Places the gazetteer lacks, told by the words reports put around them (our own sentences and names).</summary>
public sealed class PlaceCueTests
{
    private static bool IsPlace(string text, string name)
    {
        var doc = EntityTestPipeline.Recognize(text);
        return doc.EntityMentions.Any(m => m.Type == EntityType.Location && doc.Text[m.Span.Start..m.Span.End] == name);
    }

    [Theory]
    [InlineData("Gunmen killed civilians in the villages of Tembara and Kolo on Monday.", "Tembara")]
    [InlineData("Residents gathered on a field in Enarota, the district town, on Monday.", "Enarota")]
    [InlineData("Fighting spread to Rushanga territory last week.", "Rushanga")]
    public void Recognize_AnUnknownPlace_ByItsCue(string text, string name) => Assert.True(IsPlace(text, name));

    [Theory]
    [InlineData("Riots broke out in prisons in Guayaquil, Cuenca and Latacunga.", "Latacunga")]
    [InlineData("Riots broke out in Quito and Latacunga.", "Latacunga")]
    [InlineData("In Quito and Latacunga riots broke out.", "Latacunga")]
    public void Link_ASmallTownInAListAfterAPreposition_IsTheGazetteersTown(string text, string name)
    {
        var doc = EntityTestPipeline.Link(text);

        Assert.Equal("EC", EntityTestPipeline.Single(doc, name).CountryCode);
    }

    [Theory]
    [InlineData("The order was signed by Tembara, the town's mayor, on Monday.", "Tembara")]
    [InlineData("The talks were led by Amina Kolo, the district's governor.", "Amina Kolo")]
    public void Recognize_NoPlace_ForAPersonDescribedByTheirTown(string text, string name) => Assert.False(IsPlace(text, name));

    [Fact]
    public void Link_APlaceNamedWithItsAdminNoun_IsAlsoCalledByItsNameAlone()
    {
        var doc = EntityTestPipeline.Link("Dozens were held in Carabobo state after the looting.");

        Assert.Contains("Carabobo", EntityTestPipeline.Single(doc, "Carabobo state").Aliases);
    }
}

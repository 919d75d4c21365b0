using Dossier.Text.Model;

namespace Dossier.Text.Tests.Entities;

/// <summary>Bodies no lexicon knows: spelled out before their acronym, or named by their holder's title (our own sentences and names).</summary>
public sealed class SpelledOutBodiesTests
{
    [Theory]
    [InlineData("The Northern Rivers Defence Front (NRDF) took the town on Monday.", "Northern Rivers Defence Front")]
    [InlineData("The Special Anti-Riot Brigade (SARB) was disbanded.", "Special Anti-Riot Brigade")]
    [InlineData("Fighters of the April 6 Movement (A6) took the town.", "April 6 Movement")]
    public void Recognize_ThePhraseTheAcronymSpells_AsABody(string text, string name)
    {
        var doc = EntityTestPipeline.Link(text);

        Assert.Equal(EntityType.Organization, EntityTestPipeline.Single(doc, name).Type);
    }

    [Theory]
    [InlineData("Talks in Northern Rivers Province (Kenya) resumed.")]
    [InlineData("The Northern Rivers Defence Front (XDF) took the town.")]
    [InlineData("The Northern Rivers Defence Front (RDF) took the town.")]
    public void Recognize_NoBody_WhenTheLettersDoNotSpellThePhrase(string text)
    {
        var doc = EntityTestPipeline.Recognize(text);

        Assert.DoesNotContain(doc.EntityMentions, m => m.Source == "acronym-spelled");
    }

    [Theory]
    [InlineData("The national ombudsman's office said six people had died.", "ombudsman's office")]
    [InlineData("The attorney general's office opened a case on Monday.", "attorney general's office")]
    public void Recognize_AnOfficeNamedByItsHoldersTitle(string text, string name)
    {
        var doc = EntityTestPipeline.Recognize(text);

        Assert.Contains(doc.EntityMentions, m => m.Type == EntityType.Organization && doc.Text[m.Span.Start..m.Span.End] == name);
    }

    [Fact]
    public void Recognize_NoOffice_ForAnotherThingOfTheTitleHolder()
    {
        var doc = EntityTestPipeline.Recognize("The ombudsman's report was published on Monday.");

        Assert.DoesNotContain(doc.EntityMentions, m => m.Type == EntityType.Organization);
    }
}

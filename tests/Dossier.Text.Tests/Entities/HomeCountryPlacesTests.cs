using Dossier.Text.Model;
using Dossier.Text.Pipeline;

namespace Dossier.Text.Tests.Entities;

/// <summary>An ambiguous town name read in the country the report is about (our own sentences).</summary>
public sealed class HomeCountryPlacesTests
{
    private static string? CountryOf(Doc doc, string place) =>
        Assert.Single(doc.EntityMentions, m => doc.Text[m.Span.Start..m.Span.End] == place && m.Type == EntityType.Location).CountryCode;

    [Fact]
    public void Recognize_ReadsAnAmbiguousTown_InTheReportsCountry()
    {
        var doc = EntityTestPipeline.Recognize(
            "Protests spread across Venezuela this week. In Caracas, guardsmen fired on marchers. "
            + "In Maracaibo and Barquisimeto shops were looted. In Valencia, dozens were arrested.");

        Assert.Equal("VE", CountryOf(doc, "Valencia"));
    }

    [Fact]
    public void Recognize_KeepsTheGazetteersChoice_WhenTheReportIsAboutItsCountry()
    {
        var doc = EntityTestPipeline.Recognize(
            "Spain has seen a week of strikes. In Madrid and Seville unions marched. In Valencia, dozens were arrested.");

        Assert.Equal("ES", CountryOf(doc, "Valencia"));
    }

    [Fact]
    public void Recognize_KeepsAForeignCity_ThatIsNoSmallTown()
    {
        var doc = EntityTestPipeline.Recognize(
            "Families in Colombo, Jaffna and Kandy say Sri Lanka has failed them. Their lawyers will speak in Geneva.");

        Assert.Equal("CH", CountryOf(doc, "Geneva"));
    }

    [Fact]
    public void Recognize_ATownNamedOften_DoesNotOutvoteTheCountryTheReportIsAbout()
    {
        var doc = EntityTestPipeline.Recognize(
            "Venezuelan troops and Venezuelan police were deployed. In Valencia, dozens were arrested. Valencia was calm by night. "
            + "Shops in Valencia stayed shut. Protests spread across Venezuela, and in Maracaibo students marched.");

        Assert.All(doc.EntityMentions.Where(m => doc.Text[m.Span.Start..m.Span.End] == "Valencia"), m => Assert.Equal("VE", m.CountryCode));
    }
    [Fact]
    public void Recognize_ReadsAnAcronymTwoBodiesShare_AsTheBodyOfTheReportsCountry()
    {
        var doc = EntityTestPipeline.Recognize(
            "Fighting in Khartoum and Omdurman went on. The RSF shelled Bahri, and Sudan's army answered.");

        var rsf = Assert.Single(doc.EntityMentions, m => doc.Text[m.Span.Start..m.Span.End] == "RSF");
        Assert.Equal("SD", rsf.CountryCode);
    }

    [Fact]
    public void Recognize_KeepsTheWidelyKnownBody_WhenNoCountryLeads()
    {
        var doc = EntityTestPipeline.Recognize("RSF said 40 journalists were jailed in Iran and Turkey this year.");

        var rsf = Assert.Single(doc.EntityMentions, m => doc.Text[m.Span.Start..m.Span.End] == "RSF");
        Assert.Null(rsf.CountryCode);
    }
}

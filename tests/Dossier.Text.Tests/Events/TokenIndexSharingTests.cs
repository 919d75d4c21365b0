using Dossier.Text.Events;
using Dossier.Text.Model;
using Dossier.Text.Pipeline;

namespace Dossier.Text.Tests.Events;

public class TokenIndexSharingTests
{
    private const string Report = "Police in Lakeview detained 14 students on 3 May. The union called on the mayor to release them.";

    [Fact]
    public void For_SameDocumentUnchanged_ReturnsTheSameIndex()
    {
        var doc = PipelineFactory.Default.Run(Report);

        Assert.Same(TokenIndex.For(doc), TokenIndex.For(doc));
    }

    [Fact]
    public void For_AfterALayerItReadsGrew_BuildsAFreshIndex()
    {
        var doc = PipelineFactory.Default.Run(Report);
        var before = TokenIndex.For(doc);
        var students = doc.Text.IndexOf("students", StringComparison.Ordinal);
        Assert.Equal(-1, before.EntityAt(before.TokenAtOrAfter(students)));

        doc.EntityMentions.Add(new EntityMention(new TextSpan(students, students + 8), EntityType.Organization));
        var after = TokenIndex.For(doc);

        Assert.NotSame(before, after);
        Assert.Equal(doc.EntityMentions.Count - 1, after.EntityAt(after.TokenAtOrAfter(students)));
    }

    [Fact]
    public void MarkAssigned_LayerTheIndexReads_DropsIt_EventsLayerKeepsIt()
    {
        var doc = PipelineFactory.Default.Run(Report);
        var shared = TokenIndex.For(doc);

        doc.MarkAssigned([Layers.Events, Layers.Demands]);
        Assert.Same(shared, TokenIndex.For(doc));

        doc.MarkAssigned([Layers.Dates]);
        Assert.NotSame(shared, TokenIndex.For(doc));
    }

    [Fact]
    public void Pipeline_EventsAndDemands_SameResultsAsWithFreshIndexes()
    {
        var shared = PipelineFactory.Default.Run(Report);
        var fresh = new Doc(Report);
        foreach (var component in PipelineFactory.DefaultComponents())
        {
            fresh.SharedTokenIndex = null; // every component builds its own index, as before sharing
            component.Annotate(fresh);
        }

        Assert.Equal(fresh.Events.Select(e => (e.Type, e.Triggers.Count)), shared.Events.Select(e => (e.Type, e.Triggers.Count)));
        Assert.Equal(fresh.Demands.Select(d => d.Span), shared.Demands.Select(d => d.Span));
        Assert.NotEmpty(shared.Events);
    }
}

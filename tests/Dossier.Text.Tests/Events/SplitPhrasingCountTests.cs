namespace Dossier.Text.Tests.Events;

/// <summary>Phrases said around their object, "held 40 people hostage", and figures whose verb is left out, "killed and 20 hurt" (our own sentences).</summary>
public sealed class SplitPhrasingCountTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Theory]
    [InlineData("The rebels held 200 passengers hostage at the station on 2 May.", "abduction", "abducted", 200, "200")]
    [InlineData("Gunmen took twelve of the villagers hostage on Sunday.", "abduction", "abducted", 12, "twelve")]
    [InlineData("The state put nineteen of its prisoners to death on Monday.", "execution", "executed", 19, "nineteen")]
    public void Find_CountsTheObject_SaidInsideASplitPhrase(string text, string type, string key, long figure, string said)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(type, ev.Type);
        Assert.Equal(figure, ev.Counts[key].Min);
        Assert.StartsWith(said, text[ev.Counts[key].Span.Start..ev.Counts[key].Span.End], StringComparison.Ordinal);
    }

    [Fact]
    public void Find_DoesNotSpanASplitPhrase_AcrossAClause()
    {
        // The object must be a short noun phrase without punctuation: no hostage-taking is told here.
        var events = UpstreamDoc.Events("The police held 30 protesters, and a reporter later called the town a hostage.", Published);

        Assert.DoesNotContain(events, e => e.Type == "abduction");
    }

    [Fact]
    public void Find_CountsTheHurt_WhenTheirAuxiliaryIsLeftOut()
    {
        const string text = "At least 8 people were killed and 20 hurt when police fired on marchers in Tarvo on 2 May.";

        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal((8L, 20L), (ev.Counts["killed"].Min, ev.Counts["injured"].Min));
        Assert.Equal("20", text[ev.Counts["injured"].Span.Start..ev.Counts["injured"].Span.End]);
    }

    [Fact]
    public void Find_HurtWithoutAFigureOrAuxiliary_NamesNoInjury()
    {
        var events = UpstreamDoc.Events("The new tax on 2 May hurt the families of the fishermen.", Published);

        Assert.DoesNotContain(events, e => e.Type == "attack" || e.Counts.ContainsKey("injured"));
    }
}

namespace Dossier.Text.Tests.Events;

/// <summary>A single victim named by the report counts one (our own sentences).</summary>
public sealed class NamedVictimCountTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Theory]
    [InlineData("The lawyer Teodor Malsky was shot dead outside his office in Varn on 3 May 2016.", "killed")]
    [InlineData("Teodor Malsky died in a police cell in Varn on 3 May 2016.", "killed")]
    [InlineData("The blogger Teodor Malsky was arrested at his home in Varn on 3 May 2016.", "arrested")]
    [InlineData("Teodor Malsky, a 40-year-old lawyer from the north, was killed in Varn on 3 May 2016.", "killed")]
    [InlineData("Teodor Malsky was beaten and shot dead by a crowd in Varn on 3 May 2016.", "killed")]
    [InlineData("Teodor Malsky, 34, was killed near the market in Varn on 3 May 2016.", "killed")]
    [InlineData("Teodor Malsky, deputy editor of the Varn-based weekly Morning Post, was shot dead on 3 May 2016.", "killed")]
    [InlineData("One man, Teodor Malsky, died in a police cell in Varn on 3 May 2016.", "killed")]
    [InlineData("Border guards arrested Teodor Malsky, a former minister, in Varn on 3 May 2016.", "arrested")]
    [InlineData("Teodor Malsky, 52, a teacher at the village school, was killed in Varn on 3 May 2016.", "killed")]
    [InlineData("Teodor Malsky, 17, was hit in the back and died in a clinic in Varn on 3 May 2016.", "killed")]
    [InlineData("Border guards arrested the blogger Teodor Malsky in Varn on 3 May 2016.", "arrested")]
    [InlineData("Police detained opposition leader Teodor Malsky in Varn on 3 May 2016.", "arrested")]
    [InlineData("Guards beat the reporter Teodor Malsky with sticks in Varn on 3 May 2016.", "injured")]
    public void Find_CountsOne_ForANamedVictim(string text, string key)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(1, ev.Counts[key].Min);
        Assert.Equal("Teodor Malsky", text[ev.Counts[key].Span.Start..ev.Counts[key].Span.End]);
    }

    [Fact]
    public void Find_DoesNotCountOne_ForANamedVictimJoinedToOthers()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "His brother and Teodor Malsky were killed in Varn on 3 May 2016.", Published));

        Assert.False(ev.Counts.TryGetValue("killed", out var killed) && killed.Min == 1);
    }

    [Fact]
    public void Find_CountsOne_ForASingularPronounSubject()
    {
        var text = "Teodor Malsky ran the clinic in Varn. He was shot dead there on 3 May 2016.";
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(1, ev.Counts["killed"].Min);
        Assert.Equal("He", text[ev.Counts["killed"].Span.Start..ev.Counts["killed"].Span.End]);
    }

    [Fact]
    public void Find_DoesNotCountOne_ForAPronounInsideAClause()
    {
        var events = UpstreamDoc.Events(
            "Teodor Malsky died in Varn on 3 May 2016; his sister said he had been detained on his way home.", Published);

        Assert.DoesNotContain(events, e => e.Counts.TryGetValue("arrested", out var arrested) && arrested.Min == 1);
    }

    [Theory]
    [InlineData("Police arrested Teodor Malsky and his brother in Varn on 3 May 2016.")]
    [InlineData("Police arrested Teodor Malsky, Ivo Brant and Lena Kurz in Varn on 3 May 2016.")]
    [InlineData("Police arrested Teodor Malsky's sons in Varn on 3 May 2016.")]
    [InlineData("Police arrested the lawyers of Teodor Malsky in Varn on 3 May 2016.")]
    [InlineData("Police arrested the bloggers Teodor Malsky and Ivo Brant in Varn on 3 May 2016.")]
    public void Find_DoesNotCountOne_ForANamedObjectAmongOthers(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.False(ev.Counts.TryGetValue("arrested", out var arrested) && arrested.Min == 1);
    }

    [Fact]
    public void Find_CountsOne_ForASentenceOpeningWithTheFirstNameOfAPersonNamedBefore()
    {
        var text = "A court in Varn convicted two guards on 9 May 2016. Teodor Malsky was 17. Teodor was shot dead in a cell on 3 May 2015.";
        var ev = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Type == "killing");

        Assert.Equal(1, ev.Counts["killed"].Min);
        Assert.Equal("Teodor", text[ev.Counts["killed"].Span.Start..ev.Counts["killed"].Span.End]);
    }

    [Fact]
    public void Find_DoesNotCountOne_ForACapitalisedWordThatNamesNoOneBefore()
    {
        var text = "A court in Varn convicted two guards on 9 May 2016. Teodor Malsky was 17. Nobody was killed in the cells on 3 May 2015.";
        var events = UpstreamDoc.Events(text, Published);

        Assert.DoesNotContain(events, e => e.Counts.TryGetValue("killed", out var killed) && killed.Min == 1);
    }

    [Theory]
    [InlineData("The prison moved 200 inmates to Tarn on 3 May 2016 after a riot in which a guard was killed.", "killed", "a guard")]
    [InlineData("Gunmen seized a priest and his driver in Varn on 3 May 2016. The driver was found dead the next morning.", "killed", "The driver")]
    [InlineData("Her son was detained at a checkpoint in Varn on 3 May 2016.", "arrested", "Her son")]
    public void Find_CountsOne_ForOnePersonDescribedAsTheSubject(string text, string key, string person)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Counts.ContainsKey(key) && e.Counts[key].Min == 1);

        Assert.Equal(person, text[ev.Counts[key].Span.Start..ev.Counts[key].Span.End]);
    }

    [Fact]
    public void Find_KeepsTheSubjectsFigure_PastItsOwnRelativeClause()
    {
        var ev = Assert.Single(UpstreamDoc.Events("More than 400 refugees who had escaped to Turkey were flown to Norway on 3 May 2016.", Published));

        Assert.Equal(400, ev.Counts["displaced"].Min);
    }

    [Theory]
    [InlineData("Soldiers stabbed the anthropologist Teodor Malsky to death in Varn on 3 May 2016.")]
    [InlineData("A mob beat Teodor Malsky to death in Varn on 3 May 2016.")]
    public void Find_CountsOne_ForANamedPersonInsideASplitKillingPhrase(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(("killing", 1L), (ev.Type, ev.Counts["killed"].Min));
        Assert.Equal("Teodor Malsky", text[ev.Counts["killed"].Span.Start..ev.Counts["killed"].Span.End]);
    }

    [Theory]
    [InlineData("Relatives marked ten years since the enforced disappearance of Teodor Malsky in Varn on 3 May 2006.", "abducted")]
    [InlineData("A court in Varn convicted two guards of the murder of Teodor Malsky on 3 May 2016.", "killed")]
    public void Find_CountsOne_ForAPersonNamedAfterTheActsNoun(string text, string key)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Counts.ContainsKey(key));

        Assert.Equal(1, ev.Counts[key].Min);
        Assert.Equal("Teodor Malsky", text[ev.Counts[key].Span.Start..ev.Counts[key].Span.End]);
    }

    [Fact]
    public void Find_DoesNotCountOne_ForTheFirstOfSeveralNamedAfterTheActsNoun()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Relatives marked ten years since the enforced disappearance of Teodor Malsky and Ivo Brant in Varn.", Published));

        Assert.Equal("abduction", ev.Type);
        Assert.False(ev.Counts.TryGetValue("abducted", out var abducted) && abducted.Min == 1);
    }

    [Theory]
    [InlineData("Gunmen assassinated the mayor of Varn on 3 May 2016.", "the mayor")]
    [InlineData("The army shelled the town of Varn on 3 May 2016, killing the mayor.", "the mayor")]
    [InlineData("The killing of the journalist Teodor Malsky in Varn on 3 May 2016 remains unpunished.", "Teodor Malsky")]
    public void Find_CountsOne_ForOneKnownPersonKilled(string text, string victim)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published), e => e.Type == "killing");

        Assert.Equal(1, ev.Counts["killed"].Min);
        Assert.Equal(victim, text[ev.Counts["killed"].Span.Start..ev.Counts["killed"].Span.End]);
    }

    [Fact]
    public void Find_DoesNotCountOne_ForAGroupOfPeople()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Gunmen killed a group of farmers in Varn on 3 May 2016.", Published));

        Assert.False(ev.Counts.TryGetValue("killed", out var killed) && killed.Min == 1);
    }
}

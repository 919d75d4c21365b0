namespace Dossier.Text.Tests.Events;

/// <summary>People listed one by one, without a figure, are counted (our own sentences).</summary>
public sealed class ListedVictimCountTests
{
    private static readonly DateOnly Published = new(2019, 5, 20);

    [Theory]
    [InlineData("A guard and a police officer watching the gate were shot dead during the raid on Tarvo on 4 May.", "killed", 2, "A guard and a police officer")]
    [InlineData("On 4 May gunmen fired on a bus near Tarvo, killing a 15-year-old player, the bus driver and a woman travelling in a taxi.", "killed", 3, "a 15-year-old player, the bus driver and a woman")]
    [InlineData("On 4 May police in Tarvo arrested a teacher and his wife.", "arrested", 2, "a teacher and his wife")]
    [InlineData("On 4 May soldiers in Tarvo shot dead a protester near the bridge.", "killed", 1, "a protester")]
    [InlineData("On 4 May gunmen fired on a bus near Tarvo, killing a guard and wounding two others.", "killed", 1, "a guard")]
    [InlineData("Soldiers came to our village on 4 May and killed my father and my uncle.", "killed", 2, "my father and my uncle")]
    [InlineData("On 4 May gunmen killed a priest and two nuns near Tarvo.", "killed", 3, "a priest and two nuns")]
    [InlineData("On 4 May police in Tarvo arrested the editor and two reporters.", "arrested", 3, "the editor and two reporters")]
    [InlineData("I saw them kill at least ten men by the river in Tarvo on 4 May.", "killed", 10, "ten")]
    [InlineData("They beat us with sticks and took 12 of the men away on 4 May.", "abducted", 12, "12")]
    public void Find_CountsPeopleListedOneByOne(string text, string key, long count, string listed)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(count, ev.Counts[key].Min);
        Assert.Equal(listed, text[ev.Counts[key].Span.Start..ev.Counts[key].Span.End]);
    }

    [Theory]
    [InlineData("On 4 May police in Tarvo arrested a journalist and the lawyers who defended him.")]
    [InlineData("On 4 May soldiers in Tarvo attacked a village and killed a number of farmers.")]
    [InlineData("On 4 May soldiers in Tarvo killed a family of farmers.")]
    public void Find_DoesNotCountAGroupOrAnOpenList_AsSinglePeople(string text)
    {
        var events = UpstreamDoc.Events(text, Published);

        Assert.DoesNotContain(events, e => e.Counts.Values.Any(c => c.Min is 1 or 2));
    }

    [Theory]
    [InlineData("The monitor Free Voice has identified at least 304 men, women and children killed in Tarvo on 4 May, among them 23 children.", "killed", 304)]
    [InlineData("On 4 May 120 students, teachers and parents were detained at the school in Tarvo.", "arrested", 120)]
    public void Find_CountsAFigureWhoseNounOpensAList(string text, string key, long figure)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(figure, ev.Counts[key].Min);
    }

    [Fact]
    public void Find_DoesNotCrossAClauseComma_AsIfItWereAList()
    {
        // The comma after "men" opens a new clause with its own subject, not a list of the counted nouns.
        var text = "On 4 May police in Tarvo questioned 30 men, and reporters later said a guard was killed.";
        var events = UpstreamDoc.Events(text, Published);

        Assert.DoesNotContain(events, e => e.Counts.TryGetValue("killed", out var killed) && killed.Min == 30);
    }

    [Theory]
    [InlineData("Ana Ruiz, Juan Pons and Eva Sol were detained in Tarvo on 4 May.", 3, "Ana Ruiz, Juan Pons and Eva Sol")]
    [InlineData("On 4 May the president of Tarvo ordered the arrest of Sergeant Ivo Brant, Corporal Dan Ruel and Private Ola Penn.", 3, "Sergeant Ivo Brant, Corporal Dan Ruel and Private Ola Penn")]
    [InlineData("On 4 May police in Tarvo announced the arrest of a suspect.", 1, "a suspect")]
    public void Find_CountsPeopleNamedInAList(string text, long count, string listed)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(count, ev.Counts["arrested"].Min);
        Assert.Equal(listed, text[ev.Counts["arrested"].Span.Start..ev.Counts["arrested"].Span.End]);
    }

    [Fact]
    public void Find_DoesNotCountAListOfBodies_AsPeople()
    {
        var text = "On 4 May the court of Tarvo ordered the arrest of members of the Green Party, the Farmers Union and the Red Guard.";
        var events = UpstreamDoc.Events(text, Published);

        Assert.DoesNotContain(events, e => e.Counts.ContainsKey("arrested"));
    }
}

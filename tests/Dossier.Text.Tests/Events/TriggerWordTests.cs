namespace Dossier.Text.Tests.Events;

/// <summary>Trigger words whose act depends on the words around them (our own sentences).</summary>
public sealed class TriggerWordTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Theory]
    [InlineData("The appeals court ruled on 3 May 2016 that the ban on the newspaper was unlawful.", "legal_action")]
    [InlineData("A judge in Velmar ordered the release of the four students on 2 May 2016.", "legal_action")]
    [InlineData("The regional court found that the guards had acted unlawfully.", "legal_action")]
    [InlineData("Two union leaders were charged with incitement in April 2016.", "legal_action")]
    [InlineData("The organisers were fined for holding an unapproved picket in March 2016.", "legal_action")]
    [InlineData("The former governor pleaded guilty to bribery in February 2016.", "legal_action")]
    [InlineData("The warden was jailed for six years in March 2016 over the riot.", "legal_action")]
    [InlineData("In a ruling issued on 4 May 2016, the tribunal ordered a retrial.", "legal_action")]
    [InlineData("Witnesses said detainees were beaten in custody at the district police station in April 2016.", "torture")]
    [InlineData("The prisoner was waterboarded repeatedly in 2015.", "torture")]
    [InlineData("Men held at police stations in Tarvo in April 2016 said officers beat them during questioning.", "torture")]
    [InlineData("A protester was hit by a rubber bullet in Tarvo on 3 May 2016.", "attack")]
    [InlineData("At least ten staff members of the Tarvo channel were taken away for questioning on 3 May 2016.", "arrest")]
    [InlineData("On 3 May 2016 the Tarvo interior ministry was putting turnout at 136,000 nationwide.", "protest")]
    [InlineData("On Friday 13 May 2016 the prime minister received a delegation of strikers at his residence in Tarvo.", "meeting")]
    [InlineData("An air strike hit the market in Dovra on 3 May 2016.", "attack")]
    [InlineData("A military drone struck a wedding party near Tessal on 9 May 2016.", "attack")]
    [InlineData("Dock workers have been on strike since 2 May 2016 over unpaid wages.", "protest")]
    [InlineData("Riot police fired tear gas at the crowd on 1 May 2016.", "attack")]
    [InlineData("Some 20,000 villagers crossed into the neighbouring country in April 2016.", "displacement")]
    [InlineData("The families were driven out of the valley in March 2016.", "displacement")]
    [InlineData("Unknown men vandalised the offices of the weekly paper on 2 May 2016.", "destruction")]
    [InlineData("The official tally is twelve dead in the town of Arvel.", "killing")]
    [InlineData("The commission has been hearing evidence since March 2016.", "legal_action")]
    [InlineData("About 300 men have been held at the base without charge since 2014.", "arrest")]
    [InlineData("The five defendants were arraigned before a military commission in June 2012.", "legal_action")]
    [InlineData("Two brothers were taken from their homes by armed men in April 2016.", "abduction")]
    [InlineData("Army restrictions on food and medicine entering the district have left thousands hungry since 2015.", "siege")]
    [InlineData("Observers saw police fire into alleys in Varn on 3 May 2016.", "attack")]
    [InlineData("An internet shutdown has cut the province off from the world since 3 May 2016.", "siege")]
    [InlineData("Soldiers fired into the crowd outside the depot in Varn on 3 May 2016.", "attack")]
    [InlineData("Thousands of families gathered to mourn the dead in Varn on 3 May 2016.", "protest")]
    [InlineData("Outside the court in Varn, relatives held candles and photographs of the dead on 3 May 2016.", "protest")]
    [InlineData("On 3 May 2016 twelve women stood outside the barracks in Varn, holding a banner that named the dead.", "protest")]
    [InlineData("Supporters armed with sticks charged the Tamar stage in Varn on 3 May 2016.", "attack")]
    [InlineData("Riot police charged the barricades in Varn on 3 May 2016.", "attack")]
    [InlineData("The Supreme Court annulled the verdict against the two editors on 3 May 2016.", "legal_action")]
    public void Find_ReadsTheActFromContext(string text, string type)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(type, ev.Type);
    }

    [Theory]
    [InlineData("The council ordered new uniforms for the guards.")]
    [InlineData("The party has ruled the province since 1990.")]
    [InlineData("Researchers spent months gathering evidence in the villages.")]
    [InlineData("She was expelled from the party after the congress.")]
    [InlineData("The ruling party won most of the seats.")]
    [InlineData("The Special Rapporteur on extrajudicial, summary or arbitrary executions wrote to the ministry.")]
    [InlineData("The minister promised a full investigation.")]
    [InlineData("Detained activists told the inspectors about the conditions.")]
    [InlineData("A list of 300 dead compiled by the monitors was published.")]
    [InlineData("The Forum welcomed the decision.")]
    [InlineData("The two parties struck a deal on the budget last night.")]
    [InlineData("A storm struck the coast overnight.")]
    [InlineData("The elections were held in October.")]
    [InlineData("The officers must be held to account.")]
    [InlineData("New restrictions on parking were announced.")]
    [InlineData("His trial has not yet begun.")]
    [InlineData("The hearing is yet to open.")]
    [InlineData("Organisers expect several thousand people to march to the square for a rally on Sunday.")]
    [InlineData("Pupils from the district had gathered to sit their final examinations at the school.")]
    [InlineData("The names gathered by our team come to just over two hundred.")]
    [InlineData("Two forum supporters spoke to reporters in Varn.")]
    public void Find_ReportsNothing_WhenTheWordNamesNoAct(string text)
    {
        Assert.Empty(UpstreamDoc.Events(text, Published));
    }

    [Fact]
    public void Find_KeepsAPluralAct_ThatIsTheSubjectOfAVerb()
    {
        var ev = Assert.Single(UpstreamDoc.Events("Roadside protests have continued in three northern towns.", Published));

        Assert.Equal("protest", ev.Type);
    }

    [Fact]
    public void Find_KeepsAPluralAct_ThatWasHeld()
    {
        var ev = Assert.Single(UpstreamDoc.Events("The new office has held public meetings in the eastern districts.", Published));

        Assert.Equal("meeting", ev.Type);
    }

    [Fact]
    public void Find_KeepsARelativeClauseDate_InsideItsClause()
    {
        var ev = Assert.Single(UpstreamDoc.Events(
            "A court in Tarvel on Friday sentenced the general, who seized power in 2009, to twenty years in prison.",
            Published));

        Assert.Equal("legal_action", ev.Type);
        Assert.Equal("2016-05-20", ev.Date?.ToIso());
    }

    [Fact]
    public void Find_TakesNoMeeting_FromAWordThatNamesAnOrganisationToldBefore()
    {
        var events = UpstreamDoc.Events(
            "Police arrested two members of the Tamar People's Rights Forum (TPRF) in Varn on 3 May 2016. The forum, led by Jon Pel, has campaigned for land rights.",
            Published);

        Assert.DoesNotContain(events, e => e.Type == "meeting");
    }

    [Fact]
    public void Find_KeepsAGathering_ToldBeforeAnOrganisationNamedLikeIt()
    {
        var events = UpstreamDoc.Events(
            "Ministers met at an international conference in Varn on 3 May 2016. The head of the Tamar Security Conference addressed the conference.",
            Published);

        Assert.Contains(events, e => e.Type == "meeting");
    }

    [Fact]
    public void Find_NoAct_InTheNameOfTheBodyThatSignsTheByline()
    {
        var events = UpstreamDoc.Events(
            "Deaths behind bars\nReport of the Detention Monitoring Project, 22 February 2023\n\nGuards killed two inmates on 3 February.",
            new DateOnly(2023, 2, 22));

        Assert.Equal("killing", Assert.Single(events).Type);
    }

    [Theory]
    [InlineData("A crowd of several hundred protesters forced their way into the consulate in Tarn on 3 May.", 200)]
    [InlineData("About 2,000 demonstrators blocked the main road into Tarn on 3 May.", 2000)]
    public void Find_CountedProtestersActing_AreAProtest(string text, long participants)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(("protest", participants), (ev.Type, ev.Counts["participants"].Min));
    }

    [Theory]
    [InlineData("Police arrested 40 protesters in Tarn on 3 May.", "arrest")]
    [InlineData("40 protesters were injured in Tarn on 3 May.", "attack")]
    public void Find_ProtestersActedOn_AreNoProtest(string text, string type)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(type, ev.Type);
    }

    [Theory]
    [InlineData("Twelve women stood outside the army headquarters in Tarn on 3 May, holding a banner.")]
    [InlineData("Four days later, twelve women of the mothers' movement, who keep watch at night, stood outside the army headquarters, holding a banner.")]
    public void Find_ProtestTold_AsAParticiple_CountsTheSentencesSubject(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(("protest", 12L), (ev.Type, ev.Counts["participants"].Min));
    }
}

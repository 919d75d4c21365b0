using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// Finds who is said to have acted: "by X", "under orders from X", "forces loyal to X", or the subject
/// of an active verb ("the Iraqi forces attacked"). Returns token ranges of noun phrases. Stateless.
/// </summary>
internal sealed partial class PerpetratorFinder
{
    private static readonly WordSet PhraseEnd = new(
        "in on at during while who which when after since before and to for as with from into against that " +
        "because where killing abducting attacking leaving outside inside near behind beside across through");

    private static readonly WordSet Agents = new(
        "forces force army police militia militias regime government authorities troops soldiers guards " +
        "officials agents group groups gunmen security forces' regime's men gunman fighters militants attackers " +
        "assailants insurgents rebels officers policemen mob commando guard gendarmes militiamen court judge judges " +
        "tribunal coalition military prosecutors mobs gang gangs vigilantes snipers squad squads unit units commandos " +
        "paramilitaries paramilitary faction factions jihadists extremists kidnappers abductors captors raiders bandits personnel navy " +
        "gendarmerie administration ministry agency agencies prosecutor warplanes aircraft jets drones helicopters gunship " +
        "gunships guardsmen marines service services kingdom battalion battalions brigade brigades regiment crew judges " +
        "supporters loyalists youths thugs");

    private static readonly WordSet Determiners = new("the a an this that these those its their his her our every each");
    private static readonly WordSet SubjectStops = new("after before as following amid during than saw seen watched heard");
    private static readonly WordSet DatePrepositions = new("on in at during late early since");
    private static readonly WordSet Adverbs = new("then later also reportedly allegedly subsequently again");

    private static readonly WordSet Passives = new("were was been be being is are");
    // Verbs whose subject undergoes the act: "died", "fled", "crossed into", and the first words of "deprived of sleep", "given electric shocks".
    private static readonly WordSet Undergone = new("died disappeared vanished went gone fled crossed abandoned flee flees lost perished starved drowned dies deprived given hung suspended subjected");
    private static readonly WordSet LightVerbs = new(
        "ordered launched carried conducted staged mounted committed perpetrated began opened led imposed issued announced filed brought " +
        "fired used deployed dropped");
    private static readonly WordSet Whens = new("when as after");

    // Past forms without "-ed" that open a main clause before a participle: "soldiers went from house to house, beating ...".
    private static readonly WordSet IrregularPasts = new("went came swept broke drove rode ran took made burst tore threw fought stood rose");
    private static readonly WordSet Courts = new("court tribunal judge");
    private static readonly WordSet VerbLike = new("had has have was were is are will would said says told");
    private static readonly WordSet Participles = new("armed masked uniformed unidentified backed led allied affiliated linked dressed clad");
    private static readonly WordSet Orders = new("orders command loyal");
    private static readonly WordSet By = new("by");
    private static readonly WordSet PurposeVerbs = new("disperse break stop prevent clear end quell push drive scatter");
    private static readonly WordSet DayParts = new("night morning evening afternoon");
    private static readonly WordSet Relatives = new("that which who whom whose");
    private static readonly WordSet Sayings = new("say says said believe believes allege alleges alleged claim claims claimed");

    public List<(int First, int End)> Find(TokenIndex ix, Sentence sentence, int first, int end, TriggerRole role, string type)
    {
        var found = new List<(int, int)>();
        var sentenceEnd = Math.Min(sentence.EndToken, ix.Count);
        var relative = false;
        // "saw them kill ten men by the river", "shot two boys by the gate": after an active verb with its object, "by" is no agent.
        var active = role == TriggerRole.BaseVerb
            || (role == TriggerRole.Verb && !PassiveBefore(ix, first) && (ix.QuantityAt(end) >= 0 || ix.IsAny(end, Determiners)));
        for (var t = end; t < sentenceEnd && t < end + 14 && !active; t++)
        {
            if (ix.IsAny(t, By))
            {
                // "an attack that was carried out by", "the killing was ordered by": the act's own agent; but
                // "fired on buses that had been taken by students", "accompanied by reports": another verb's.
                var light = ix.IsAny(t - 1, LightVerbs) || (ix.Is(t - 1, "out") && ix.IsAny(t - 2, LightVerbs));
                if (ix.IsIngForm(t + 1) && !ix.IsCapitalised(t + 1) && !ix.IsAny(t + 1, AgentIngWords) && TakesObject(ix, t + 2))
                {
                    break; // "convicted them of obstructing justice by publishing the files": a means, no agent
                }

                if ((light || (!relative && (t == end || !IsLikelyVerb(ix, t - 1)))) && !NamesAnAct(ix, t + 1) && !NamesTimeOrMeasure(ix, t + 1))
                {
                    if (!NamesPlaceOrMeans(ix, t + 1))
                    {
                        AddPhrase(ix, t + 1, sentenceEnd, found);
                    }
                    else if (WhoFiredIt(ix, t + 1, sentenceEnd) is var shooter and >= 0)
                    {
                        AddPhrase(ix, shooter, sentenceEnd, found); // "struck by a projectile fired by the riot police"
                    }
                }

                break;
            }

            if (ix.Is(t, "to") && ix.IsWord(t + 1) && !ix.IsAny(t + 1, Determiners)
                && (role is TriggerRole.IncidentNoun or TriggerRole.VictimNoun || ix.IsAny(t + 1, PurposeVerbs)))
            {
                break; // "used tear gas to break up a sit-in by relatives": the "by" is the purpose's
            }

            // "The massacre, which was carried out by": a relative clause still speaks of the act.
            relative |= ix.IsAny(t, Relatives);
            if (TriggerJudge.IsClauseBreak(ix, t) && !ix.IsAny(t, Relatives) && !(CountFinder.IsComma(ix, t) && ix.IsAny(t + 1, Relatives)))
            {
                break;
            }
        }

        if (found.Count == 0 && role == TriggerRole.Verb && Convicted(ix, sentence.FirstToken, first) is { } convicted)
        {
            found.Add(convicted); // "found three officers guilty of murdering": the court names who acted
            return found;
        }

        AddOrderedBy(ix, sentence.FirstToken, first, end, sentenceEnd, found);

        // "the killing of", "their detention": a verb form used as a noun has no subject before it; nor
        // has "died" or "fled" an actor as its subject.
        var verb = -1;
        if (role is TriggerRole.Verb or TriggerRole.BaseVerb && !PassiveBefore(ix, first) && !ix.IsAny(first - 1, Determiners) && !InTollPhrase(ix, sentence.FirstToken, first) && !ix.IsAny(first, Undergone)
            && !IsGerundAfterPreposition(ix, first) && !DescribesSubject(ix, end, sentenceEnd))
        {
            verb = first;
        }
        else if (role is TriggerRole.IncidentNoun or TriggerRole.NounOrVerb or TriggerRole.VictimNoun)
        {
            verb = LightVerbBefore(ix, sentence.FirstToken, first); // "Taliban fighters launched a fresh assault"
        }

        // "found him guilty and sentenced him": a coordinated verb's subject stands before the first verb.
        if (found.Count == 0 && verb >= 0 && ix.Is(verb - 1, "and") && CoordinatedSubject(ix, sentence.FirstToken, verb) is { } shared)
        {
            found.Add(shared);
        }
        else if (found.Count == 0 && verb >= 0 && !ix.Is(verb - 1, "and"))
        {
            var subjectEnd = ShortFormBefore(ix, sentence.FirstToken, verb); // "The Rapid Support Forces (RSF) attacked"
            var start = subjectEnd - 1;
            while (start >= sentence.FirstToken && !TriggerJudge.IsClauseBreak(ix, start) && !ix.IsAny(start, SubjectStops) && subjectEnd - start < 10)
            {
                start--;
            }

            start++;
            if ((Subject(ix, start, subjectEnd) ?? SubjectBeforeAside(ix, sentence.FirstToken, start, subjectEnd)) is { } subject)
            {
                found.Add(subject);
            }
        }

        // "..., beating them with rifle butts": a noun of the act said as a participle, with no determiner, acts like the verb.
        var participle = role == TriggerRole.Verb || role is TriggerRole.IncidentNoun or TriggerRole.NounOrVerb && !ix.IsAny(first - 1, Determiners);
        if (found.Count == 0 && participle && ParticipleComma(ix, sentence.FirstToken, first) is var comma and >= 0
            && (RelativeHeadBefore(ix, sentence.FirstToken, comma) ?? MainClauseSubject(ix, sentence.FirstToken, comma)) is { } main)
        {
            found.Add(main); // "police used live ammunition, killing four": the participle shares the main clause's subject
        }

        if (found.Count == 0 && role != TriggerRole.Injury && WhenAgent(ix, end, sentenceEnd, whenOnly: role != TriggerRole.Verb) is { } agent)
        {
            found.Add(agent); // "34 miners were killed when police opened fire", "the massacre that began when troops"
        }

        if (found.Count == 0 && role == TriggerRole.Verb && Announcer(ix, sentence.FirstToken, first, type) is { } announcer)
        {
            found.Add(announcer); // "police said eight suspects had been arrested"
        }

        if (found.Count == 0 && role is TriggerRole.IncidentNoun or TriggerRole.NounOrVerb or TriggerRole.VictimNoun
            && Owner(ix, sentence.FirstToken, first, type) is { } owner)
        {
            found.Add(owner); // "the army's own inquiry", "the regime's attacks"
        }

        if (found.Count == 0 && Custodian(ix, end, sentenceEnd, type) is { } keeper)
        {
            found.Add(keeper); // "beaten in police custody"
        }

        if (found.Count == 0 && type == EventTypes.Execution && ExecutingState(ix, first, end, sentence.FirstToken, sentenceEnd) is { } state)
        {
            found.Add(state); // "put to death in Saudi Arabia"
        }

        if (found.Count == 0 && type == EventTypes.LegalAction && Court(ix, sentence) is { } court)
        {
            found.Add(court); // "a court in the capital on Monday found him guilty and sentenced him"
        }

        return found;
    }

    private static readonly WordSet Happenings = new(
        "fighting clashes violence shelling bombing bombardment strikes airstrikes explosion explosions fire fires floods flooding unrest war conflict");

    /// <summary>"displaced by the fighting", "killed by the explosion": a "by" phrase naming what happened, not who acted.</summary>
    private static bool NamesAnAct(TokenIndex ix, int t) => ix.IsAny(ix.Is(t, "the") || ix.Is(t, "a") ? t + 1 : t, Happenings);

    private static bool IsMannerAdverb(TokenIndex ix, int t) =>
        ix.IsWord(t) && !ix.IsCapitalised(t) && ix.Word(t).Length > 4 && ix.Word(t).EndsWith("ly", StringComparison.Ordinal)
        && !ix.Is(t, "family") && !ix.Is(t, "rally") && !ix.Is(t, "assembly");

    private static bool HasAgent(TokenIndex ix, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (ix.IsAny(t, Agents) || (ix.EntityAt(t) is var m and >= 0 && ix.Doc.EntityMentions[m].Type != EntityType.Location))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddPhrase(TokenIndex ix, int start, int sentenceEnd, List<(int, int)> found)
    {
        var t = start;
        while (t < sentenceEnd && t - start < 12 && !ix.IsPunctuation(t)
            && !(t > start && (ix.IsAny(t, PhraseEnd) || IsLikelyVerb(ix, t) || NewPhraseAt(ix, t)) && !IsInsideName(ix, t)))
        {
            t++;
        }

        if (ix.Is(t, "in") && WornAfter(ix, t + 1) is var worn and > 0 && worn <= sentenceEnd)
        {
            t = worn; // "men in plain clothes", "soldiers in uniform": what they wore tells who they were
        }

        if (t > start + 1 && ix.IsAny(t - 1, Gunfire) && HasAgent(ix, start, t - 1))
        {
            t--; // "killed by police fire", "by army gunfire": the agent, not the means
        }

        if (t > start)
        {
            found.Add((SkipDeterminer(ix, start, t), t));
        }
    }

    private static readonly WordSet Gunfire = new("fire gunfire shellfire bullets");

    private static readonly WordSet Garments = new("clothes clothing uniform uniforms fatigues balaclavas masks");

    /// <summary>The end of "plain clothes", "military uniform", "uniform" at <paramref name="t"/>, or -1.</summary>
    private static int WornAfter(TokenIndex ix, int t)
    {
        for (var u = t; u < t + 3; u++)
        {
            if (ix.IsAny(u, Garments))
            {
                return u + 1;
            }

            if (!ix.IsWord(u) || ix.IsCapitalised(u))
            {
                return -1;
            }
        }

        return -1;
    }

    private static readonly WordSet Articles = new("the a an");

    private static readonly WordSet PhraseJoiners = new("of and or");

    /// <summary>"by soldiers the night before": an article right after a noun opens another phrase, not the agent's.</summary>
    private static bool NewPhraseAt(TokenIndex ix, int t) => ix.IsAny(t, Articles) && ix.IsWord(t - 1) && !ix.IsAny(t - 1, PhraseJoiners);

    /// <summary>"government troops", "Gaddafi forces", "the armed fighters": the first word of the phrase the agent noun ends.</summary>
    private static int AgentPhraseStart(TokenIndex ix, int sentenceFirst, int agent)
    {
        var start = agent;
        while (start - 1 >= sentenceFirst && agent - start < 3 && ix.IsWord(start - 1)
            && (ix.IsCapitalised(start - 1) || ix.IsAny(start - 1, Participles) || ix.IsAny(start - 1, Agents) || ix.IsAny(start - 1, Determiners))
            && !ix.IsAny(start - 1, VerbLike) && ix.DateAt(start - 1) < 0)
        {
            start--;
            if (ix.IsAny(start, Determiners))
            {
                break;
            }
        }

        return start;
    }

    private static bool IsInsideName(TokenIndex ix, int token) =>
        ix.EntityAt(token) >= 0 && ix.EntityAt(token) == ix.EntityAt(token - 1);

    private static int SkipDeterminer(TokenIndex ix, int start, int end) =>
        start + 1 < end && (ix.Is(start, "the") || ix.Is(start, "then")) ? start + 1 : start;
}

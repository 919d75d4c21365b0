using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// Ties a figure to a trigger: the object of an active verb ("killing 52 members"), the subject of a
/// passive one ("100,000 ... have been executed"), a figure before a plural noun ("800 executions"), the
/// complement of a noun ("massacre of 30,000"), or "the number of executions exceeds 800". Stateless.
/// </summary>
internal sealed partial class CountFinder
{
    private static readonly WordSet Auxiliaries = new(
        "were was been be being have has had are is all reportedly allegedly also then later subsequently lay lie lying reported confirmed feared believed still now already");

    // Words that cannot stand between a figure and the noun it counts ("120 such killings", "30 targeted killings").
    private static readonly WordSet NotModifiers = new("of and or in on at by to for from with were was had have has are is than the");

    private static readonly WordSet Staying = new("remain remains remained still");

    private static readonly WordSet Partitives = new("including among whom them incl");
    private static readonly WordSet Skippable = new(
        "the a an at least some about around nearly almost over more than up to another further close roughly approximately estimated his her their its");

    private static readonly WordSet TimeUnits = new(
        "day days week weeks month months year years decade decades hour hours minute minutes century centuries percent per cent % times lashes");

    private static readonly WordSet NumberVerbs = new("exceeds exceeded exceed reached reaches rose risen climbed stands stood is was totalled totaled hit");

    /// <summary>The quantity counted by the trigger, as an index into <see cref="Doc.Quantities"/>, or -1.</summary>
    // What protesters hold up: a figure after "photographs of" counts whom they show.
    private static readonly WordSet HeldThings = new("photographs portraits pictures placards banners signs candles images");

    // Present-tense verbs without an object: who dies, flees or marches stands before the verb.
    private static readonly WordSet IntransitiveBases = new("die dies flee flees march marches");

    public int Find(TokenIndex ix, int sentenceFirst, int sentenceEnd, int first, int end, TriggerEntry entry, TriggerReading reading)
    {
        var figure = FindFigure(ix, sentenceFirst, sentenceEnd, first, end, entry, reading);
        return figure >= 0 && first > ix.QuantityTokens(figure).First && Interviewed(ix, figure)
            ? -1 // "we interviewed 31 survivors who had fled": those counted are the ones heard
            : figure;
    }

    private static int FindFigure(TokenIndex ix, int sentenceFirst, int sentenceEnd, int first, int end, TriggerEntry entry, TriggerReading reading)
    {
        if (entry.CountKey is null)
        {
            return -1;
        }

        if (reading.Aggregate)
        {
            // "7 massacres since January, with 26 victims": the incidents are counted, and their dead too.
            return entry.Type == EventTypes.Killing ? VictimsAfter(ix, end, sentenceEnd) : -1;
        }

        if (CasesOf(ix, first) is var cases and >= 0)
        {
            return cases; // "97 cases of enforced disappearance": each case is one person's
        }

        switch (entry.Role)
        {
            case TriggerRole.Verb when entry.Type == EventTypes.Protest && ix.Is(end, "of") && ix.IsAny(end - 1, HeldThings):
                return -1; // "held up photographs of the four teenagers": whom the photographs show, not who held them
            case TriggerRole.Verb when entry.Gap >= 0 && entry.Words[^1] == "bullets":
                return -1; // "hit by eight bullets": the figure counts the shots, not the people hit
            case TriggerRole.Verb when entry.Gap >= 0:
                // "held over 300 people hostage": the figure is the object said inside the phrase; "put the Moscow crowd
                // at 4,000": or after it.
                // "took away eleven girls from the school": the particle before the object is no part of it.
                var (objectFirst, objectEnd) = entry.GapTokens(ix, first, end)!.Value;
                return After(ix, objectFirst, objectEnd) is var inside and >= 0 ? inside : After(ix, end, sentenceEnd);
            case TriggerRole.Verb:
            case TriggerRole.Injury:
                if (ReducedRelative(ix, first, end, sentenceEnd))
                {
                    return -1; // "37 men arrested after the raid died in a van": the figure is the dying's
                }

                // "34 were killed and 78 wounded", "259 arrested": a figure right before the verb is its own.
                var adjacent = Usable(ix, first - 1);
                if (adjacent >= 0 && !PrecededByPartitive(ix, first - 1))
                {
                    return adjacent;
                }

                var passive = ix.IsAny(first - 1, Auxiliaries) || (ix.IsLyAdverb(first - 1) && ix.IsAny(first - 2, Auxiliaries));
                if (!passive && WholeBeforeParticiple(ix, first) is var whole and >= 0)
                {
                    return whole; // "Two of the five journalists arrested on Monday": the five were arrested
                }

                var before = Before(ix, sentenceFirst, first);
                var after = After(ix, end, sentenceEnd);
                if (after < 0 && !passive && Carried(ix, end, sentenceEnd) is var carried and >= 0)
                {
                    return carried; // "pushed back a boat carrying 40 migrants": the people on board
                }

                if (!passive && after < 0 && SharedPassiveSubject(ix, sentenceFirst, first, end) is var shared and >= 0)
                {
                    return shared;
                }

                if (before < 0 && after < 0 && (passive || VictimIsSubject(ix, first)) && AcrossAside(ix, sentenceFirst, first) is var aside and >= 0)
                {
                    return aside; // "Seven people, including four children, died", "hundreds, police among them, were injured"
                }

                if (before < 0 && after < 0 && BeforeNamedApposition(ix, sentenceFirst, first) is var named and >= 0)
                {
                    return named;
                }

                if (passive || (before >= 0 && (CountsNounBefore(ix, before, first) || IncludingBetween(ix, before, first) || NounListBefore(ix, before, first) || RelativeSubject(ix, before, first) || LongSubject(ix, sentenceFirst, before, first))))
                {
                    // "Ten people, among them two guards, had been killed": the subject stands before an aside.
                    return before >= 0 ? before : after >= 0 ? after : AcrossAside(ix, sentenceFirst, first);
                }

                if (after < 0 && NumberOfVerb(ix, first, end, sentenceEnd) is var total and >= 0)
                {
                    return total; // "the number of people killed rose to 50"
                }

                if (after < 0 && ix.Is(end, "of"))
                {
                    after = OfComplement(ix, end, sentenceEnd); // "the killing of ten men"
                }

                if (after < 0 && before < 0 && entry.Type == EventTypes.Protest)
                {
                    return OpeningSubjectOfParticiple(ix, sentenceFirst, first); // "Twelve women stood outside the gate, holding a banner"
                }

                return after >= 0 ? after : (entry.Type == EventTypes.Protest ? before : -1);
            case TriggerRole.BaseVerb when ix.IsAny(first, IntransitiveBases):
                // "at least seven civilians die", "dozens of families flee": the figure is the subject's.
                return Usable(ix, first - 1) is var own and >= 0 ? own : Before(ix, sentenceFirst, first);
            case TriggerRole.BaseVerb:
                return After(ix, end, sentenceEnd); // "saw them kill at least ten men"
            case TriggerRole.VictimNoun when ix.Is(end - 1, "of"):
                return After(ix, end, sentenceEnd); // "the bodies of 15 men"
            case TriggerRole.VictimNoun:
                var direct = Usable(ix, first - 1);
                if (direct < 0 && ix.Is(first, "dead") && ix.IsAny(first - 1, BeVerbs))
                {
                    // "Eleven people are dead", "eleven are dead": the figure is the subject's.
                    direct = Usable(ix, first - 2) is var bare and >= 0 ? bare : ix.Is(first - 2, "people") ? Usable(ix, first - 3) : -1;
                }

                if (direct < 0 && ix.Is(first - 1, "of"))
                {
                    direct = Usable(ix, first - 2);
                }

                if (direct < 0)
                {
                    direct = CountingNoun(ix, first, end - 1); // "more than 120 such killings", "30 targeted killings"
                }

                if (direct >= 0)
                {
                    return FirstOfAlternatives(ix, sentenceFirst, direct);
                }

                // "the killing of ten men", "the number of executions exceeds 800", "bringing to 45 the number of executions"
                var told = Math.Max(OfComplement(ix, end, sentenceEnd), NumberOf(ix, first, end, sentenceEnd));
                return told >= 0 ? told : NumberOfVerb(ix, first, end, sentenceEnd);
            case TriggerRole.IncidentNoun when entry.Type == EventTypes.Arrest && ix.Is(first - 1, "in") && (ix.IsAny(first - 2, Auxiliaries) || ix.IsAny(first - 2, Staying)):
                // "Both have been in detention since May", "40 people remain in detention": those held.
                return Before(ix, sentenceFirst, first - 1);
            case TriggerRole.IncidentNoun when ix.IsIngForm(end - 1) && After(ix, end, sentenceEnd) is var taken and >= 0:
                return taken; // "kidnapping dozens of residents": a participle with its object, not the noun
            default:
                var of = OfComplement(ix, end, sentenceEnd);
                if (of < 0 && entry.CountKey == "participants" && ix.Is(end, "by"))
                {
                    of = After(ix, end + 1, sentenceEnd); // "a protest by some 300 teachers"
                }

                if (of < 0 && entry.Type == EventTypes.Killing && VictimsAfter(ix, end, sentenceEnd) is var victims and >= 0)
                {
                    return victims; // "7 massacres since January, with 26 victims": the dead are the victims counted
                }

                return of >= 0 || entry.CountKey != "participants" ? of : Joiners(ix, sentenceFirst, first);
        }
    }

    /// <summary>The figure at <paramref name="end"/> or a few skippable words on ("at least", "some"), within <paramref name="reach"/> words; -1 when none.</summary>
    private static int After(TokenIndex ix, int end, int sentenceEnd, int reach = 4)
    {
        for (var t = end; t < sentenceEnd && t < end + reach; t++)
        {
            var q = Usable(ix, t);
            if (q >= 0)
            {
                return q;
            }

            if (!ix.IsAny(t, Skippable) && !(ix.Is(t, "total") && ix.Is(t + 1, "of") || ix.Is(t, "of") && ix.Is(t - 1, "total")))
            {
                return -1; // "a total of 56" reads on to its figure
            }
        }

        return -1;
    }

    private static readonly WordSet BeVerbs = new("was were is are");

    private static readonly WordSet RelativeOpeners = new("which who whom whose where");

    // Past forms that do not end in "-ed": "dissidents who sought refuge abroad".
    private static readonly WordSet IrregularPasts = new(
        "sought fought took went came gave made ran saw met found lost spent left led fled brought bought built caught " +
        "drove fell felt flew gone got grew hid hung kept knew lay paid rode rose sent shot spoke stood stole struck swore taught told threw tore won wore wrote");

    private static bool VerbBetween(TokenIndex ix, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (ix.IsAny(t, Auxiliaries) || ix.IsAny(t, IrregularPasts) || ix.IsWord(t) && !ix.IsCapitalised(t) && ix.Word(t).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"were among 45 people rounded up": the "among" at <paramref name="t"/> names the whole a subject belongs to.</summary>
    private static bool WholeAfterAmong(TokenIndex ix, int t) => ix.Is(t, "among") && ix.IsAny(t - 1, BeVerbs);

    /// <summary>The quantity at the token if it counts people or acts (not a year, a duration or a percentage).</summary>
    public static int Usable(TokenIndex ix, int token)
    {
        var q = ix.QuantityAt(token);
        if (q < 0 || ix.DateAt(token) >= 0)
        {
            return -1;
        }

        var mention = ix.Doc.Quantities[q];
        if (mention.Kind != QuantityKind.Count)
        {
            return -1; // "a 15-year-old player", "80 per cent"
        }

        if (mention.Noun is { } noun && noun.End <= ix.Text.Length && TimeUnits.Contains(noun.Of(ix.Text)))
        {
            return -1;
        }

        var (_, last) = ix.TokensIn(mention.Span);
        return ix.IsAny(last, TimeUnits) ? -1 : q;
    }
}

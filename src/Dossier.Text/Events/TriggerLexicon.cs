using Dossier.Text.Lexicons;

namespace Dossier.Text.Events;

/// <summary>
/// The trigger phrases for each event type, matched token by token (case-insensitive), longest first.
/// Built once; immutable and shared between threads.
/// </summary>
internal sealed class TriggerLexicon
{
    // type | count key (or -) | role | phrases. Plural nouns that count victims ("executions") are kept
    // apart from nouns that name incidents ("massacres"): "800 executions" is 800 people, "three
    // massacres" is three incidents.
    private static readonly string[] Table =
    [
        "killing|killed|V|killed, killing, murdered, murdering, assassinated, assassinating, massacred, massacring, slaughtered, slain, shot dead, gunned down, beaten to death, tortured to death, lost their lives, died, shot and killed, claimed the lives of, claiming the lives of, cost the lives of, claimed * lives, claiming * lives, stabbed * to death, beat * to death, shot * dead, hacked * to death, hacked to death, burned * alive, burned * to death",
        "killing|killed|N|killings, murders, assassinations, deaths, fatalities, extrajudicial executions, summary executions, extrajudicial killings, dead",
        "killing|killed|V|body of, body was found, body was discovered, body was recovered, drowned, found dead, found shot dead, found stabbed to death, found beaten to death, found strangled, found murdered, reported dead, confirmed dead, declared dead, pronounced dead, lynched, stoned to death, stabbed to death, clubbed to death, stabbing to death, beating to death, shooting dead, burned alive, burnt alive, burned to death, burnt to death",
        "killing|killed|N|bodies, the bodies of, the remains of, bodies were found, bodies have been found, bodies were recovered, bodies have been recovered, bodies were discovered, bodies have been discovered",
        "killing|killed|I|massacres, bloodbath, mass murder, mass killing, mass killings, carnage, bloodshed",
        "killing|killed|A|massacre, murder, assassination",
        "execution|executed|V|executed, executing, hanged, put to death, put * to death",
        "execution|executed|N|executions, hangings, public executions",
        "execution|executed|I|execution, hanging",
        "abduction|abducted|V|abducted, abducting, kidnapped, taken hostage, taken captive, held hostage, taken as hostages, taken hostages, held * hostage, holding * hostage, took * hostage, taking * hostage, held * captive, forcibly disappeared, disappeared, vanished, gone missing, went missing, taken away, taken from their homes, taken from his home, taken from her home, seized, seizing, taken",
        "abduction|abducted|V|took away, took * away, took * from her home, took * from his home, took * from their homes, took * from their home, took * from the house, took * from her house, took * from his house, took * from, took my, took our, bundled into, bundled * into, bundled him into, bundled her into, bundled them into, forced into a car, forced into a van, forced into a vehicle, forced into an unmarked, forced * into a car, forced * into a van, forced * into a vehicle, forced * into an unmarked, dragged into a car, dragged into a van, dragged * into a car, dragged * into a van, took * to an unknown location, took * to an undisclosed location, taken to an unknown location, taken to an undisclosed location",
        "abduction|abducted|N|hostages, abductions, kidnappings, disappearances, enforced disappearances",
        "abduction|abducted|I|abduction, kidnapping, enforced disappearance, hostage-taking, hostage taking",
        "arrest|arrested|V|confined to his home, confined to her home, confined to their homes, placed under house arrest, placed under arrest, put under house arrest, remanded, arrested, arresting, detained, detaining, jailed, imprisoned, incarcerated, taken into custody, took * into custody, taking * into custody, rounded up, held, picked up, remain in custody, remains in custody, remained in custody, still in custody",
        "arrest|arrested|N|arrests, detentions, detainees",
        "arrest|arrested|I|detention, imprisonment, arbitrary detention",
        "arrest|arrested|A|arrest",
        "torture|-|V|tortured, ill-treated, mistreated, torturing, waterboarded, force-fed, deprived of sleep, given electric shocks, subjected to electric shocks, hung upside down, hung from the ceiling, suspended by their wrists, suspended by his wrists, suspended by her wrists",
        "torture|-|I|ill-treatment, mistreatment, waterboarding, force-feeding, sleep deprivation",
        "torture|-|A|torture",
        "sexual_violence|-|V|gang-raped, raped, raping, sexually assaulted, sexually abused",
        "sexual_violence|-|I|rapes, sexual violence, sexual assault, sexual abuse",
        "sexual_violence|-|A|rape",
        "attack|-|V|attacked, attacking, shelled, bombed, raided, stormed, opened fire, fired on, fired at, fired into, firing on, firing at, firing into, fired rockets, overran, struck, shot into, shot at, stabbing, fired live rounds, fired live ammunition, fired tear gas, fired rubber bullets, fired pellets, ambushed, detonated",
        "attack|injured|V|beaten, beat, stabbed, kicked, punched, clubbed, whipped, flogged, pistol-whipped, shot, shooting",
        "attack|-|B|fire into, fires into, fire on, fires on, open fire, opens fire, storm, storms, shell, shells",
        "attack|injured|B|shoot, shoots, beat, beats",
        "killing|killed|B|kill, kills, shoot dead, shoots dead, gun down, guns down, dies, die",
        "arrest|arrested|B|detain, detains, round up, rounds up",
        "abduction|abducted|B|abduct, abducts, kidnap, kidnaps",
        "displacement|displaced|B|deport, deports, expel, expels, evict, evicts, flee, flees",
        "execution|executed|B|execute, executes",
        "destruction|-|B|torch, torches, demolish, demolishes, loot, loots",
        "attack|-|I|attacks, shelling, bombing, bombings, air strike, air strikes, airstrike, airstrikes, rocket attack, rocket attacks, rocket fire, raids, suicide bombing, missile attack, missile attacks, tear gas, rubber bullets, water cannon, stun grenades, car bomb, car bombs, roadside bomb, roadside bombs, bomb blast, suicide attack, suicide attacks, bomb attack, ambush",
        "attack|-|A|attack, raid, assault",
        "attack|injured|I|beating, beatings",
        "attack|injured|V|hit by a bullet, hit by bullets, hit by * bullets, hit by gunfire, hit by rubber bullets, hit by a rubber bullet, struck by a bullet, struck by bullets, struck by * bullets",
        "attack|injured|X|injured, wounded, injuries, injuring, wounding, hurt, were hurt, was hurt, been hurt, sought medical treatment, sought medical care, sought treatment, needed hospital treatment, needed medical treatment, required hospital treatment, were hospitalised, were hospitalized, was hospitalised, was hospitalized, been hospitalised, been hospitalized",
        "displacement|displaced|V|evicted, deported, extradited, expelled, forcibly displaced, displaced, forcibly transferred, forcibly returned, refouled, uprooted, fled, driven from their homes, forced from their homes, forced to leave their homes, forced to leave their home, forced out of their homes, forced to flee, fled their homes, driven out, crossed into, crossed the border into, abandoned their homes, forced * to flee, forcing * to flee, forced * from their homes, forcing * from their homes, drove * from their homes, driven * from their homes, driving * from their homes, drove * out of their homes, driven * out of their homes, driving * out of their homes, left homeless, made homeless, rendered homeless, left * homeless, leaving * homeless, made * homeless",
        "displacement|displaced|V|stranded, returned to, remain refugees, remained refugees, became refugees, live as refugees, living as refugees, forcibly repatriated, flown to, handed over to, handed back to, sent back to, put * onto, put * on board, pushed back, pushed * back",
        "displacement|displaced|I|eviction, evictions, deportation, deportations, extradition, extraditions, expulsion, expulsions, forced migration, forced displacement, forcible displacement, refoulement, forced eviction, forced evictions, forcible transfer",
        "siege|-|V|besieged, blockaded, obstructed, obstructing, obstructs, denied access, sealed off, cordoned off, cut off, blocked food, blocked aid, blocked humanitarian, blocking food, blocking aid, blocking humanitarian, blocked access, cut, blocked, shut down, shut off",
        "siege|-|B|obstruct",
        "siege|-|I|siege, blockade, denial of medical treatment, denial of medical care, denial of medicine, denial of food, sieges, restrictions, internet shutdown, internet shutdowns, internet blackout, communications blackout",
        "destruction|-|V|demolished, destroyed, burned, burnt, torched, looted, razed, ransacked, bulldozed, set fire, set on fire, defaced, vandalised, vandalized, set ablaze, set alight, burned down, burnt down, burning homes, burning houses, burning villages, burning * homes, burning * houses, burning * villages, the burning of",
        "destruction|-|I|demolition, demolitions, destruction, looting, arson",
        "protest|participants|V|stopped eating, refused food, refusing food, went on hunger strike, held up photographs, held up placards, held up banners, held up portraits, held up signs, held candles, held placards, held banners, holding placards, holding banners, holding candles, holding a banner, holding photographs, held a banner, carried placards, carrying placards, waved placards, put the crowd at, estimated the crowd at, put turnout at, putting turnout at, put the turnout at, putting the turnout at, estimated turnout at, estimated the turnout at, put the * crowd at, estimated the * crowd at, put the size of the crowd at, estimated the size of the crowd at, protested, protesting, rallied, demonstrated, gathered, marched, commemorated, took to the streets, stopped work, downed tools, were on the streets, poured into the streets, filled the streets, poured onto the streets",
        "protest|participants|I|protests, rally, rallies, demonstration, demonstrations, vigil, vigils, hunger strike, hunger strikes, sit-in, sit-ins, commemoration, gathering, sit in, strike, strikes, procession, processions, human chain, human chains, fast",
        "protest|participants|A|protest",
        "protest|participants|B|march, marches",
        "protest|participants|N|protesters, protestors, demonstrators",
        "meeting|-|V|met with, met, briefed, addressed, visited, convened, vetoed, received a delegation, received a delegation of",
        "meeting|-|I|conference, meeting, meetings, session, summit, hearing, hearings, press conference, forum",
        "meeting|-|A|visit",
        "legal_action|-|V|sentenced, indicted, convicted, prosecuted, sanctioned, referred, acquitted, charged with, charged, fined, pleaded guilty, pleaded not guilty, found guilty, arraigned",
        "legal_action|-|V|ruled, ordered, found, upheld, overturned, quashed, annulled, struck down, banned, outlawed, proscribed",
        "legal_action|-|B|bans, outlaws, proscribes, sentences, convicts, acquits, indicts",
        "legal_action|-|I|trial, trials, indictment, indictments, verdict, verdicts, referral, referrals, investigation, investigations, inquiry, inquiries, rulings, lawsuits, prosecutions, judgments, judgements, arrest warrants, warrants, sanctions, arrest warrant, lawsuit, prosecution, conviction, convictions, charges, ruling, judgment, judgement, preliminary examination, arms embargo, visa bans, travel ban, asset freeze",
    ];

    private readonly Dictionary<string, TriggerEntry[]> _byFirstWord;
    private readonly FoldedWordTable<TriggerEntry[]> _lookup;
    private readonly WordSet _firstWords;

    public TriggerLexicon()
    {
        var entries = new List<TriggerEntry>();
        foreach (var line in Table)
        {
            var parts = line.Split('|');
            var role = parts[2] switch
            {
                "V" => TriggerRole.Verb,
                "B" => TriggerRole.BaseVerb,
                "N" => TriggerRole.VictimNoun,
                "I" => TriggerRole.IncidentNoun,
                "A" => TriggerRole.NounOrVerb,
                "X" => TriggerRole.Injury,
                _ => throw new InvalidOperationException($"E101: unknown trigger role '{parts[2]}'."),
            };
            var countKey = parts[1] == "-" ? null : parts[1];
            foreach (var phrase in parts[3].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                entries.Add(new TriggerEntry(phrase.Split(' '), parts[0], role, countKey));
                if (phrase.Contains('-'))
                {
                    // Segmenters differ on hyphens; accept "ill-treated" as one token or three.
                    var split = phrase.Replace("-", " - ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    entries.Add(new TriggerEntry(split, parts[0], role, countKey));
                }
            }
        }

        _byFirstWord = entries
            .GroupBy(e => e.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        _lookup = new FoldedWordTable<TriggerEntry[]>(_byFirstWord, word => WordSet.Hash(word));
        _firstWords = new WordSet(_byFirstWord.Keys);
        Entries = entries;
    }

    /// <summary>The shared lexicon.</summary>
    public static TriggerLexicon Default { get; } = new();

    public IReadOnlyList<TriggerEntry> Entries { get; }

    /// <summary>Stands in a phrase for its verb's object: "held * hostage".</summary>
    public const string GapWord = "*";

    // "pushed most of the refugees back": a portion of a group counts as the object's figure.
    private static readonly WordSet Portions = new("most many some all several hundreds thousands dozens scores");

    // An object between a split phrase's parts is a short noun phrase: "thirty-seven of its citizens".
    private const int MaxGap = 7;

    /// <summary>The longest entry starting at <paramref name="token"/> and ending before <paramref name="limit"/>, or null.</summary>
    public TriggerEntry? Match(TokenIndex index, int token, int limit) => Match(index, token, limit, out _);

    /// <summary>
    /// The longest entry starting at <paramref name="token"/> and ending before <paramref name="limit"/>, or null;
    /// <paramref name="end"/> is the token after the match (past the object of a split phrase).
    /// </summary>
    public TriggerEntry? Match(TokenIndex index, int token, int limit, out int end)
    {
        end = token;
        var hash = index.HashOf(token);
        if (!_firstWords.MayContain(hash) || !_lookup.TryGetValue(hash, index.Word(token), out var candidates))
        {
            return null;
        }

        foreach (var entry in candidates)
        {
            if (token + entry.Words.Length > limit)
            {
                continue;
            }

            if (entry.Gap >= 0)
            {
                if (MatchSplit(index, token, limit, entry) is var splitEnd and > 0)
                {
                    end = splitEnd;
                    return entry;
                }

                continue;
            }

            var all = true;
            for (var w = 1; w < entry.Words.Length && all; w++)
            {
                all = index.Is(token + w, entry.Words[w]);
            }

            if (all)
            {
                end = token + entry.Words.Length;
                return entry;
            }
        }

        return null;
    }

    /// <summary>
    /// "held over 300 people hostage": the words before the gap, an object that opens with a figure and holds
    /// no punctuation, then the words after it; the token after the match, or -1.
    /// </summary>
    private static int MatchSplit(TokenIndex index, int token, int limit, TriggerEntry entry)
    {
        for (var w = 1; w < entry.Gap; w++)
        {
            if (!index.Is(token + w, entry.Words[w]))
            {
                return -1;
            }
        }

        var objectFirst = token + entry.Gap;
        var hasFigure = false;
        for (var t = objectFirst; t < limit && t < objectFirst + MaxGap; t++)
        {
            hasFigure |= t < objectFirst + 3 && (index.QuantityAt(t) >= 0 || (t == objectFirst && index.IsAny(t, Portions) && index.Is(t + 1, "of")))
                || (t == objectFirst && entry.Type == EventTypes.Abduction && (index.IsPersonAt(t) || index.IsAny(t, PersonPronouns) || TriggerJudge.PeopleAsObject(index, t))) // "took Anna Varn from her home", "forced her into a van", "took my husband away"
                || (t == objectFirst && entry.Type == EventTypes.Protest && index.IsWord(t)) // "put the Moscow crowd at": which crowd, its figure after
                || (t == objectFirst && entry.Type == EventTypes.Killing && index.IsWord(t)); // "stabbed the anthropologist Ana Marsh to death"
            if (t > objectFirst && hasFigure && Closes(index, t, limit, entry))
            {
                return t + entry.Words.Length - entry.Gap - 1;
            }

            if (index.IsPunctuation(t) && index.Text[index.Tokens[t].Start] != '-')
            {
                if (hasFigure && AgeAfterName(index, t))
                {
                    t += 2; // "took Anna Varn, 32, from her home": the age set off after the name
                    continue;
                }

                return -1;
            }
        }

        return -1;
    }

    private static bool AgeAfterName(TokenIndex index, int comma) =>
        index.Text[index.Tokens[comma].Start] == ',' && index.EntityAt(comma - 1) >= 0
        && index.QuantityAt(comma + 1) >= 0 && index.IsPunctuation(comma + 2) && index.Text[index.Tokens[comma + 2].Start] == ',';

    private static readonly WordSet PersonPronouns = new("him her them");

    private static bool Closes(TokenIndex index, int t, int limit, TriggerEntry entry)
    {
        var rest = entry.Words.Length - entry.Gap - 1;
        if (t + rest > limit)
        {
            return false;
        }

        for (var w = 0; w < rest; w++)
        {
            if (!index.Is(t + w, entry.Words[entry.Gap + 1 + w]))
            {
                return false;
            }
        }

        return true;
    }
}

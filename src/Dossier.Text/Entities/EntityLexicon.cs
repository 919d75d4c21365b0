using Dossier.Text.Lexicons;

namespace Dossier.Text.Entities;

/// <summary>
/// The closed word lists the entity rules read: titles, organisation and place heads, name particles,
/// and words that look like names but are not. All lookups are case-insensitive and allocation-free.
/// </summary>
internal static class EntityLexicon
{
    /// <summary>Titles, honorifics and offices written before a person's name ("Mrs", "Justice Minister").</summary>
    public static readonly Set Titles = new(
        0,
        "mr mr. mrs mrs. ms ms. miss mx dr dr. prof prof. professor sir dame hon hon. rev rev. father sister "
        + "president vice-president president-elect senator sen sen. congressman congresswoman general gen gen. "
        + "colonel col col. lieutenant lt lt. major maj captain capt capt. commander brigadier admiral sergeant "
        + "marshal field-marshal judge justice ambassador sheikh shaikh ayatollah hojatoleslam imam mullah cardinal "
        + "bishop archbishop pope king queen prince princess emir sultan minister premier secretary secretary-general "
        + "chancellor governor mayor deputy representative rapporteur chairman chairwoman chairperson chair co-chair "
        + "co-president director director-general spokesman spokeswoman spokesperson commissioner envoy lord baroness "
        + "member mp mep head chief leader founder coordinator counsel attorney prosecutor advocate dean rector "
        + "executive officer commander-in-chief crown private pte pte. corporal cpl cpl. sgt sgt. constable inspector "
        + "superintendent gendarme");

    /// <summary>Titles that conventionally stay part of the name ("King Salman", "Prince Ali").</summary>
    public static readonly Set RoyalTitles = new(1, "king queen prince princess emir sultan crown");

    /// <summary>Peoples, faiths and groups: adjectives and nouns that never make a person's name.</summary>
    public static readonly Set GroupWords = new(
        2,
        "muslim muslims christian christians jewish jew jews sunni sunnis shia shiite shiites yazidi yazidis "
        + "kurdish kurd kurds arab arabs rohingya tamil tamils sinhalese uyghur uyghurs uighur uighurs tibetan "
        + "tibetans baloch pashtun pashtuns hazara hazaras tutsi tutsis hutu hutus hindu hindus buddhist "
        + "buddhists catholic catholics protestant orthodox serb serbs croat croats bosniak bosniaks chechen "
        + "chechens ingush tatar tatars druze alawite alawites copt copts coptic bedouin roma maasai igbo yoruba "
        + "hausa fulani amhara oromo tigrayan tigrayans bengali bengalis sikh sikhs ahmadi ahmadis baha'i bahai");

    /// <summary>Words that qualify a title ("Prime", "Foreign", "former"): part of the title, never of the name.</summary>
    public static readonly Set TitleModifiers = new(
        3,
        "prime foreign justice interior defence defense finance health education economy trade labour labor "
        + "former acting assistant deputy vice chief supreme special honorary first senior high grand executive "
        + "state staff permanent associate under principal co general human rights");

    /// <summary>Last words that make a capitalised sequence an organisation ("... Council", "... Watch").</summary>
    public static readonly Set OrganizationHeads = new(
        4,
        "council committee commission organization organisation ministry army forces force party union court "
        + "agency coalition front movement parliament senate assembly government regime police guard guards "
        + "brigade brigades battalion network watch foundation institute institution society conference mission "
        + "office association university college academy bank fund programme program corps service services "
        + "tribunal board bureau authority department federation league alliance congress caucus group "
        + "international center centre council's friends resistance militia trust initiative campaign "
        + "observatory secretariat directorate command division army's navy unit units cabinet presidency "
        + "judiciary company corporation inc ltd times herald "
        + "gazette journal press agency's foundation's wire monitor observer review desk forum daily tribune "
        + "dispatch chronicle courier voice martial collective project mothers families column bloc cartel "
        + "gang regiment squadron post bulletin brotherhood monitors defender");

    /// <summary>Lowercase institution words after a demonym or country ("Iraqi government", "U.S. government").</summary>
    public static readonly Set Institutions = new(
        5,
        "government regime authorities army forces force police parliament senate judiciary militia "
        + "militias navy coalition ministry intelligence administration cabinet junta military");

    /// <summary>Lowercase place words after a name ("Kunduz province", "San Juan river").</summary>
    public static readonly Set TrailingPlaceHeads = new(
        6,
        "province district region governorate state county municipality river dam lake valley "
        + "camp prison airport headquarters stadium square station highway hospital border crossing");

    /// <summary>Nouns for settlements and divisions: "the village of X" names a place whatever X is.</summary>
    public static readonly Set PlaceNouns = new(
        18,
        "village town city municipality department district province region governorate county commune "
        + "neighbourhood neighborhood suburb settlement hamlet township");

    /// <summary>Lowercase words that, with "security"/"armed", make a two-word institution ("security forces").</summary>
    public static readonly Set InstitutionModifiers = new(7, "security armed intelligence border special revolutionary");

    /// <summary>First words of place names ("Camp Horizon", "Mount Sinjar").</summary>
    public static readonly Set PlacePrefixes = new(8, "camp mount lake fort cape");

    /// <summary>Last words of place names ("Evin Prison", "Baghdad International Airport", "Tahrir Square").</summary>
    public static readonly Set PlaceHeads = new(
        9,
        "airport prison jail province district governorate county square street road avenue boulevard hospital "
        + "valley river mountains mountain region village neighbourhood neighborhood quarter stadium bridge base "
        + "checkpoint crossing headquarters palace mosque church cathedral temple camp camps island islands "
        + "peninsula desert border highway port harbour harbor station compound forest city");

    /// <summary>Documents and laws: a capitalised sequence ending in one of these is not an entity.</summary>
    public static readonly Set TreatyHeads = new(
        10,
        "convention conventions treaty covenant protocol protocols declaration charter act accord accords agreement "
        + "resolution statute code constitution principles guidelines rules amendment bill directive doctrine plan "
        + "prize award medal");

    /// <summary>Events named like places ("Camp Horizon Massacre"): the word is dropped and the rest read again.</summary>
    public static readonly Set EventHeads = new(
        11,
        "massacre massacres war wars revolution uprising crisis day week year bombing bombings "
        + "attack attacks offensive operation genocide famine election elections summit");

    /// <summary>Lowercase particles inside names ("al-", "de", "van", "bin").</summary>
    public static readonly Set Particles = new(
        12,
        "al el de da di del della der den van von bin ibn bint abu ben le la du dos das do y zu ter ten st st. "
        + "los las delos dela degli");

    /// <summary>Capitalised function words: a name never starts with them ("The", "In", "However").</summary>
    public static readonly Set FunctionWords = new(
        13,
        "the a an and but or nor in on at of for to with by from into onto upon this that these those it its "
        + "he she we they i you his her our their my your as if when while after before since during there here "
        + "all no not some many other such both each every any most more much several few yet so then thus "
        + "however therefore meanwhile moreover furthermore also although though because whether where which "
        + "who whom whose what why how according despite following including among between about over under against "
        + "none nothing");

    public static readonly Set MonthsAndDays = new(
        14,
        "january february march april may june july august september october november december "
        + "jan feb mar apr jun jul aug sep sept oct nov dec "
        + "monday tuesday wednesday thursday friday saturday sunday");

    /// <summary>Lowercase words before a name that say what kind of thing it is ("the channel X").</summary>
    public static readonly Set OrganizationCues = new(
        15,
        "channel newspaper broadcaster station magazine website daily weekly agency group organisation "
        + "organization party movement network charity ngo company firm outlet");

    /// <summary>Prepositions after which a place is likely ("in Reading", "from Mobile").</summary>
    public static readonly Set PlacePrepositions = new(
        16,
        "in at near from to outside around into via towards toward across inside across throughout");

    /// <summary>Roman numerals and other all-capitals tokens that are not acronyms of bodies.</summary>
    public static readonly Set NotAcronyms = new(
        17,
        "ii iii iv vi vii viii ix xi xii xiv xv xx ok tv pm am ad bc id pdf usd eur gmt utc faq ceo cfo mp mps "
        + "mep meps phd dna hiv aids covid sms gps cctv ngo ngos idp idps ied ieds rpg usb");

    /// <summary>Lowercase bodies after "Saudi-led", "US-backed" ("Saudi-led coalition").</summary>
    public static readonly Set LedBodies = new(19, "coalition forces alliance government militia militias troops");

    /// <summary>What a lowercase ministry is for ("the interior ministry", "the health ministry").</summary>
    public static readonly Set MinistryDomains = new(
        20,
        "interior health foreign defence defense justice finance education information home labour labor "
        + "agriculture energy culture economy trade environment welfare communications transport");

    /// <summary>Kinds of government named in lowercase ("the interim government").</summary>
    public static readonly Set GovernmentKinds = new(21, "interim transitional provisional federal caretaker");

    /// <summary>Words that name a kind of text ("PRESS RELEASE", "Freedom Bulletin"), not who wrote it.</summary>
    public static readonly Set GenreWords = new(
        22,
        "press release statement joint commentary briefing bulletin news update report analysis opinion media "
        + "advisory alert urgent action appeal public brief letter open immediate freedom weekly daily");

    /// <summary>Courts of one place, named by their seat ("the District Court in Lyon"), unlike a "Supreme Court".</summary>
    public static readonly Set LocalCourts = new(
        23, "district regional provincial municipal city county trial appeals appeal circuit magistrates magistrate local");

    /// <summary>Single-word legislatures: "the Senate", "the Parliament".</summary>
    public static readonly Set Legislatures = new(24, "senate parliament congress");

    /// <summary>Lowercase subdivision words that close a qualifier: "in the Western province", "in Rakhine state".</summary>
    public static readonly Set SubdivisionHeads = new(
        25, "province district region governorate county state municipality department prefecture oblast territory");

    /// <summary>Directions that place one name relative to another: "in northern Kenya", "north of the capital".</summary>
    public static readonly Set Directions = new(
        26,
        "north south east west northeast northwest southeast southwest north-east north-west south-east south-west "
        + "northern southern eastern western central north-eastern north-western south-eastern south-western");

    /// <summary>Parts of a settlement named with "of": "the streets of X", "the outskirts of X".</summary>
    public static readonly Set SettlementParts = new(27, "streets outskirts suburbs centre center settlements slums neighbourhoods neighborhoods districts areas townships villages towns provinces territories");

    // Every list above in one lookup, so each token is classified once (TokenView caches the result).
    private static readonly Set[] AllSets = [Titles, RoyalTitles, GroupWords, TitleModifiers, OrganizationHeads, Institutions, TrailingPlaceHeads, InstitutionModifiers, PlacePrefixes, PlaceHeads, TreatyHeads, EventHeads, Particles, FunctionWords, MonthsAndDays, OrganizationCues, PlacePrepositions, NotAcronyms, PlaceNouns, LedBodies, MinistryDomains, GovernmentKinds, GenreWords, LocalCourts, Legislatures, SubdivisionHeads, Directions, SettlementParts];

    private static readonly SpanKeyTable Classes = new(
        AllSets
            .SelectMany(set => set.Words.Select(word => (word, set.Bit)))
            .GroupBy(pair => pair.word, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, (int)g.Aggregate(0u, (bits, pair) => bits | pair.Bit))));

    // Most words of a text are in no list: ruled out by shape before they are lowercased and hashed.
    private static readonly WordShapeFilter ClassFilter = new(AllSets.SelectMany(set => set.Words));

    /// <summary>The bits of every list <paramref name="word"/> belongs to (case-insensitive).</summary>
    public static uint ClassesOf(ReadOnlySpan<char> word)
    {
        if (!ClassFilter.MayContain(word))
        {
            return 0;
        }

        Span<char> buffer = stackalloc char[LowercaseKey.MaxLength];
        return LowercaseKey.TryLower(word, buffer, out var lower) && Classes.TryGetValue(lower, out var bits) ? (uint)bits : 0;
    }

    /// <summary>The bits of every list <paramref name="word"/> belongs to, given its <see cref="WordKeys"/> key.</summary>
    public static uint ClassesOf(ReadOnlySpan<char> word, uint key) =>
        ClassFilter.MayContain(word) && Classes.TryGetFolded(key, word, out var bits) ? (uint)bits : 0;

    /// <summary>A frozen case-insensitive word set with allocation-free span lookups.</summary>
    internal sealed class Set
    {
        private readonly SpanKeyTable _lookup;

        public Set(string words)
            : this(words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
        }

        public Set(int bit, string words)
            : this(words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            Bit = 1u << bit;
        }

        public Set(IEnumerable<string> words)
        {
            var lowered = words.Select(w => w.ToLowerInvariant()).ToArray();
            Words = lowered;
            _lookup = new SpanKeyTable(lowered.Select(word => KeyValuePair.Create(word, 1)));
            Count = _lookup.Count;
            _shapes = new WordShapeFilter(lowered);
            foreach (var word in lowered)
            {
                _lengths |= 1UL << Math.Min(word.Length, 63);
            }
        }

        // Bit n is set when some word has n characters: most lookups fail on length alone, most others on shape.
        private readonly ulong _lengths;
        private readonly WordShapeFilter _shapes;

        public int Count { get; }

        /// <summary>This list's bit in <see cref="EntityLexicon.ClassesOf"/>; 0 for lists outside the lexicon.</summary>
        public uint Bit { get; }

        public IReadOnlyList<string> Words { get; }

        public bool Contains(ReadOnlySpan<char> word)
        {
            if ((_lengths & (1UL << Math.Min(word.Length, 63))) == 0 || !_shapes.MayContain(word))
            {
                return false;
            }

            Span<char> buffer = stackalloc char[LowercaseKey.MaxLength];
            return LowercaseKey.TryLower(word, buffer, out var lower) && _lookup.Contains(lower);
        }

        /// <summary>Membership of a word whose <see cref="WordKeys"/> key is known.</summary>
        public bool Contains(ReadOnlySpan<char> word, uint key) =>
            (_lengths & (1UL << Math.Min(word.Length, 63))) != 0 && _shapes.MayContain(word) && _lookup.TryGetFolded(key, word, out _);
    }
}

using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// An incident being assembled from one or more mentions in a document: mutable while the extractor
/// runs, turned into an immutable <see cref="ExtractedEvent"/> at the end.
/// </summary>
internal sealed class IncidentDraft
{
    public List<string> Types { get; } = [];

    public DateValue? Date { get; set; }

    public TextSpan? DateSpan { get; set; }

    /// <summary>The date came from an earlier sentence, not from this mention: weak evidence when merging.</summary>
    public bool DateInherited { get; set; }

    /// <summary>"and one more the following day": a later part told after an incident's figure; what follows is of the main part.</summary>
    public bool LaterPart { get; set; }

    /// <summary>"opened fire on the crowd": the act is aimed at a gathering told before, and took place when it did.</summary>
    public bool AtCrowd { get; set; }

    /// <summary>The date this mention gives itself, or null.</summary>
    public DateValue? OwnDate => DateInherited ? null : Date;

    /// <summary>Index into the document's entity mentions of the place, or -1.</summary>
    public int PlaceMention { get; set; } = -1;

    /// <summary>The entity id of the place, or -1.</summary>
    public int PlaceEntity { get; set; } = -1;

    /// <summary>How specific the place is (see <see cref="PlaceFinder.Rank"/>); lower is more specific.</summary>
    public int PlaceRank { get; set; } = int.MaxValue;

    /// <summary>The country of another place named in the mention's sentence.</summary>
    public string? CountryHint { get; set; }

    /// <summary>The country of an organisation or demonym in the mention's sentence ("Iraqi forces"): the weakest hint.</summary>
    public string? NamesCountry { get; set; }

    /// <summary>
    /// The paragraph of the item heading that told this incident ("2. Air strikes in the north (27-28 March)"), or -1:
    /// the item under the heading tells it.
    /// </summary>
    public int HeadingParagraph { get; init; } = -1;

    public List<ExtractedName> Perpetrators { get; } = [];

    public string? Victims { get; set; }

    /// <summary>The one named person the draft counts and under which key ("Aziz Orujov was arrested": arrested), or null.</summary>
    public (string Key, int Entity)? NamedVictim { get; set; }

    public Dictionary<string, ExtractedCount> Counts { get; } = new(StringComparer.Ordinal);

    public List<TextSpan> Evidence { get; } = [];

    public List<TextSpan> Triggers { get; } = [];

    /// <summary>The kinds of legal step named ("inquiry", "trial", "charge", ...): steps of different kinds are different acts.</summary>
    public HashSet<string> LegalKinds { get; } = new(StringComparer.Ordinal);

    public bool Anaphoric { get; set; } = true;

    /// <summary>
    /// Names the incident again with a definite noun while giving a figure of its own ("two students died in
    /// the shooting", "the deaths of 300 men"): it refers back to an incident even though it is not loose.
    /// </summary>
    public bool Refers { get; set; }

    /// <summary>Its figure is a tally ("since May at least 130 people have been shot dead"): it adds up many acts.</summary>
    public bool Tally { get; set; }

    /// <summary>
    /// A figure of dead or hurt that someone said, found or is quoted for ("the commission said that more than 100 were
    /// killed", "an MP said that 230 people had died"), with no date or place of its own: one more account of an
    /// incident already told, whose own figure stands. It joins the incident already counted for that figure, else the
    /// killing told last.
    /// </summary>
    public bool OtherAccount { get; set; }

    /// <summary>Told in the present perfect ("At least 310 people have been arrested"): a count to date, not one raid's.</summary>
    public bool CountToDate { get; set; }

    /// <summary>The other account is someone's word ("a woman said she counted the bodies of eleven men"), not a body's finding.</summary>
    public bool SaidBySomeone { get; set; }

    /// <summary>An arrest of suspects or over an act ("arrested three suspects"): an act of its own, not part of a raid.</summary>
    public bool ArrestsSuspects { get; set; }

    public bool Aggregate { get; set; }

    /// <summary>Told as a part of a whole told before ("Eight of the killings took place in Cauca").</summary>
    public bool Part { get; set; }

    /// <summary>Told as over the whole country ("across the country", "nationwide"): no town's incident.</summary>
    public bool Nationwide { get; set; }

    public bool Distinct { get; set; }

    public int Paragraph { get; set; }

    /// <summary>The first token of the list item the last mention stands in ("- 6 March: ..."), or -1 outside a list.</summary>
    public int Item { get; set; } = -1;

    public int LastSentence { get; set; }

    /// <summary>The sentence of the first mention.</summary>
    public int FirstSentence { get; set; }

    /// <summary>Made only of "injured"/"wounded" words: kept only when it carries a figure.</summary>
    public bool OnlyInjuries { get; set; }

    /// <summary>Has an act of violence among its types (kept as types are added: the merger asks for every earlier incident it considers).</summary>
    public bool IsViolent { get; private set; }

    /// <summary>Every type is an act of a raid (<see cref="EventTypes.IsRaidAct"/>), kept as types are added.</summary>
    public bool OnlyRaidActs { get; private set; } = true;

    /// <summary>Has its own date or figure: specific enough that later loose mentions may join it.</summary>
    public bool IsSpecific => Date is not null || Counts.Count > 0;

    /// <summary>The highest-ranked type (the first listed among equals).</summary>
    public string Primary
    {
        get
        {
            // Kept while the types stay the same: the merger asks for it for every earlier incident it considers.
            if (_primary is null || _primaryOf != Types.Count)
            {
                _primary = FindPrimary();
                _primaryOf = Types.Count;
            }

            return _primary;
        }
    }

    private string? _primary;
    private int _primaryOf;

    private string FindPrimary()
    {
        string? primary = null;
        var best = 0;
        foreach (var type in Types)
        {
            var rank = EventTypes.Rank(type);
            if (primary is null || rank < best)
            {
                primary = type;
                best = rank;
            }
        }

        return primary ?? throw new InvalidOperationException("An incident draft has no type yet.");
    }

    public void AddType(string type)
    {
        if (!Types.Contains(type))
        {
            Types.Add(type);
            IsViolent |= EventTypes.IsViolent(type);
            OnlyRaidActs &= EventTypes.IsRaidAct(type);
        }
    }

    /// <summary>
    /// "Fighters rounded up about 40 women and girls": people held by an armed group are abducted, not arrested. The
    /// arrest becomes an abduction, and its figure counts the abducted.
    /// </summary>
    public void HeldByArmedGroup()
    {
        var arrest = Types.IndexOf(EventTypes.Arrest);
        if (arrest < 0 || Types.Contains(EventTypes.Abduction))
        {
            return;
        }

        Types[arrest] = EventTypes.Abduction;
        _primary = null;
        if (Counts.Remove("arrested", out var held))
        {
            Counts.TryAdd("abducted", held);
        }
    }

    /// <summary>
    /// The first figure for a key stands, except that a vague amount gives way to an exact figure inside it ("dozens",
    /// then "57"), and a rounded one to a precise figure a little above it ("more than two hundred", then "225").
    /// </summary>
    public void AddCount(string key, ExtractedCount count)
    {
        if (Counts.TryAdd(key, count))
        {
            return;
        }

        var first = Counts[key];
        var inside = !first.IsExact && count.IsExact && first.Min <= count.Min && count.Max <= first.Max;
        if (inside || Refines(first, count)) // "at least 304", then "230" is another account
        {
            Counts[key] = count;
        }
    }

    /// <summary>"more than 1,700 arrests", then "1,723 had been detained": a precise figure a little above a round one it refines.</summary>
    public static bool Refines(ExtractedCount rounded, ExtractedCount precise) =>
        rounded is { Rounded: true, IsExact: true } && precise is { Rounded: false, IsExact: true }
        && precise.Min > rounded.Min && (precise.Min - rounded.Min) * 4 <= rounded.Min;

    public void AddPerpetrator(ExtractedName name)
    {
        if (!Perpetrators.Any(p => string.Equals(p.Name, name.Name, StringComparison.OrdinalIgnoreCase)))
        {
            Perpetrators.Add(name);
        }
    }
}

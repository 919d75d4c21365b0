using Dossier.Text.Lexicons;
using Dossier.Text.Model;
using Dossier.Text.Pipeline;

namespace Dossier.Text.Entities;

/// <summary>
/// Finds people, organisations and places: gazetteer names, then runs of capitalised words classified
/// by their evidence (titles, organisation and place heads, demonyms, name shape), then bare surnames and
/// place names that repeat a full name found elsewhere in the document ("Mwangi", "Horizon").
/// One left-to-right pass over the tokens plus one pass for the repeats: linear in the document.
/// </summary>
public sealed partial class EntityRecognizer : IPipelineComponent
{
    private const int MaxExtensions = 4;

    // No name runs longer; the cap keeps every rule's work per run bounded, whatever the input.
    private const int MaxRunWords = 12;
    private readonly Gazetteer _gazetteer;
    private readonly GazetteerMatcher _matcher;
    private readonly NameRules _rules;

    public EntityRecognizer(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _matcher = new GazetteerMatcher(gazetteer);
        _rules = new NameRules(gazetteer, _matcher);
    }

    public string Name => "entities";

    public IReadOnlyList<string> Requires { get; } = [Layers.Tokens, Layers.Sentences, Layers.Dateline];

    public IReadOnlyList<string> Assigns { get; } = [Layers.EntityMentions];

    public void Annotate(Doc doc, CancellationToken cancellationToken = default) =>
        doc.EntityMentions.AddRange(Find(new TokenView(doc.Text, doc.TokenArray(), doc.Sentences, WordKeys.For(doc)), doc.Sentences, doc.Dateline, cancellationToken));

    /// <summary>
    /// The entity mentions of a segmented text, in text order (nested mentions after their container).
    /// The place a <paramref name="dateline"/> opens with is a location even when the gazetteer lacks it.
    /// </summary>
    public IReadOnlyList<EntityMention> Find(
        string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, TextSpan? dateline = null,
        CancellationToken cancellationToken = default) =>
        Find(new TokenView(text, tokens, sentences), sentences, dateline, cancellationToken);

    private List<EntityMention> Find(TokenView view, IReadOnlyList<Sentence> sentences, TextSpan? dateline, CancellationToken cancellationToken)
    {
        var drafts = new List<MentionDraft>(view.Count / 8 + 4);
        var resumeAt = dateline is { } span ? ScanDateline(view, span, drafts) : 0;
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = Math.Min(sentence.EndToken, view.Count);
            ScanSentence(view, Math.Max(sentence.FirstToken, Math.Min(resumeAt, end)), end, drafts);
        }

        PlaceListFinder.AddListedPlaces(view, sentences, drafts, _gazetteer);
        ContextPlaceFinder.AddContextPlaces(view, sentences, drafts, _gazetteer);
        SpelledOutBodies.Add(view, drafts);
        RepeatedNameFinder.AddRepeats(view, drafts);
        HomeCountryPlaces.Prefer(view, drafts, _gazetteer);
        HomeCountryPlaces.PreferLocalBodies(view, drafts, _gazetteer);
        drafts.Sort((x, y) => x.First != y.First ? x.First.CompareTo(y.First) : y.End.CompareTo(x.End));
        var mentions = new List<EntityMention>(drafts.Count);
        var seen = new HashSet<(int, int, EntityType)>(drafts.Count); // sized once: nearly every draft is kept
        foreach (var draft in drafts)
        {
            if (seen.Add((draft.First, draft.End, draft.Type)))
            {
                mentions.Add(draft.ToMention(view));
            }
        }

        view.Release();
        return mentions;
    }

    private void ScanSentence(TokenView v, int first, int end, List<MentionDraft> output)
    {
        var headline = IsHeadline(v, first, end);
        var i = first;
        while (i < end)
        {
            if (!v.IsWord(i))
            {
                i++;
                continue;
            }

            if (!v.IsCapitalized(i))
            {
                if (v.IsLowerWord(i) && OpensNothing(v, i))
                {
                    i++;
                    continue;
                }

                if (!headline && v.IsLowerWord(i) && LowercaseInstitution(v, i, end) is var institution and > 0)
                {
                    output.Add(new MentionDraft(i, institution, EntityType.Organization, "institution"));
                    i = institution;
                    continue;
                }

                i = v.IsLowerWord(i) ? ScanLowercase(v, i, end, output) : i + 1;
                continue;
            }

            if (v.In(i, EntityLexicon.MonthsAndDays))
            {
                i++;
                continue;
            }

            if (headline && HeadlineBody(v, i, end, output) is var partEnd and > 0)
            {
                i = partEnd;
                continue;
            }

            if (!headline && LedBody(v, i, end) is var ledEnd and > 0)
            {
                output.Add(new MentionDraft(i, ledEnd, EntityType.Organization, "led"));
                i = ledEnd;
                continue;
            }

            if (!headline && AddHyphenPrefixPlace(v, i, output))
            {
                i++;
                continue;
            }

            if (!headline && v.HasHyphen(i) && IsHyphenatedAdjective(v[i]))
            {
                i++; // "Kong-based": a place's tail, not the start of the name after it
                continue;
            }

            var runEnd = ReadRun(v, i, end);
            var start = _rules.SkipLeadingNonNames(v, i, runEnd);
            if (start >= runEnd)
            {
                i = runEnd;
                continue;
            }

            i = ScanRun(v, start, runEnd, end, output, headline);
        }
    }

    private int ScanRun(TokenView v, int start, int runEnd, int end, List<MentionDraft> output, bool headline)
    {
        var possessive = FirstPossessive(v, start, runEnd);
        if (possessive > start && _matcher.Longest(v, start, possessive) is { Entry: not null } owner && owner.Length == possessive - start)
        {
            // "Kazakhstan's Mangistau region": the owner, then the rest read on its own.
            output.Add(new MentionDraft(start, possessive, owner.Entry.Type, "gazetteer") { Entry = owner.Entry });
            return possessive + 1 < runEnd ? ScanRun(v, possessive + 1, runEnd, end, output, headline) : runEnd;
        }

        if (!headline && runEnd - start >= 2 && (v.Is(start, "el") || v.Is(start, "al")) && v.IsCapitalized(start)
            && _matcher.Longest(v, start + 1, runEnd) is { Entry: { Type: EntityType.Location } place } bare && start + 1 + bare.Length == runEnd)
        {
            // "El Geneina", "Al Hudaydah": the article the gazetteer leaves off belongs to the place's name.
            output.Add(new MentionDraft(start, runEnd, EntityType.Location, "gazetteer") { Entry = place });
            return runEnd;
        }

        if (!headline && JoinedBody(v, start, runEnd, end) is var joined and > 0)
        {
            _rules.AddOrganization(v, start, joined, output, "suffix");
            return joined;
        }

        var extEnd = headline ? runEnd : Extend(v, start, runEnd, end);
        var (gazLength, gazEntry) = _matcher.Longest(v, start, end);
        if (!headline && gazEntry is not null && start + gazLength < end && v.IsCapitalized(start + gazLength)
            && v.SpaceOnlyBefore(start + gazLength))
        {
            // "Horn of Africa Civic Forum", "African Union Peace and Security Council": a known name opening a body's name.
            var bodyEnd = Extend(v, start, ReadRun(v, start + gazLength, end), end);
            if (bodyEnd > start + gazLength && EndsInOrganizationHead(v, start + gazLength, bodyEnd))
            {
                _rules.AddOrganization(v, start, bodyEnd, output, "suffix");
                return bodyEnd;
            }
        }

        if (!headline && gazEntry is { Type: EntityType.Organization } && gazLength >= 2 && start + gazLength < runEnd && extEnd == runEnd
            && _matcher.Longest(v, start + gazLength, runEnd) is { Entry.Kind: "country" } section && start + gazLength + section.Length == runEnd)
        {
            // "Amnesty International Brazil": a known body's national section is a body of its own.
            _rules.AddOrganization(v, start, runEnd, output, "section");
            return runEnd;
        }

        if (!headline && gazEntry is { Kind: "country" } && start + gazLength == runEnd && v.IsPossessive(runEnd)
            && LowercaseInstitution(v, runEnd + 1, end) < 0 && OwnedInstitution(v, runEnd + 1, end) is var owned and > 0)
        {
            // "Kazakhstan's government": the country, and the body it owns.
            output.Add(new MentionDraft(start, runEnd, gazEntry.Type, "gazetteer") { Entry = gazEntry });
            output.Add(new MentionDraft(start, owned, EntityType.Organization, "owner") { CountryCode = gazEntry.CountryCode });
            return owned;
        }

        if (!headline && gazEntry is { Type: EntityType.Organization } && start + gazLength == runEnd && LowercaseBody(v, runEnd, end) is var bodyOf and > 0)
        {
            // "a United Nations commission of inquiry": a known body's own lowercase organ.
            output.Add(new MentionDraft(start, runEnd, gazEntry.Type, "gazetteer") { Entry = gazEntry, Nested = true });
            output.Add(new MentionDraft(start, bodyOf, EntityType.Organization, "suffix"));
            return bodyOf;
        }

        if (!headline && runEnd - start == 1 && start > 0 && v.Is(start - 1, "the") && v.In(start, EntityLexicon.Legislatures)
            && gazEntry is not { Type: EntityType.Organization })
        {
            output.Add(new MentionDraft(start, runEnd, EntityType.Organization, "suffix")); // "the Senate opened hearings"
            return runEnd;
        }

        if (!headline && gazEntry is { Type: EntityType.Location } && start + gazLength == runEnd && start > 0
            && v.IsLowerWord(start - 1) && v.In(start - 1, EntityLexicon.OrganizationCues))
        {
            // "the news agency SPA": the noun before says it is a body, whatever place shares its name.
            output.Add(new MentionDraft(start, runEnd, EntityType.Organization, "cue"));
            return runEnd;
        }

        var trailing = !headline && extEnd == runEnd && start + gazLength <= runEnd && v.IsLowerWord(runEnd) && v.SpaceOnlyBefore(runEnd);
        if (gazEntry is not null && start + gazLength >= extEnd && !(trailing && start + gazLength == runEnd && IsTrailingHead(v, runEnd)))
        {
            output.Add(new MentionDraft(start, start + gazLength, gazEntry.Type, "gazetteer") { Entry = gazEntry });
            if (gazEntry.Type == EntityType.Organization)
            {
                _rules.AddNestedAfterConnectors(v, start, start + gazLength, output);
            }

            return start + gazLength;
        }

        if (!headline && v.Is(runEnd - 1, "headquarters") && VenueEnd(v, runEnd, end, output) is var venueEnd && venueEnd > runEnd)
        {
            output.Add(_rules.Place(v, start, venueEnd, "place-head"));
            return venueEnd;
        }

        if (trailing)
        {
            var after = TrailingHead(v, start, runEnd, end, output);
            if (after > runEnd)
            {
                return after;
            }
        }

        if (extEnd > runEnd && !NameRules.OpensWithTreaty(v, start, extEnd))
        {
            _rules.AddOrganization(v, _rules.SkipLeadingNonNames(v, start, runEnd), extEnd, output, "suffix");
            return extEnd;
        }

        _rules.Classify(v, start, extEnd, output, headline);
        return extEnd;
    }

}

using Dossier.Text.Model;
using Dossier.Text.Pipeline;

namespace Dossier.Text.Entities;

/// <summary>
/// Finds people, organisations and places: gazetteer names, then runs of capitalised words classified
/// by their evidence (titles, organisation and place heads, demonyms, name shape), then bare surnames and
/// place names that repeat a full name found elsewhere in the document ("Rajavi", "Liberty").
/// One left-to-right pass over the tokens plus one pass for the repeats: linear in the document.
/// </summary>
public sealed class EntityRecognizer : IPipelineComponent
{
    private const int MaxExtensions = 4;
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
        doc.EntityMentions.AddRange(Find(doc.Text, doc.Tokens, doc.Sentences, doc.Dateline, cancellationToken));

    /// <summary>
    /// The entity mentions of a segmented text, in text order (nested mentions after their container).
    /// The place a <paramref name="dateline"/> opens with is a location even when the gazetteer lacks it.
    /// </summary>
    public IReadOnlyList<EntityMention> Find(
        string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, TextSpan? dateline = null,
        CancellationToken cancellationToken = default)
    {
        var view = new TokenView(text, tokens, sentences);
        var drafts = new List<MentionDraft>(tokens.Count / 8 + 4);
        var resumeAt = dateline is { } span ? ScanDateline(view, span, drafts) : 0;
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = Math.Min(sentence.EndToken, tokens.Count);
            ScanSentence(view, Math.Max(sentence.FirstToken, Math.Min(resumeAt, end)), end, drafts);
        }

        RepeatedNameFinder.AddRepeats(view, drafts);
        drafts.Sort((x, y) => x.First != y.First ? x.First.CompareTo(y.First) : y.End.CompareTo(x.End));
        var mentions = new List<EntityMention>(drafts.Count);
        var seen = new HashSet<(int, int, EntityType)>();
        foreach (var draft in drafts)
        {
            if (seen.Add((draft.First, draft.End, draft.Type)))
            {
                mentions.Add(draft.ToMention(view));
            }
        }

        return mentions;
    }

    /// <summary>"GENEVA, 14 March 2019 –": the capitalised words before the first comma name a place.</summary>
    private int ScanDateline(TokenView v, TextSpan dateline, List<MentionDraft> output)
    {
        var first = 0;
        while (first < v.Count && v.Tokens[first].End <= dateline.Start)
        {
            first++;
        }

        var end = first;
        while (end < v.Count && v.Tokens[end].End <= dateline.End && v.IsCapitalized(end))
        {
            end++;
        }

        if (end == first || !(v.IsPunct(end, ',') || v.IsPunct(end, '(')))
        {
            return 0;
        }

        var (length, entry) = _matcher.Longest(v, first, end);
        output.Add(entry is not null && length == end - first
            ? new MentionDraft(first, end, entry.Type, "gazetteer") { Entry = entry }
            : new MentionDraft(first, end, EntityType.Location, "dateline") { PlaceKind = "city" });
        return end;
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
                i = v.IsLowerWord(i) ? ScanLowercase(v, i, end, output) : i + 1;
                continue;
            }

            if (EntityLexicon.MonthsAndDays.Contains(v[i]))
            {
                i++;
                continue;
            }

            if (!headline && AddHyphenPrefixPlace(v, i, output))
            {
                i++;
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

        if (extEnd > runEnd)
        {
            _rules.AddOrganization(v, _rules.SkipLeadingNonNames(v, start, runEnd), extEnd, output, "suffix");
            return extEnd;
        }

        _rules.Classify(v, start, extEnd, output, headline);
        return extEnd;
    }

    /// <summary>"Iraqi government", "UN headquarters in Geneva", "Blue Helmet force": a lowercase head after a name.</summary>
    private int TrailingHead(TokenView v, int start, int runEnd, int end, List<MentionDraft> output)
    {
        var (length, entry) = _matcher.Longest(v, start, runEnd);
        var wholeIsGazetteer = entry is not null && length == runEnd - start;
        var code = runEnd - start == 1 ? _gazetteer.CountryOfDemonym(v[start]) : null;
        code ??= wholeIsGazetteer && entry!.Kind == "country" ? entry.CountryCode : null;
        var head = runEnd;
        if (code is not null)
        {
            var instEnd = EntityLexicon.InstitutionModifiers.Contains(v[head]) && v.IsWord(head + 1) && EntityLexicon.Institutions.Contains(v[head + 1])
                ? head + 2
                : EntityLexicon.Institutions.Contains(v[head]) ? head + 1 : head;
            if (instEnd > head && instEnd <= end)
            {
                output.Add(new MentionDraft(start, instEnd, EntityType.Organization, "demonym") { CountryCode = code });
                return instEnd;
            }

            if (v.Is(head, "embassy") || v.Is(head, "consulate"))
            {
                var venueEnd = Math.Max(head + 1, VenueEnd(v, head + 1, end, output));
                output.Add(new MentionDraft(start, venueEnd, EntityType.Location, "place-head") { PlaceKind = "site", CountryCode = code });
                return venueEnd;
            }

            return runEnd;
        }

        if (EntityLexicon.TrailingPlaceHeads.Contains(v[head]) && !AllEveryday(v, start, runEnd)
            && !EntityLexicon.Titles.Contains(v[start]))
        {
            var placeEnd = v.Is(head, "headquarters") ? Math.Max(head + 1, VenueEnd(v, head + 1, end, output)) : head + 1;
            output.Add(_rules.Place(v, start, placeEnd, "place-head"));
            return placeEnd;
        }

        if (v.Is(head, "headquarters") || v.Is(head, "airport") || v.Is(head, "prison"))
        {
            var placeEnd = Math.Max(head + 1, VenueEnd(v, head + 1, end, output));
            output.Add(_rules.Place(v, start, placeEnd, "place-head"));
            return placeEnd;
        }

        if (v.Is(head, "party") && !AllEveryday(v, start, runEnd))
        {
            output.Add(new MentionDraft(start, head + 1, EntityType.Organization, "suffix"));
            return head + 1;
        }

        if ((v.Is(head, "force") || v.Is(head, "forces")) && !wholeIsGazetteer && !AllEveryday(v, start, runEnd))
        {
            output.Add(new MentionDraft(start, head + 1, EntityType.Organization, "suffix"));
            var inner = output.Count;
            _rules.Classify(v, start, runEnd, output, headline: false);
            for (var k = inner; k < output.Count; k++)
            {
                output[k] = output[k] with { Nested = true };
            }

            return head + 1;
        }

        return runEnd;
    }

    private static int FirstPossessive(TokenView v, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            if (v.IsPossessive(k))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool EndsInOrganizationHead(TokenView v, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (EntityLexicon.OrganizationHeads.Contains(v[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a London-based group": the place before "-based", "-born", "-led".</summary>
    private bool AddHyphenPrefixPlace(TokenView v, int i, List<MentionDraft> output)
    {
        var word = v[i];
        var dash = word.IndexOf('-');
        if (dash <= 1 || dash + 1 >= word.Length || !char.IsLower(word[dash + 1]))
        {
            return false;
        }

        var entry = _gazetteer.Find(word[..dash].ToString());
        if (entry is not { Type: EntityType.Location } || entry.IsSmall || entry.IsCommonWord)
        {
            return false;
        }

        var start = v.Tokens[i].Start;
        output.Add(new MentionDraft(i, i + 1, EntityType.Location, "gazetteer") { Entry = entry, CharEnd = start + dash });
        return true;
    }

    /// <summary>After a venue ("... headquarters"), "in" and a known place: the end of that place, or -1.</summary>
    private int VenueEnd(TokenView v, int at, int end, List<MentionDraft> output)
    {
        if (!v.Is(at, "in") || _matcher.Longest(v, at + 1, end) is not { Entry.Type: EntityType.Location } place)
        {
            return -1;
        }

        output.Add(new MentionDraft(at + 1, at + 1 + place.Length, EntityType.Location, "gazetteer") { Entry = place.Entry, Nested = true });
        return at + 1 + place.Length;
    }

    private bool AllEveryday(TokenView v, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!_gazetteer.IsCommonWord(v[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTrailingHead(TokenView v, int head) =>
        EntityLexicon.Institutions.Contains(v[head]) || EntityLexicon.InstitutionModifiers.Contains(v[head])
        || EntityLexicon.TrailingPlaceHeads.Contains(v[head]) || v.Is(head, "embassy") || v.Is(head, "consulate")
        || v.Is(head, "party");

    /// <summary>"government of Iraq": a lowercase institution, "of" and a country.</summary>
    private int ScanLowercase(TokenView v, int i, int end, List<MentionDraft> output)
    {
        if (v.Is(i + 1, "of") && EntityLexicon.Institutions.Contains(v[i])
            && _matcher.Longest(v, i + 2, end) is { Entry.Kind: "country" } country)
        {
            var stop = i + 2 + country.Length;
            output.Add(new MentionDraft(i, stop, EntityType.Organization, "demonym") { CountryCode = country.Entry!.CountryCode });
            return stop;
        }

        if (v[i].StartsWith("al-") && _matcher.Longest(v, i, end) is { Entry: not null } found)
        {
            output.Add(new MentionDraft(i, i + found.Length, found.Entry.Type, "gazetteer") { Entry = found.Entry });
            return i + found.Length;
        }

        return i + 1;
    }

    /// <summary>Capitalised words, name particles between them ("Nouri al-Maliki", "Nils De Dardel") and "'s" inside a name.</summary>
    private static int ReadRun(TokenView v, int i, int limit)
    {
        var j = i + 1;
        while (j < limit && v.SpaceOnlyBefore(j))
        {
            if (v.IsCapitalized(j) && !EntityLexicon.MonthsAndDays.Contains(v[j]))
            {
                j++;
            }
            else if (v.IsWord(j) && (ParticlesThenName(v, j, limit) || HasParticlePrefix(v[j])))
            {
                j++;
            }
            else if (v.IsPossessive(j) && v.IsCapitalized(j + 1) && !EntityLexicon.MonthsAndDays.Contains(v[j + 1]))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    /// <summary>One or more particles followed by a capitalised word ("van der Berg").</summary>
    private static bool ParticlesThenName(TokenView v, int j, int limit)
    {
        var k = j;
        while (k < limit && k - j < 3 && v.IsLowerWord(k) && EntityLexicon.Particles.Contains(v[k]))
        {
            k++;
        }

        return k > j && v.IsCapitalized(k);
    }

    private static bool HasParticlePrefix(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word.StartsWith("al-") || word.StartsWith("el-") || word.StartsWith("bin-") || word.StartsWith("ibn-"))
        && char.IsUpper(word[word.IndexOf('-') + 1]);

    /// <summary>Joins "of"/"for"/"in" continuations to a run that names a body ("Council of Resistance of Iran").</summary>
    private int Extend(TokenView v, int start, int runEnd, int end)
    {
        var hasHead = false;
        for (var k = start; k < runEnd; k++)
        {
            hasHead |= EntityLexicon.OrganizationHeads.Contains(v[k]);
        }

        if (!hasHead)
        {
            return runEnd;
        }

        for (var n = 0; n < MaxExtensions; n++)
        {
            var connector = runEnd;
            if (n > 0 && (v.Is(connector, "and") || v.Is(connector, "or") || v.IsPunct(connector, '&'))
                && v.IsCapitalized(connector + 1) && _matcher.Longest(v, connector + 1, end).Entry is null)
            {
                // "Department of Health and Human Services": both sides continue one name.
                runEnd = ReadRun(v, connector + 1, end);
                continue;
            }

            var openOnly = v.Is(connector, "of") || v.Is(connector, "for");
            if (!(openOnly || v.Is(connector, "in") || v.Is(connector, "on") || v.Is(connector, "against")))
            {
                break;
            }

            var next = v.Is(connector + 1, "the") || v.Is(connector + 1, "a") ? connector + 2 : connector + 1;
            if (next >= end || !v.IsCapitalized(next) || EntityLexicon.MonthsAndDays.Contains(v[next]))
            {
                break;
            }

            // "... Council in Geneva" says where the body sits; "... Mission on Myanmar" names it.
            if (v.Is(connector, "in") && _matcher.Longest(v, next, end) is { Entry.Type: EntityType.Location })
            {
                break;
            }

            runEnd = ReadRun(v, next, end);
        }

        return runEnd;
    }

    /// <summary>
    /// Title Case or ALL CAPS lines capitalise every word, so capitals are no evidence there. A line is a
    /// headline when nearly all its longer words are capitalised and it either has no closing full stop
    /// or capitalises a small function word inside ("Massacre Of Protesters").
    /// </summary>
    private static bool IsHeadline(TokenView v, int first, int end)
    {
        int words = 0, capitalised = 0, capitalisedFunctionWords = 0;
        var firstWord = true;
        for (var k = first; k < end; k++)
        {
            if (!v.IsWord(k))
            {
                continue;
            }

            if (v.Tokens[k].Length >= 4)
            {
                words++;
                capitalised += v.IsCapitalized(k) ? 1 : 0;
            }
            else if (!firstWord && v.IsCapitalized(k) && EntityLexicon.FunctionWords.Contains(v[k]) && !v.Is(k - 1, "\""))
            {
                capitalisedFunctionWords++;
            }

            firstWord = false;
        }

        var mostlyCapitals = words >= 4 && capitalised * 5 >= words * 4;
        var closed = end > first && v.IsPunct(end - 1, '.');
        return mostlyCapitals && (!closed || capitalisedFunctionWords > 0 || capitalised == words && words >= 8);
    }
}

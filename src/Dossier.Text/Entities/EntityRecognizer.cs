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

    public IReadOnlyList<string> Requires { get; } = [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<string> Assigns { get; } = [Layers.EntityMentions];

    public void Annotate(Doc doc, CancellationToken cancellationToken = default) =>
        doc.EntityMentions.AddRange(Find(doc.Text, doc.Tokens, doc.Sentences, cancellationToken));

    /// <summary>The entity mentions of a segmented text, in text order (nested mentions after their container).</summary>
    public IReadOnlyList<EntityMention> Find(
        string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, CancellationToken cancellationToken = default)
    {
        var view = new TokenView(text, tokens, sentences);
        var drafts = new List<MentionDraft>();
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ScanSentence(view, sentence.FirstToken, Math.Min(sentence.EndToken, tokens.Count), drafts);
        }

        new RepeatedNameFinder(_gazetteer).AddRepeats(view, drafts);
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
        var extEnd = headline ? runEnd : Extend(v, start, runEnd, end);
        var (gazLength, gazEntry) = _matcher.Longest(v, start, end);
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

            return runEnd;
        }

        if (v.Is(head, "headquarters") || v.Is(head, "airport") || v.Is(head, "prison"))
        {
            var placeEnd = head + 1;
            if (v.Is(placeEnd, "in") && _matcher.Longest(v, placeEnd + 1, end) is { Entry.Type: EntityType.Location } place)
            {
                output.Add(new MentionDraft(placeEnd + 1, placeEnd + 1 + place.Length, EntityType.Location, "gazetteer") { Entry = place.Entry, Nested = true });
                placeEnd += 1 + place.Length;
            }

            output.Add(_rules.Place(v, start, placeEnd, "place-head"));
            return placeEnd;
        }

        if ((v.Is(head, "force") || v.Is(head, "forces")) && !wholeIsGazetteer)
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

    private static bool IsTrailingHead(TokenView v, int head) =>
        EntityLexicon.Institutions.Contains(v[head]) || EntityLexicon.InstitutionModifiers.Contains(v[head])
        || v.Is(head, "headquarters") || v.Is(head, "airport") || v.Is(head, "prison");

    /// <summary>"government of Iraq": a lowercase institution, "of" and a country.</summary>
    private int ScanLowercase(TokenView v, int i, int end, List<MentionDraft> output)
    {
        if (EntityLexicon.Institutions.Contains(v[i]) && v.Is(i + 1, "of")
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
            else if (v.IsWord(j) && (EntityLexicon.Particles.Contains(v[j]) && v.IsCapitalized(j + 1) || HasParticlePrefix(v[j])))
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

            if (!openOnly && _matcher.Longest(v, next, end) is { Entry.Type: EntityType.Location })
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

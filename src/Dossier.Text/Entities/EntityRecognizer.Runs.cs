using Dossier.Text.Model;

namespace Dossier.Text.Entities;

// Where runs of capitalised words start and end, which lines are headlines, and the dateline place.
public sealed partial class EntityRecognizer
{
    /// <summary>Capitalised words, name particles between them ("Omar al-Hashimi", "Jan van der Berg") and "'s" inside a name.</summary>
    private static int ReadRun(TokenView v, int i, int limit)
    {
        var j = i + 1;
        limit = Math.Min(limit, i + MaxRunWords);
        while (j < limit && (v.SpaceOnlyBefore(j) || PluralPossessive(v, j, limit)))
        {
            if (PluralPossessive(v, j, limit))
            {
                j += 2; // "Movement for Human and Peoples' Rights": the apostrophe of a plural owner stays inside the name
                continue;
            }

            if (v.HasHyphen(j) && IsHyphenatedAdjective(v[j]))
            {
                // "Hong Kong-based China Memory Project": "-based" closes what came before.
                break;
            }

            if (v.IsCapitalized(j) && !v.In(j, EntityLexicon.MonthsAndDays))
            {
                j++;
            }
            else if (v.IsWord(j) && (ParticlesThenName(v, j, limit) || (v.HasHyphen(j) && HasParticlePrefix(v[j]))))
            {
                j++;
            }
            else if (v.IsPossessive(j) && v.IsCapitalized(j + 1) && !v.In(j + 1, EntityLexicon.MonthsAndDays))
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

    /// <summary>An apostrophe right after a capitalised plural ("Peoples'"), followed by a capitalised word.</summary>
    private static bool PluralPossessive(TokenView v, int j, int limit) =>
        j + 1 < limit && (v.IsPunct(j, '\'') || v.IsPunct(j, '\u2019')) && v.Tokens[j].Start == v.Tokens[j - 1].End && v.IsCapitalized(j - 1)
        && v[j - 1] is [.., 's'] && v.SpaceOnlyBefore(j + 1) && v.IsCapitalized(j + 1);

    /// <summary>One or more particles followed by a capitalised word ("van der Berg").</summary>
    private static bool ParticlesThenName(TokenView v, int j, int limit)
    {
        var k = j;
        while (k < limit && k - j < 3 && v.IsLowerWord(k) && v.In(k, EntityLexicon.Particles))
        {
            k++;
        }

        return k > j && v.IsCapitalized(k);
    }

    private static bool IsHyphenatedAdjective(ReadOnlySpan<char> word)
    {
        var dash = word.LastIndexOf('-');
        return dash > 0 && dash + 1 < word.Length && char.IsLower(word[dash + 1]) && char.IsUpper(word[0])
            && word[(dash + 1)..] is "based" or "born" or "led" or "backed" or "run" or "owned" or "funded" or "allied";
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
            hasHead |= v.In(k, EntityLexicon.OrganizationHeads);
        }

        if (!hasHead)
        {
            return runEnd;
        }

        for (var n = 0; n < MaxExtensions; n++)
        {
            var connector = runEnd;
            // At the first connector "and" must lead to a head word ("African Union Peace and Security
            // Council"); "Amnesty International and Oxfam" are two bodies.
            if ((v.Is(connector, "and") || v.Is(connector, "or") || v.IsPunct(connector, '&'))
                && v.IsCapitalized(connector + 1) && _matcher.Longest(v, connector + 1, end).Entry is null
                && (n > 0 || EndsInOrganizationHead(v, connector + 1, ReadRun(v, connector + 1, end))))
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
            if (v.Is(next, "former") && next > connector + 1 && v.IsCapitalized(next + 1))
            {
                next++; // "Tribunal for the former Yugoslavia"
            }

            if (next >= end || !v.IsCapitalized(next) || v.In(next, EntityLexicon.MonthsAndDays))
            {
                break;
            }

            // "... Council in Geneva" says where the body sits; "... Mission on Myanmar" names it. A court
            // not known by a name of its own is named by its seat: "the District Court in San Diego".
            var seatNames = v.Is(runEnd - 1, "court") && v.In(runEnd - 2, EntityLexicon.LocalCourts) && n == 0
                && _matcher.Longest(v, start, runEnd).Length != runEnd - start;
            if (v.Is(connector, "in") && _matcher.Longest(v, next, end) is { Entry.Type: EntityType.Location } && !seatNames)
            {
                break;
            }

            var extended = ReadRun(v, next, end);
            if (v.Is(connector, "in") && extended == next + 1 && !v.Is(extended, "of") && !v.Is(extended, "and") && !seatNames)
            {
                break; // "the Tamar Rights Forum in Varn": one word after "in" is where the body sits, known place or not
            }

            runEnd = extended;
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
                if ((words - capitalised) * 5 > words + (end - k - 1))
                {
                    return false; // even if every token left were a capitalised long word, capitals stay under four in five
                }
            }
            else if (!firstWord && v.IsCapitalized(k) && v.In(k, EntityLexicon.FunctionWords) && !v.Is(k - 1, "\""))
            {
                capitalisedFunctionWords++;
            }

            firstWord = false;
        }

        var mostlyCapitals = words >= 4 && capitalised * 5 >= words * 4;
        var closed = end > first && v.IsPunct(end - 1, '.');
        return mostlyCapitals && (!closed || capitalisedFunctionWords > 0 || capitalised == words && words >= 8);
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

    private static bool EndsInOrganizationHead(TokenView v, int start, int end) =>
        end > start && v.In(end - 1, EntityLexicon.OrganizationHeads) && !v.In(end - 1, EntityLexicon.PlaceHeads);

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
}

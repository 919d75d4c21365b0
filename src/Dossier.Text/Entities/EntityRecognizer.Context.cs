using Dossier.Text.Model;

namespace Dossier.Text.Entities;

// Rules that read the words around a name: lowercase heads after it, "government of X", "X-based".
public sealed partial class EntityRecognizer
{
    /// <summary>"Iraqi government", "UN headquarters in Geneva", "Wagner forces": a lowercase head after a name.</summary>
    private int TrailingHead(TokenView v, int start, int runEnd, int end, List<MentionDraft> output)
    {
        var (length, entry) = _matcher.Longest(v, start, runEnd);
        var wholeIsGazetteer = entry is not null && length == runEnd - start;
        var code = runEnd - start == 1 ? _gazetteer.CountryOfDemonym(v[start]) : null;
        code ??= wholeIsGazetteer && entry!.Kind == "country" ? entry.CountryCode : null;
        var head = runEnd;
        if (code is not null)
        {
            var instEnd = v.In(head, EntityLexicon.InstitutionModifiers) && v.IsWord(head + 1) && v.In(head + 1, EntityLexicon.Institutions)
                ? head + 2
                : v.In(head, EntityLexicon.Institutions) ? head + 1 : head;
            if (instEnd > head && instEnd <= end && !(v.IsLowerWord(instEnd) && v.In(instEnd, EntityLexicon.PlaceHeads)))
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

        if (v.In(head, EntityLexicon.TrailingPlaceHeads) && !AllEveryday(v, start, runEnd)
            && !v.In(start, EntityLexicon.Titles))
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

        if (v.Is(head, "administration") && runEnd - start <= 2 && !(wholeIsGazetteer && entry!.Type != EntityType.Person)
            && !v.IsSentenceInitial(start)
            && !v.In(start, EntityLexicon.Titles))
        {
            // "the Trump administration": a government named after its leader.
            output.Add(new MentionDraft(start, head + 1, EntityType.Organization, "suffix"));
            return head + 1;
        }

        if (v.Is(head, "party") && !(runEnd - start == 1 && v.IsSentenceInitial(start)))
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

    private bool AllEveryday(TokenView v, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!v.IsEveryday(k, _gazetteer))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTrailingHead(TokenView v, int head) =>
        v.In(head, EntityLexicon.Institutions) || v.In(head, EntityLexicon.InstitutionModifiers)
        || v.In(head, EntityLexicon.TrailingPlaceHeads) || v.Is(head, "embassy") || v.Is(head, "consulate")
        || v.Is(head, "party");

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

    /// <summary>"government of Iraq": a lowercase institution, "of" and a country.</summary>
    private int ScanLowercase(TokenView v, int i, int end, List<MentionDraft> output)
    {
        if (v.Is(i + 1, "of") && v.In(i, EntityLexicon.Institutions)
            && _matcher.Longest(v, i + 2, end) is { Entry.Kind: "country" } country)
        {
            var stop = i + 2 + country.Length;
            output.Add(new MentionDraft(i, stop, EntityType.Organization, "demonym") { CountryCode = country.Entry!.CountryCode });
            return stop;
        }

        if (v.Is(i + 1, "of") && v.IsCapitalized(i + 2) && v.In(i, EntityLexicon.PlaceNouns)
            && !v.In(i + 2, EntityLexicon.MonthsAndDays))
        {
            // "the village of Kaya", "the department of Loreto": the noun says what the name is.
            var nameEnd = ReadRun(v, i + 2, end);
            var (length, entry) = _matcher.Longest(v, i + 2, nameEnd);
            if (entry is { Type: EntityType.Organization or EntityType.Person })
            {
                return i + 1;
            }

            output.Add(entry is not null && length == nameEnd - i - 2
                ? new MentionDraft(i + 2, nameEnd, EntityType.Location, "gazetteer") { Entry = entry }
                : new MentionDraft(i + 2, nameEnd, EntityType.Location, "place-noun") { PlaceKind = IsSettlement(v, i) ? "city" : "region" });
            return nameEnd;
        }

        if (v.HasHyphen(i) && v[i].StartsWith("al-") && _matcher.Longest(v, i, end) is { Entry: not null } found)
        {
            output.Add(new MentionDraft(i, i + found.Length, found.Entry.Type, "gazetteer") { Entry = found.Entry });
            return i + found.Length;
        }

        return i + 1;
    }

    /// <summary>"a London-based group": the place before "-based", "-born", "-led".</summary>
    private bool AddHyphenPrefixPlace(TokenView v, int i, List<MentionDraft> output)
    {
        if (!v.HasHyphen(i))
        {
            return false; // most capitalised words: no dash to read past
        }

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

    private static bool IsSettlement(TokenView v, int i) =>
        v.Is(i, "village") || v.Is(i, "town") || v.Is(i, "city") || v.Is(i, "hamlet") || v.Is(i, "settlement")
        || v.Is(i, "suburb") || v.Is(i, "township") || v.Is(i, "neighbourhood") || v.Is(i, "neighborhood");
}

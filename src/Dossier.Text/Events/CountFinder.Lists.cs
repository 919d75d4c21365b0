using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>Victims listed one by one without a figure: "a soldier and a police officer were shot dead".</summary>
internal sealed partial class CountFinder
{
    // Words that open one person of a list, first or later ("the chief, his wife and their son").
    // A witness's own kin are listed as "my father and my uncle".
    private static readonly WordSet ListOpeners = new("a an one the his her their its my our");
    private static readonly WordSet Possessives = new("his her their its my our");
    private static readonly WordSet ItemOpeners = new("a an one the his her their its my our");
    private static readonly WordSet Collectives = new(
        "number group crowd total lot handful series family couple band gang team unit convoy village town camp school bus car house home building");

    private static readonly WordSet ItemEnds = new("in at on near from of with by who whom which that while as");

    /// <summary>
    /// The number of people listed as the passive subject of the verb at <paramref name="first"/> ("A guard and a
    /// driver were killed") or as the object of an active one ("killing a boy, the bus driver and a woman"), with the
    /// list's span; null when no list of two or more single people, closed by "and", stands there. For a split phrase
    /// ("took * from the house") the list is looked for in <paramref name="gap"/>, the tokens the "*" stood for.
    /// </summary>
    public static (int Count, TextSpan Span)? ListedVictims(TokenIndex ix, int sentenceFirst, int sentenceEnd, int first, int end, (int First, int End)? gap = null)
    {
        var aux = first - 1;
        while (aux >= sentenceFirst && ix.IsAny(aux, Auxiliaries))
        {
            aux--;
        }

        if (aux < first - 1)
        {
            // The subject opens the sentence or follows "when"/"after" ...: "A guard and a driver were killed".
            var start = aux;
            while (start > sentenceFirst && start > aux - 20 && !ix.IsAny(start - 1, SubjectOpeners) && !IsStop(ix, start - 1))
            {
                start--;
            }

            return Listed(ix, start, aux + 1, ownedKin: true);
        }

        if (gap is var (gapFirst, gapEnd))
        {
            return Listed(ix, gapFirst, gapEnd); // "took my husband and four other men from the house": the object inside the phrase
        }

        var from = ix.Is(end, "of") ? end + 1 : end; // "the killing of a guard and a driver"

        var stop = from;
        while (stop < sentenceEnd && stop < from + 30 && (!IsStop(ix, stop) || GroupItem(ix, stop, sentenceEnd)))
        {
            stop++;
        }

        return Listed(ix, from, stop) ?? SingleObject(ix, from, stop);
    }

    /// <summary>"gunmen killed a police officer in the town": one person as the object of an active verb.</summary>
    private static (int Count, TextSpan Span)? SingleObject(TokenIndex ix, int from, int to)
    {
        if (from < to && ix.Is(from, "another") && (from + 1 == to || ix.IsAny(from + 1, ItemEnds)))
        {
            return (1, ix.SpanOf(from, from + 1)); // "killed one protester and wounded another"
        }

        if (from >= to || !ix.IsAny(from, Singles) || ix.Is(from, "another") || !SingleHead(ix, from + 1, to))
        {
            return null;
        }

        var last = from + 1;
        while (last < to && !IsComma(ix, last) && !ix.Is(last, "and") && !ix.IsAny(last, ItemEnds) && !EndsInIng(ix, last))
        {
            last++;
        }

        // "a journalist and the lawyers who ...": more people follow; "a guard and wounded two others": a second verb.
        if (ix.Is(last, "and") && !(EndsInIng(ix, last + 1) || ix.IsWord(last + 1) && ix.Word(last + 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        if (ix.Is(last, "of") && ix.Is(last - 1, "family") && Usable(ix, last + 1) is var members and >= 0
            && ix.Doc.Quantities[members] is { IsExact: true, Min: >= 2 and <= 30 } family)
        {
            return ((int)family.Min, ix.SpanOf(from, last + 2)); // "killed a family of six"
        }

        // "a number of people", "a crowd": a group, not one person.
        return ix.IsAny(last - 1, Collectives) || ix.Is(last, "of") ? null : (1, ix.SpanOf(from, last));
    }

    private static bool IsStop(TokenIndex ix, int t) =>
        ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] is not (',' or '-') || Usable(ix, t) >= 0;

    /// <summary>Counts the single people listed from <paramref name="from"/>: "a boy, the driver and a woman in a taxi" is three.</summary>
    private static (int Count, TextSpan Span)? Listed(TokenIndex ix, int from, int to, bool ownedKin = false)
    {
        // "Her husband and two sons were killed": as a passive's subject, a kin noun after its owner is one person too
        // (as an object in a witness's words, "They took my husband and my two sons", it is a part of a figure told apart).
        var ownedOne = ownedKin && from < to && (ix.Is(from - 1, "whose") || ix.IsAny(from - 1, Possessives)) && ix.IsAny(from, PersonNouns);
        var count = from < to && (ix.IsAny(from, ListOpeners) && SingleHead(ix, from + 1, to) || ownedOne) ? 1 : SmallGroup(ix, from, to);
        if (count == 0)
        {
            return null;
        }

        var last = from;
        var closed = false;
        for (var t = from + 1; t < to - 1; t++)
        {
            var separator = ix.Is(t, "and") || IsComma(ix, t);
            if (separator && ix.IsAny(t + 1, Partitives))
            {
                return null; // "seven people, among them a nurse and two children": the parts of a counted whole, no list
            }

            var group = !separator ? 0
                : ix.IsAny(t + 1, Possessives) && SmallGroup(ix, t + 2, to) is var owned and > 0 ? owned // "and their three children"
                : !ix.IsAny(t + 1, ItemOpeners) ? SmallGroup(ix, t + 1, to) : 0;
            if (!separator || (!ix.IsAny(t + 1, ItemOpeners) && group == 0))
            {
                if (ix.Is(t, "and") || ix.IsAny(t, ItemEnds))
                {
                    break; // "a guard and wounded two others", "a guard in the town": the list has ended
                }

                continue;
            }

            if (group == 0 && !SingleHead(ix, t + 2, to))
            {
                return null; // "a guard and the drivers": not every item is one person
            }

            count += group > 0 ? group : 1;
            last = t + 1;
            if (ix.Is(t, "and"))
            {
                closed = true;
                break;
            }
        }

        if (!closed)
        {
            return null;
        }

        var lastEnd = last + 1;
        while (lastEnd < to && !IsComma(ix, lastEnd) && !ix.IsAny(lastEnd, ItemEnds) && !EndsInIng(ix, lastEnd))
        {
            lastEnd++;
        }

        return (count, ix.SpanOf(from, lastEnd));
    }

    /// <summary>
    /// "ordered the arrest of Sergeant Ade, Corporal Bassey and Private Obi", "Ana Ruiz, Juan Pons and Eva Sol were
    /// detained": people named in a list closed by "and", counted with the list's span; null when none stands there.
    /// </summary>
    public static (int Count, TextSpan Span)? NamedList(TokenIndex ix, int sentenceFirst, int sentenceEnd, int first, int end)
    {
        var aux = first - 1;
        while (aux >= sentenceFirst && ix.IsAny(aux, Auxiliaries))
        {
            aux--;
        }

        if (aux < first - 1)
        {
            // Backwards from the auxiliary: the last name, "and", then names set off by commas.
            var count = 0;
            var t = aux;
            var start = -1;
            while (AnyPersonEndingAt(ix, t) is { } person)
            {
                count++;
                start = ix.TokensIn(person).First;
                t = start - 1;
                var joiner = count == 1 ? ix.Is(t, "and") : IsComma(ix, t);
                if (!joiner)
                {
                    break;
                }

                t--;
            }

            return count >= 2 && !(ix.Is(start - 1, "and") || IsComma(ix, start - 1) && AnyPersonEndingAt(ix, start - 2) is not null)
                ? (count, ix.SpanOf(start, aux + 1)) : null;
        }

        var u = ix.Is(end, "of") ? end + 1 : end;
        var listed = 0;
        var from = u;
        var known = false;
        while (u < sentenceEnd && NameRunAt(ix, u, ref known) is var after and > 0)
        {
            listed++;
            u = after;
            if (ix.Is(u, "and") && NameRunAt(ix, u + 1, ref known) is var last and > 0)
            {
                // At least one of the names must be known as a person's: "Sergeant Ade, Corporal Bassey and Private Obi".
                var open = ix.Is(last, "and") || IsComma(ix, last) && NameRunAt(ix, last + 1, ref known) > 0;
                return open || !known ? null : (listed + 1, ix.SpanOf(from, last));
            }

            if (!IsComma(ix, u))
            {
                return null;
            }

            u++;
        }

        return null;
    }

    /// <summary>The span of a person mention ending at token <paramref name="t"/>, whatever stands before it; null when none.</summary>
    private static TextSpan? AnyPersonEndingAt(TokenIndex ix, int t)
    {
        if (t < 0 || ix.EntityAt(t) is not (var m and >= 0))
        {
            return null;
        }

        var mention = ix.Doc.EntityMentions[m];
        return mention.Type == EntityType.Person && ix.Tokens[t].End == mention.Span.End ? mention.Span : null;
    }

    /// <summary>
    /// The token after a run of one to five capitalised words at <paramref name="t"/> that names no place or body
    /// ("Sergeant Ade", "Gendarme Ekane Ekane Paul"); -1 when none. Sets <paramref name="person"/> when the run holds a person's name.
    /// </summary>
    private static int NameRunAt(TokenIndex ix, int t, ref bool person)
    {
        var u = t;
        var holdsPerson = false;
        while (u < ix.Count && u < t + 5 && ix.IsWord(u) && ix.IsCapitalised(u))
        {
            if (ix.EntityAt(u) is var m and >= 0)
            {
                if (ix.Doc.EntityMentions[m].Type != EntityType.Person)
                {
                    return -1;
                }

                holdsPerson = true;
            }

            u++;
        }

        person |= holdsPerson;
        return u > t ? u : -1;
    }

    /// <summary>The words from <paramref name="t"/> up to the item's end name one person: the last of them is not a plural.</summary>
    private static bool SingleHead(TokenIndex ix, int t, int to)
    {
        var head = -1;
        for (; t < to && !IsComma(ix, t) && !ix.Is(t, "and") && !ix.IsAny(t, ItemEnds) && !EndsInIng(ix, t); t++)
        {
            head = ix.IsWord(t) ? t : head; // "a 15-year-old player": the head is the last word
        }

        if (head < 0)
        {
            return false;
        }

        var word = ix.Word(head);
        return !(word.Length > 3 && (word[^1] | 0x20) == 's' && (word[^2] | 0x20) != 's');
    }

    private static bool EndsInIng(TokenIndex ix, int t) =>
        ix.IsWord(t) && ix.Word(t).Length > 4 && ix.Word(t).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
}

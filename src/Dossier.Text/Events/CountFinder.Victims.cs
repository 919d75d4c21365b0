using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>A single victim named by the report: "Ana Ruiz was shot dead", "the editor Tomas Berg died".</summary>
internal sealed partial class CountFinder
{
    private static readonly WordSet PassiveLinks = new("was been is");

    private static readonly WordSet SingularPronouns = new("he she");
    private static readonly WordSet VerbAdverbs = new("also later then subsequently reportedly allegedly briefly eventually");

    /// <summary>
    /// The span of a person named right before the verb, as its subject ("Ana Ruiz died") or the subject of its
    /// passive ("Ana Ruiz was killed", "Ana Ruiz had been detained", "Ana Ruiz, a reporter with the local
    /// weekly, was shot"), or a singular pronoun opening the sentence ("She was killed"); null otherwise.
    /// </summary>
    public static TextSpan? NamedVictim(TokenIndex ix, int sentenceFirst, int first)
    {
        var t = first - 1;
        while (t > sentenceFirst && ix.IsAny(t, VerbAdverbs))
        {
            t--; // "was also arrested", "was later killed"
        }

        if (ix.Is(t, "and") && FirstVerbLink(ix, t) is var link and >= 0)
        {
            t = link; // "was beaten and shot dead", "was shot in the chest and died": the second verb shares the subject
        }

        if (ix.IsAny(t, PassiveLinks))
        {
            t--;
            if (ix.Is(t, "had") || ix.Is(t, "has"))
            {
                t--;
            }
        }

        // Only a pronoun that opens the sentence: "said he had been detained", "the night he died" retell an
        // act of someone whose incident is told elsewhere.
        if (t == sentenceFirst && ix.IsAny(t, SingularPronouns))
        {
            return ix.SpanOf(t, t + 1);
        }

        // "Kian was shot dead": a sentence opening with the first name of a person named earlier in full.
        if (t == sentenceFirst && FirstNameOfEarlierPerson(ix, t))
        {
            return ix.SpanOf(t, t + 1);
        }

        // "One man, Karl Moss, died": the name in apposition is the subject's.
        if (IsComma(ix, t) && PersonEndingAt(ix, t - 1) is { } named)
        {
            return named;
        }

        return PersonEndingAt(ix, BeforeApposition(ix, sentenceFirst, t));
    }

    // Words that make a body one person's: "her body", "a body", "the body" (of someone the report named).
    private static readonly WordSet BodyOwners = new("her his a the");

    /// <summary>"her bullet-riddled body was found": one person's body, told by the word that owns it; null otherwise.</summary>
    public static TextSpan? OnesBody(TokenIndex ix, int sentenceFirst, int first)
    {
        if (!ix.Is(first, "body"))
        {
            return null;
        }

        for (var d = first - 1; d >= sentenceFirst && d >= first - 4; d--)
        {
            if (ix.IsAny(d, BodyOwners))
            {
                return ix.SpanOf(d, first + 1);
            }

            if (!ix.IsWord(d) && !InsideWord(ix, d))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// A person named as the object right after an active verb: "agents arrested Ana Ruiz", "gunmen killed
    /// Ana Ruiz, a local reporter"; null when the name opens a list or is a possessive ("Ana Ruiz's son").
    /// </summary>
    public static TextSpan? NamedObject(TokenIndex ix, int end, int sentenceEnd)
    {
        var named = AfterTitle(ix, end, sentenceEnd);
        if (named >= sentenceEnd || ix.EntityAt(named) is not (var mention and >= 0))
        {
            return null;
        }

        var person = ix.Doc.EntityMentions[mention];
        var (start, after) = ix.TokensIn(person.Span);
        if (person.Type != EntityType.Person || start != named || ix.IsAny(after, Alternatives) || ix.Is(after, "'s"))
        {
            return null;
        }

        // "arrested Ana Ruiz, Juan Pons and ...": a name followed by another name is a list.
        return IsComma(ix, after) && ix.EntityAt(after + 1) >= 0 ? null : person.Span;
    }

    /// <summary>
    /// "Khashoggi had been the victim of a deliberate, premeditated execution": the one person who was the act's victim,
    /// with a few words, commas or an opening quotation mark describing the act.
    /// </summary>
    public static TextSpan? VictimOf(TokenIndex ix, int sentenceFirst, int first)
    {
        var t = first - 1;
        while (t > sentenceFirst && first - t <= 6 && (ix.IsWord(t) && !ix.Is(t, "of") || IsComma(ix, t) || ix.IsQuoteMark(t)))
        {
            t--;
        }

        if (!ix.Is(t, "of") || !ix.Is(t - 1, "victim") || !ix.Is(t - 2, "the"))
        {
            return null;
        }

        return NamedVictim(ix, sentenceFirst, t - 2);
    }

    // One person named by what they are, as the object of an act: "shot dead a local councillor".
    private static readonly WordSet PersonNouns = new(
        "man woman child boy girl teenager student pupil activist journalist reporter photographer lawyer farmer teacher doctor " +
        "nurse priest imam monk cleric nun worker trader shopkeeper driver blogger councillor official leader mayor judge " +
        "candidate resident villager civilian protester demonstrator mourner passenger refugee migrant prisoner detainee " +
        "soldier policeman officer guard mother father son daughter husband wife brother sister");

    private static readonly WordSet ObjectBreaks = new("and or of with");

    // Those named as sharing one person's fate, besides the people nouns TriggerJudge.IsPeopleNoun already knows.
    private static readonly WordSet Companions = new("companions colleagues others friends relatives associates sons daughters brothers");

    /// <summary>
    /// "vanished in Laos along with two companions", "was shot dead together with three others": the figure of those who
    /// shared one person's fate, within a few words after the act; -1 when none.
    /// </summary>
    public static int AlongWith(TokenIndex ix, int from, int sentenceEnd)
    {
        for (var t = from; t < sentenceEnd - 2 && t < from + 8; t++)
        {
            if (ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] is not ',')
            {
                return -1;
            }

            if ((ix.Is(t, "along") || ix.Is(t, "together")) && ix.Is(t + 1, "with") && Usable(ix, t + 2) is var q and >= 0)
            {
                var (_, end) = ix.QuantityTokens(q);
                var noun = ix.Is(end, "of") && ix.IsAny(end + 1, Possessives) ? end + 2 : end; // "two of her colleagues"
                var head = ix.Is(noun, "other") ? noun + 1 : noun; // "three other officials"
                return ix.IsAny(head, Companions) || TriggerJudge.IsPeopleNoun(ix, head) ? q : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "shot dead a local councillor outside his house", "abducted a student": one person, with up to two words
    /// before the noun, as the object of an active verb ending at <paramref name="end"/>; not a list or a group
    /// ("a man and two women", "a group of", "a woman with her children").
    /// </summary>
    public static TextSpan? OnePersonObject(TokenIndex ix, int first, int end, int sentenceEnd)
    {
        if (!ix.Is(end, "a") && !ix.Is(end, "an") && !ix.Is(end, "the") || ix.IsAny(first - 1, PassiveLinks))
        {
            return null; // "shot dead a local councillor", "assassinated the mayor"
        }

        for (var t = end + 1; t < sentenceEnd && t <= end + 3 && ix.IsWord(t) && !ix.IsCapitalised(t); t++)
        {
            if (ix.IsAny(t, PersonNouns))
            {
                // "the mayor of Varn" is one person; "a group of", "a man and two women" are not.
                var ofAName = ix.Is(t + 1, "of") && ix.IsCapitalised(t + 2);
                return ix.IsAny(t + 1, ObjectBreaks) && !ofAName || ix.Is(t + 1, "'s") ? null : ix.SpanOf(end, t + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// The "was" of a passive verb phrase of a few words that ends right before the "and" at <paramref name="and"/>
    /// ("was shot in the chest and"), or -1 when a comma or other mark breaks it.
    /// </summary>
    private static int FirstVerbLink(TokenIndex ix, int and)
    {
        for (var u = and - 1; u >= and - 6 && ix.IsWord(u); u--)
        {
            if (u < and - 1 && ix.IsAny(u, PassiveLinks))
            {
                return u;
            }
        }

        return -1;
    }

    private static readonly WordSet Determiners = new("the a an");

    /// <summary>
    /// "arrested the journalist Ana Ruiz", "detained opposition leader Ana Ruiz": the token after a title of up to
    /// three lower-case words before a name, or <paramref name="end"/> itself when no title stands there.
    /// </summary>
    private static int AfterTitle(TokenIndex ix, int end, int sentenceEnd)
    {
        var t = ix.IsAny(end, Determiners) ? end + 1 : end;
        for (var u = t; u < sentenceEnd && u < t + 3 && IsTitleWord(ix, u); u++)
        {
            // "the lawyers of Ana Ruiz", "the journalists Ana Ruiz and ...": a plural names others or a list.
            if (ix.EntityAt(u + 1) >= 0 && !TriggerJudge.IsPlural(ix, u))
            {
                return u + 1;
            }
        }

        return end;
    }

    private static readonly WordSet NotTitleWords = new("of for in at on with from to by and or who whom after before during");

    private static bool IsTitleWord(TokenIndex ix, int t) =>
        ix.IsWord(t) && !ix.IsCapitalised(t) && ix.EntityAt(t) < 0 && ix.QuantityAt(t) < 0 && !ix.IsAny(t, NotTitleWords);

    /// <summary>The span of a person mention that ends at token <paramref name="t"/> and is not the last item of a list.</summary>
    private static TextSpan? PersonEndingAt(TokenIndex ix, int t)
    {
        if (AnyPersonEndingAt(ix, t) is not { } person)
        {
            return null;
        }

        // "Ana Ruiz and two of her sons were killed": a named subject joined to others is counted elsewhere.
        var (start, _) = ix.TokensIn(person);
        return ix.IsAny(start - 1, Alternatives) ? null : person;
    }

    /// <summary>"Ana Ruiz, deputy editor of the weekly, was killed": the token before an apposition that ends at <paramref name="t"/>.</summary>
    private static int BeforeApposition(TokenIndex ix, int sentenceFirst, int t)
    {
        if (!IsComma(ix, t))
        {
            return t < sentenceFirst ? -1 : t;
        }

        for (var u = t - 1; u > sentenceFirst && u > t - 16; u--)
        {
            if (IsComma(ix, u))
            {
                // "Ana Ruiz, 46, a reporter with the weekly, was killed": her age stands in commas before the apposition.
                return IsComma(ix, u - 2) && IsAge(ix, u - 1) ? u - 3 : u - 1;
            }

            if (ix.IsAny(u, Alternatives) && ix.EntityAt(u + 1) >= 0)
            {
                return -1; // "Ana Ruiz, Juan Pons and Eva Sol, all reporters, ...": a list, not one person
            }
        }

        return -1;
    }

    /// <summary>The capitalised word at <paramref name="t"/>, itself no name, opens the name of a person mentioned before it.</summary>
    private static bool FirstNameOfEarlierPerson(TokenIndex ix, int t)
    {
        if (!ix.IsWord(t) || !ix.IsCapitalised(t) || ix.EntityAt(t) >= 0)
        {
            return false;
        }

        var word = ix.Text.AsSpan(ix.Tokens[t].Start, ix.Tokens[t].Length);
        foreach (var mention in ix.Doc.EntityMentions)
        {
            var name = ix.Text.AsSpan(mention.Span.Start, mention.Span.Length);
            if (mention.Type == EntityType.Person && mention.Span.End <= ix.Tokens[t].Start && name.Length > word.Length && name.StartsWith(word, StringComparison.Ordinal) && name[word.Length] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A bare number of years standing alone between commas after a name ("Ana Ruiz, 46,").</summary>
    private static bool IsAge(TokenIndex ix, int t)
    {
        var q = ix.QuantityAt(t);
        if (q < 0 || ix.QuantityTokens(q) != (t, t + 1))
        {
            return false;
        }

        var value = ix.Doc.Quantities[q].Min;
        return value is > 0 and < 120 && ix.Doc.Quantities[q].IsExact && IsComma(ix, t + 1);
    }

    internal static bool IsComma(TokenIndex ix, int t) => t >= 0 && ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] == ',';
}

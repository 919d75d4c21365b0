using Dossier.Text.Events;
using Dossier.Text.Model;

namespace Dossier.Text.Demands;

/// <summary>
/// Finds who speaks or acts in a clause: the subject before a verb, skipping opening adverbials
/// ("In the wake of ...,", "Currently"), auxiliaries and adverbs; a person named there wins over an
/// organisation, an organisation over a bare noun phrase. Pronouns are left to the caller. Stateless.
/// </summary>
internal sealed partial class SpeakerFinder
{
    private const int MaxSubjectReach = 40;

    private static readonly WordSet OpeningWords = new(
        "in on at during after following before meanwhile currently earlier later today yesterday since " +
        "firstly secondly thirdly finally moreover furthermore however also then now recently " +
        "separately additionally and but so therefore as for with amid despite outside inside near across throughout behind beside within around under");

    private static readonly WordSet OpeningAdverbs = new(
        "meanwhile currently earlier later today yesterday firstly secondly thirdly finally moreover furthermore " +
        "however also then now recently separately additionally and but so therefore");

    private static readonly WordSet SubjectEnd = new(
        "also strongly openly repeatedly again further then already had has have are is were was been will " +
        "would could should must can may jointly once still today yesterday recently who which that to " +
        "said says told added called calling calls urged urging urge urges demanded demanding demand demands " +
        "appealed asked want wants launched condemned criticised criticized emphasized emphasised stressed " +
        "therefore hereby thus accordingly went came took poured gathered marched rallied assembled protested demonstrated");

    // Verbs that end a subject only before their object ("held a vigil", "blocked the road"): "people held in Evin" and
    // "the occupied West Bank" go on.
    private static readonly WordSet HoldingVerbs = new("held staged organised organized blocked occupied");

    // "dozens of mothers and wives": a vague figure before the people is no part of their name.
    private static readonly WordSet VagueFigures = new("dozens hundreds thousands scores tens");

    private static readonly WordSet Imperatives = new("write send call email e-mail contact sign join tell ask urge please");

    private static readonly WordSet Existentials = new("there here");
    private static readonly WordSet Leading = new("the a an other some");
    private static readonly WordSet Prepositions = new("of in at from for on with near inside across around");

    private static readonly WordSet Relatives = new("who which whose whom");
    private static readonly WordSet ClauseJoins = new("while whereas but");
    private static readonly WordSet Subordinators = new("after when because since as before until");

    public static readonly WordSet Pronouns = new("he she they we i it who which you");

    /// <summary>The subject's token range before <paramref name="verb"/>, searched from <paramref name="from"/>.</summary>
    public (int First, int End) SubjectBefore(TokenIndex ix, int from, int verb)
    {
        from = Math.Max(from, verb - MaxSubjectReach); // a subject is never further back than this
        if (verb > from && Pronouns.Contains(ix.Word(verb - 1)))
        {
            return (verb - 1, verb);
        }

        from = ClauseFrom(ix, from, verb);
        if (ix.IsAny(from, Imperatives) && ix.IsCapitalised(from))
        {
            return (verb, verb); // "Write to the prosecutor urging him to ...": the reader is asked, in the report's own voice
        }

        // The segment that names a person (not "Haque's widow" but "Ayesha Begum" after it), else the first
        // that names a body, else the first that is not an opening phrase ("At the conference, held on ...,
        // Mrs Rajavi urged"); appositions like "supported by X" and relative clauses are not the subject.
        (int, int)? plain = null;
        (int First, int End, int Rank) best = (0, 0, 0);
        var segmentStart = from;
        for (var t = from; t <= verb; t++)
        {
            if (t == verb || IsComma(ix, t) || ix.Is(t, "-"))
            {
                var first = segmentStart;
                if (t == verb && plain is null && best.Rank == 0 && IsOpening(ix, first, t))
                {
                    first = SkipOpening(ix, first, t); // "Earlier today MSF asked": the subject after the adverbials
                }

                if (t > first && !IsOpening(ix, first, t) && !(plain is not null && (IsAside(ix, first) || DescribesNamed(ix, plain.Value, first))))
                {
                    var rank = PersonHeadIn(ix, first, t) ? 2 : NameFollows(ix, first, t) ? 1 : 0;
                    if (rank > best.Rank)
                    {
                        best = (first, t, rank);
                    }

                    plain ??= Trim(ix, first, t);
                }

                segmentStart = t + 1;
            }
        }

        return best.Rank > 0 ? Trim(ix, best.First, best.End) : plain ?? (verb, verb);
    }

    /// <summary>The names a subject phrase stands for: a person, else an organisation, else the phrase.</summary>
    public ExtractedName? Resolve(TokenIndex ix, int first, int end)
    {
        if (end <= first)
        {
            return null;
        }

        ExtractedName? org = null;
        ExtractedName? possessor = null;
        for (var t = first; t < end; t++)
        {
            var m = ix.EntityAt(t);
            if (m < 0)
            {
                continue;
            }

            var type = ix.Doc.EntityMentions[m].Type;
            if (type == EntityType.Person)
            {
                if (!IsPossessive(ix, ix.MentionTokens(m).End))
                {
                    return NameResolver.FromMention(ix, m);
                }

                possessor ??= NameResolver.FromMention(ix, m);
                continue;
            }

            if (type == EntityType.Organization)
            {
                if (org is null && OfficeOf(ix, first, end, m) is { } office)
                {
                    org = office;
                    continue;
                }

                org ??= NameResolver.FromMention(ix, m);
            }
            else if (type == EntityType.Location && org is null && ix.Is(ix.MentionTokens(m).End, "and"))
            {
                org = NameResolver.FromMention(ix, m); // "The United States and the European Union have called": the first of the two
            }
        }

        if ((org ?? possessor) is { } named)
        {
            return named;
        }

        if (end - first == 1 && Pronouns.Contains(ix.Word(first)))
        {
            return null;
        }

        var title = ix.Is(first, "the") ? first + 1 : first;
        if (end - title == 1 && ix.IsAny(title, Titles) && ix.Is(title - 1, "the") && TitledEarlier(ix, title - 1, title) is { } titled)
        {
            return titled; // "the president asked the country to stay calm", after "President Lugo accepted ..."
        }

        var text = ix.TextOf(first, end);
        var head = Head(ix, first, end);
        return new ExtractedName(text)
        {
            Aliases = head is { } h && !h.Equals(text, StringComparison.OrdinalIgnoreCase) ? [h] : [],
            Spans = [ix.SpanOf(first, end)],
        };
    }

    private static readonly WordSet Titles = new(
        "president king queen governor mayor minister premier chancellor emir sultan commander general prosecutor judge rapporteur");

    /// <summary>The person last named with the title before <paramref name="before"/> ("President Lugo"), or null.</summary>
    private static ExtractedName? TitledEarlier(TokenIndex ix, int before, int title)
    {
        var mentions = ix.Doc.EntityMentions;
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            var (mFirst, _) = ix.MentionTokens(m);
            if (mFirst >= before || mentions[m].Type != EntityType.Person)
            {
                continue;
            }

            if (ix.Word(mFirst).Equals(ix.Word(title), StringComparison.OrdinalIgnoreCase)
                || mFirst > 0 && ix.Word(mFirst - 1).Equals(ix.Word(title), StringComparison.OrdinalIgnoreCase))
            {
                return NameResolver.FromMention(ix, m);
            }
        }

        return null;
    }

    private static string? Head(TokenIndex ix, int first, int end)
    {
        // "residents of Camp Liberty" -> "residents": the word before the first preposition.
        for (var t = first + 1; t < end; t++)
        {
            if (ix.IsAny(t, Prepositions) || ix.Is(t, "'s"))
            {
                return ix.IsWord(t - 1) ? ix.Word(t - 1).ToString() : null;
            }
        }

        return end - first > 1 && ix.IsWord(end - 1) ? ix.Word(end - 1).ToString() : null;
    }

    private static (int, int) Trim(TokenIndex ix, int first, int end)
    {
        if (ix.IsAny(first, Existentials) && (ix.Is(first + 1, "was") || ix.Is(first + 1, "were") || ix.Is(first + 1, "is") || ix.Is(first + 1, "are")))
        {
            first += 2;
            while (first < end && (ix.Is(first, "also") || ix.Is(first, "then")))
            {
                first++;
            }
        }

        while (first < end && (ix.IsAny(first, Leading) || ix.Word(first).EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !ix.IsCapitalised(first)))
        {
            first++;
        }

        if (first + 2 < end && ix.IsAny(first, VagueFigures) && ix.Is(first + 1, "of"))
        {
            first += 2;
        }

        for (var t = first + 1; t < end; t++)
        {
            if (ix.DateAt(t) >= 0 && !NameFollows(ix, t, end))
            {
                // "International rights groups on Saturday urged": the date is not part of the name.
                return (first, ix.Is(t - 1, "on") || ix.Is(t - 1, "last") || ix.Is(t - 1, "in") ? t - 1 : t);
            }

            var word = ix.Word(t);
            if (ix.IsAny(t, SubjectEnd) || ix.IsAny(t, HoldingVerbs) && ix.IsAny(t + 1, Leading) || (ix.IsWord(t) && word.Length > 3 && word.EndsWith("ly", StringComparison.Ordinal) && !ix.IsCapitalised(t)))
            {
                return (first, t);
            }
        }

        return (first, end);
    }

    private static bool NameFollows(TokenIndex ix, int from, int end)
    {
        for (var t = from; t < end; t++)
        {
            if (ix.EntityAt(t) is var m and >= 0 && ix.Doc.EntityMentions[m].Type != EntityType.Location)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOpening(TokenIndex ix, int first, int end) =>
        ix.IsAny(first, OpeningWords)
        || (!ix.IsCapitalised(first) && ix.Word(first).EndsWith("ed", StringComparison.Ordinal) && !NameFollows(ix, first, end))
        || ix.DateAt(first) >= 0
        || (end - first == 1 && ix.Word(first).EndsWith("ly", StringComparison.OrdinalIgnoreCase));

    private static bool IsPossessive(TokenIndex ix, int t) => ix.Is(t, "'s") || ix.Is(t, "\u2019s");

    private static bool IsComma(TokenIndex ix, int t) => ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] is ',' or ';';

    public static bool IsQuoteOrColon(TokenIndex ix, int t) => ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] is ':' or '"';
}

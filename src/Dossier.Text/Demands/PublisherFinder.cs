using Dossier.Text.Events;
using Dossier.Text.Model;

namespace Dossier.Text.Demands;

/// <summary>
/// Finds the organisation that publishes a report, from its header or signature line ("PRESS RELEASE -
/// Meridian Human Rights Network", "Caspian Labour Monitor - commentary", "- Southeast Asia Press
/// Freedom Monitor") or from "the undersigned organisations, members of X". "We" in the report's own
/// voice is this organisation. Stateless.
/// </summary>
internal static class PublisherFinder
{
    private const int MaxLineTokens = 12;
    private const int MaxNameWords = 6; // longer capitalised lines are headlines
    private const int MaxHeadlineTokens = 40;

    private static readonly WordSet GenreWords = new(
        "press release statement joint commentary briefing bulletin op-ed op ed editorial news update report " +
        "analysis opinion media advisory alert urgent action appeal public brief letter open for immediate " +
        "freedom");

    private static readonly WordSet SmallWords = new("of for and the on in de to at");

    public static ExtractedName? Find(TokenIndex ix)
    {
        var paragraphs = ix.Doc.Paragraphs;
        var candidates = Enumerable.Range(0, Math.Min(3, paragraphs.Count))
            .Concat(Enumerable.Range(Math.Max(3, paragraphs.Count - 2), Math.Min(2, Math.Max(0, paragraphs.Count - 3))))
            .Where(p => LineTokens(ix, paragraphs[p]) is var (f, e) && e - f is > 0 and <= MaxLineTokens)
            .ToList();

        // A byline names the publisher outright: "By the editorial board of the Northbridge Monitor".
        foreach (var p in candidates)
        {
            var (first, end) = LineTokens(ix, paragraphs[p]);
            for (var t = first; t < end && t < first + 3; t++)
            {
                if (ix.Is(t, "by") && (Byline(ix, t + 1, end) ?? Board(ix, t + 1, end) ?? SignedBy(ix, t, end)) is { } name)
                {
                    return name;
                }
            }
        }

        foreach (var p in candidates)
        {
            var (first, end) = LineTokens(ix, paragraphs[p]);

            var partStart = first;
            for (var t = first; t <= end; t++)
            {
                if (t == end || IsSeparator(ix, t))
                {
                    if (Part(ix, partStart, t) is { } name)
                    {
                        return name;
                    }

                    partStart = t + 1;
                }
            }
        }

        return Signature(ix, paragraphs) ?? Undersigned(ix);
    }

    /// <summary>The tokens of a header line up to a web address in it ("... - UA 04/23 - https://..."), which names no one.</summary>
    private static (int First, int End) LineTokens(TokenIndex ix, TextSpan line)
    {
        var (first, end) = ix.TokensIn(line);
        var web = ix.Text.AsSpan(line.Start, line.Length).IndexOf("http", StringComparison.Ordinal);
        if (web < 0)
        {
            return (first, end);
        }

        var cut = first;
        while (cut < end && ix.Tokens[cut].Start < line.Start + web)
        {
            cut++;
        }

        while (cut > first && IsSeparator(ix, cut - 1))
        {
            cut--; // the dash before the address
        }

        return (first, cut);
    }

    private static ExtractedName? Signature(TokenIndex ix, IReadOnlyList<TextSpan> paragraphs)
    {
        // "Yemen: Strike on school bus must be investigated - Children in Conflict Alliance": a long
        // headline signed by the body after its last dash.
        for (var p = 0; p < Math.Min(3, paragraphs.Count); p++)
        {
            var (first, end) = ix.TokensIn(paragraphs[p]);
            if (end - first > MaxHeadlineTokens)
            {
                continue;
            }

            var last = end - 1;
            while (last > first && !(IsSeparator(ix, last) && ix.Text[ix.Tokens[last].Start] == '-'))
            {
                last--;
            }

            var m = last > first ? ix.EntityAt(last + 1) : -1;
            if (m >= 0 && ix.Doc.EntityMentions[m].Type == EntityType.Organization && ix.MentionTokens(m).End >= end - 1)
            {
                return NameResolver.FromMention(ix, m);
            }
        }

        return null;
    }

    private static readonly WordSet SignerNouns = new("organisations organizations groups ngos members signatories associations unions");

    /// <summary>"Signed by eleven humanitarian and human rights organisations.": the signers, described rather than named.</summary>
    private static ExtractedName? SignedBy(TokenIndex ix, int by, int end)
    {
        var last = end;
        while (last > by + 1 && ix.IsPunctuation(last - 1))
        {
            last--;
        }

        return ix.Is(by - 1, "signed") && last > by + 1 && ix.IsAny(last - 1, SignerNouns)
            ? new ExtractedName(ix.TextOf(by + 1, last)) { Spans = [ix.SpanOf(by + 1, last)] }
            : null;
    }

    private static readonly WordSet BoardWords = new("board editors");

    /// <summary>"By the editorial board", "By the editors": an unnamed board that speaks as "we".</summary>
    private static ExtractedName? Board(TokenIndex ix, int first, int end)
    {
        var t = ix.Is(first, "the") || ix.Is(first, "our") ? first + 1 : first;
        if (ix.Is(t, "editorial") && ix.Is(t + 1, "board") && t + 2 == end)
        {
            return new ExtractedName("editorial board") { Spans = [ix.SpanOf(t, t + 2)] };
        }

        return ix.IsAny(t, BoardWords) && t + 1 == end ? new ExtractedName(ix.Word(t).ToString()) { Spans = [ix.SpanOf(t, t + 1)] } : null;
    }

    private static ExtractedName? Byline(TokenIndex ix, int first, int end)
    {
        // The longest run of capitalised words (with "of", "and" inside) after "by".
        var (bestFirst, bestEnd) = (0, 0);
        for (var t = first; t < end; t++)
        {
            if (!ix.IsCapitalised(t) || !ix.IsWord(t))
            {
                continue;
            }

            var stop = t + 1;
            while (stop < end && ix.IsWord(stop) && (ix.IsCapitalised(stop) || (ix.IsAny(stop, SmallWords) && ix.IsCapitalised(stop + 1))))
            {
                stop++;
            }

            if (stop - t > bestEnd - bestFirst)
            {
                (bestFirst, bestEnd) = (t, stop);
            }

            t = stop;
        }

        if (bestEnd - bestFirst < 2)
        {
            return null;
        }

        var m = ix.EntityAt(bestFirst);
        return m >= 0 && ix.Doc.EntityMentions[m].Type == EntityType.Organization
            ? NameResolver.FromMention(ix, m)
            : new ExtractedName(ix.TextOf(bestFirst, bestEnd)) { Spans = [ix.SpanOf(bestFirst, bestEnd)] };
    }

    private static readonly WordSet IssuingVerbs = new("issued published released circulated distributed");

    private static ExtractedName? Part(TokenIndex ix, int first, int end)
    {
        if (end - first > 2 && ix.IsAny(first, IssuingVerbs) && ix.Is(first + 1, "by"))
        {
            first += 2; // "Issued by Steppe Rights Watch - UA 04/23"
        }

        if (end <= first)
        {
            return null;
        }

        var m = ix.EntityAt(first);
        if (m >= 0 && ix.Doc.EntityMentions[m].Type == EntityType.Organization && ix.MentionTokens(m).End >= end)
        {
            return NameResolver.FromMention(ix, m);
        }

        var capitalised = 0;
        var named = false;
        for (var t = first; t < end; t++)
        {
            if (!ix.IsWord(t))
            {
                return null;
            }

            if (ix.IsCapitalised(t))
            {
                capitalised++;
                named |= !ix.IsAny(t, GenreWords);
            }
            else if (!ix.IsAny(t, SmallWords))
            {
                return null; // a headline or a sentence, not a name
            }
        }

        if (!named || end - first > MaxNameWords)
        {
            return null; // "PRESS RELEASE", "JOINT STATEMENT"
        }

        if (!HasBodyHead(ix, first, end) && !NamesSomeone(ix, first, end) && (AllCapitals(ix, first, end) || OnlyTitles(ix, first, end)))
        {
            return null; // "HUMAN RIGHTS LAWYER HELD INCOMMUNICADO", "Prosecutor General": a headline or an addressee, not a body
        }

        return capitalised >= 2 ? new ExtractedName(ix.TextOf(first, end)) { Spans = [ix.SpanOf(first, end)] } : null;
    }

    private static bool AllCapitals(TokenIndex ix, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            foreach (var c in ix.Word(t))
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>"Prosecutor General", "Minister of Justice": an office a letter is addressed to.</summary>
    private static bool OnlyTitles(TokenIndex ix, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            var word = ix.Word(t);
            if (!Entities.EntityLexicon.Titles.Contains(word) && !Entities.EntityLexicon.TitleModifiers.Contains(word) && !ix.IsAny(t, SmallWords))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A person or a known body is named in the line ("Spokesperson ...: Elena Marsh").</summary>
    private static bool NamesSomeone(TokenIndex ix, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (ix.EntityAt(t) is var m and >= 0 && ix.Doc.EntityMentions[m].Type is EntityType.Person or EntityType.Organization)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasBodyHead(TokenIndex ix, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (Entities.EntityLexicon.OrganizationHeads.Contains(ix.Word(t)))
            {
                return true;
            }
        }

        return false;
    }

    private static ExtractedName? Undersigned(TokenIndex ix)
    {
        for (var t = 0; t < ix.Count && t < 400; t++)
        {
            if (!ix.Is(t, "undersigned"))
            {
                continue;
            }

            for (var u = t + 1; u < ix.Count && u < t + 12; u++)
            {
                var m = ix.EntityAt(u);
                if (m >= 0 && ix.Doc.EntityMentions[m].Type == EntityType.Organization)
                {
                    return NameResolver.FromMention(ix, m);
                }
            }
        }

        return null;
    }

    private static bool IsSeparator(TokenIndex ix, int t) =>
        ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] is '-' or '|' or ':' or '/';
}

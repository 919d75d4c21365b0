using Dossier.Text.Lexicons;
using Dossier.Text.Model;
using Dossier.Text.Pipeline;
using Dossier.Text.Segmentation;

namespace Dossier.Text.Quantities;

/// <summary>
/// Finds figures and what they count: digits, number words, vague amounts as conventional ranges,
/// approximations ("more than 100,000" is 100000, flagged approximate), sums of parts tied by "and"
/// ("six women and one man" is 7), and the head noun each counts. Numbers inside dates, ordinals and
/// identifiers ("Resolution 2231", "10:30") are left out; percentages, money, ages and measures are
/// kept but marked with their <see cref="QuantityKind"/>.
/// </summary>
public sealed class QuantityRecognizer : IPipelineComponent
{
    public string Name => "quantities";

    public IReadOnlyList<string> Requires { get; } = [Layers.Tokens, Layers.Sentences, Layers.Dates];

    public IReadOnlyList<string> Assigns { get; } = [Layers.Quantities];

    public void Annotate(Doc doc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(doc);
        doc.Quantities.AddRange(Find(doc.Text, doc.TokenArray(), WordKeys.For(doc), doc.Sentences, doc.Dates, cancellationToken));
    }

    /// <summary>The quantities in the text, in order, never overlapping each other or a date mention.</summary>
    public static List<QuantityMention> Find(
        string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<DateMention> dates,
        CancellationToken cancellationToken = default)
    {
        var array = tokens as Token[] ?? [.. tokens];
        return Find(text, array, new WordKeys(text, array), sentences, dates, cancellationToken);
    }

    /// <summary>As above, with the document's shared <paramref name="keys"/> (which know each token's shape).</summary>
    private static List<QuantityMention> Find(
        string text, Token[] tokens, WordKeys keys, IReadOnlyList<Sentence> sentences, IReadOnlyList<DateMention> dates,
        CancellationToken cancellationToken)
    {
        var r = new TokenReader(text, tokens);
        var all = r.AllTokens; // every token passes here: read them as a span, not through the list interface
        var found = new List<QuantityMention>();
        var date = 0;
        var sentence = 0;
        for (var k = 0; k < all.Length; k++)
        {
            if ((k & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var token = all[k];
            if (token.Kind is not (TokenKind.Number or TokenKind.Word)
                || token.Kind == TokenKind.Word && !(QuantityLexicon.MayStartFigure(keys[k], keys.ShapeOf(k))
                    && QuantityLexicon.MayStartFigure(text.AsSpan(token.Start, token.Length), keys.HasHyphen(k))))
            {
                continue;
            }

            while (date < dates.Count && dates[date].Span.End <= token.Start)
            {
                date++;
            }

            if (date < dates.Count && dates[date].Span.Start < token.End)
            {
                continue; // part of a date, a duration or an anniversary
            }

            while (sentence < sentences.Count && sentences[sentence].EndToken <= k)
            {
                sentence++;
            }

            var limit = sentence < sentences.Count ? sentences[sentence].EndToken : all.Length;
            var dateStart = date < dates.Count ? dates[date].Span.Start : int.MaxValue;
            if (!NumberPhraseParser.TryParse(r, k, out var phrase) || EndsInside(r, phrase, dateStart) || QuantityContext.IsIdentifier(r, phrase))
            {
                continue;
            }

            phrase = WithRangeEnd(r, phrase, dateStart);
            var mention = Describe(r, phrase, limit, out var nounToken);
            if (mention.Kind == QuantityKind.Count && !mention.Vague && nounToken >= 0
                && TrySum(r, mention, nounToken, limit, dateStart, out var sum, out var sumEnd))
            {
                found.Add(sum);
                k = sumEnd - 1;
                continue;
            }

            found.Add(mention);
            k = phrase.End - 1;
        }

        return found;
    }

    // "between 60,000 and 100,000 people", "from 20 to 30 students": one figure with two ends.
    private static NumberPhrase WithRangeEnd(TokenReader r, NumberPhrase phrase, int dateStart)
    {
        if (phrase.Vague || phrase.Min != phrase.Max || !r.IsAny(phrase.First - 1, "between", "from") || !r.IsAny(phrase.End, "and", "to")
            || !NumberPhraseParser.TryParse(r, phrase.End + 1, out var upper) || upper.Vague || upper.Min <= phrase.Min
            || r.AllTokens[upper.End - 1].End > dateStart)
        {
            return phrase;
        }

        return phrase with { End = upper.End, Max = upper.Max, Decimal = phrase.Decimal || upper.Decimal };
    }

    private static bool EndsInside(TokenReader r, NumberPhrase phrase, int dateStart) =>
        r.AllTokens[phrase.End - 1].End > dateStart;

    private static QuantityMention Describe(TokenReader r, NumberPhrase phrase, int limit, out int nounToken)
    {
        var kind = QuantityContext.KindOf(r, phrase);
        var qualifier = QuantityContext.Qualifier(r, phrase.First);
        TextSpan? noun = null;
        nounToken = -1;
        if (kind == QuantityKind.Count)
        {
            noun = QuantityContext.HeadNoun(r, phrase, limit, out nounToken);
        }

        return new QuantityMention(r.SpanOf(phrase.First, phrase.End - 1), phrase.Min, phrase.Max)
        {
            Kind = kind,
            Vague = phrase.Vague,
            Approximate = qualifier is not null || phrase.Min != phrase.Max && !phrase.Vague,
            Qualifier = qualifier,
            Noun = noun,
        };
    }

    /// <summary>Nouns that count acts or harms, not people: figures of two of them are not parts of one sum.</summary>
    private static bool IsActNoun(TokenReader r, int t) =>
        r.IsAny(t, "deaths", "injuries", "injured") || r.IsAny(t, "wounded", "arrests", "detentions") || r.IsAny(t, "killings", "attacks", "executions")
        || r.IsAny(t, "abductions", "disappearances", "cases") || r.IsAny(t, "incidents", "homes", "houses")
        || r.IsAny(t, "events", "fatalities", "casualties") || r.IsAny(t, "deaths", "strikes", "raids");

    /// <summary>The number of words of a qualifier ("at least", "more than", "about") starting at <paramref name="k"/>: 0, 1 or 2.</summary>
    private static int QualifierAhead(TokenReader r, int k) =>
        r.IsWord(k) && r.IsWord(k + 1) && QuantityLexicon.IsQualifierPair(r.Span(k), r.Span(k + 1)) ? 2
        : r.IsWord(k) && QuantityLexicon.IsQualifier(r.Bare(k)) ? 1
        : 0;

    // "six women and one man", "three men, two women and a boy": exact counts with nouns, joined by commas and "and".
    private static bool TrySum(TokenReader r, QuantityMention first, int nounToken, int limit, int dateStart, out QuantityMention sum, out int end)
    {
        sum = first;
        end = nounToken + 1;
        var total = first.Min;
        var parts = 1;
        var closedByAnd = false;
        var j = nounToken + 1;
        while (j < limit && (r.Is(j, "and") || r.IsPunct(j, ',')))
        {
            var isAnd = r.Is(j, "and");
            var partFirst = j + 1 + QualifierAhead(r, j + 1); // "nine soldiers and at least 20 militants": the part may be hedged
            if (!NumberPhraseParser.TryParse(r, partFirst, out var part) || part.Min != part.Max || r.AllTokens[part.End - 1].End > dateStart && r.AllTokens[partFirst].Start < dateStart + 1)
            {
                break;
            }

            var next = Describe(r, part, limit, out var nextNoun);
            if (next.Kind != QuantityKind.Count || next.Vague || nextNoun < 0 || r.Is(part.End, "of"))
            {
                break; // "seven patients, three of them children" names a subset, not a further part
            }

            if (IsActNoun(r, nounToken) || IsActNoun(r, nextNoun))
            {
                break; // "12 deaths and 40 injuries" counts two kinds of harm, not one group of people
            }

            total += next.Min;
            parts++;
            j = nextNoun + 1;
            if (isAnd)
            {
                closedByAnd = true;
                end = nextNoun + 1;
                break;
            }
        }

        if (parts < 2 || !closedByAnd)
        {
            return false;
        }

        sum = first with { Span = new TextSpan(first.Span.Start, r.AllTokens[end - 1].End), Min = total, Max = total, IsSum = true };
        return true;
    }
}

using Dossier.Text.Model;

namespace Dossier.Text.Pipeline;

/// <summary>
/// One document flowing through the pipeline. It owns the text; every layer is a list of spans into it
/// that one component assigns and later components read. <see cref="Text"/> is the normalised text and
/// has exactly the length of <see cref="Original"/>: normalisation maps character for character, so an
/// offset into one is the same offset into the other (the offset map is the identity).
/// </summary>
public sealed class Doc
{
    private readonly HashSet<string> _assigned = new(StringComparer.Ordinal);

    public Doc(string original, DateOnly? givenPublished = null)
    {
        ArgumentNullException.ThrowIfNull(original);
        Original = original;
        Text = original;
        GivenPublished = givenPublished;
    }

    /// <summary>The document text exactly as given; spans point into it.</summary>
    public string Original { get; }

    /// <summary>The normalised text (quotes, dashes, spaces folded), same length as <see cref="Original"/>.</summary>
    public string Text { get; internal set; }

    /// <summary>A publication date supplied from outside the text (metadata, <c>--published</c>).</summary>
    public DateOnly? GivenPublished { get; }

    public List<TextSpan> Paragraphs { get; } = [];

    public List<Token> Tokens { get; } = [];

    public List<Sentence> Sentences { get; } = [];

    /// <summary>The dateline ("GENEVA, 14 March 2019 –"), if the report opens with one.</summary>
    public TextSpan? Dateline { get; set; }

    public List<DateMention> Dates { get; } = [];

    public DocumentDate? Published { get; set; }

    public List<QuantityMention> Quantities { get; } = [];

    public List<EntityMention> EntityMentions { get; } = [];

    public List<Entity> Entities { get; } = [];

    public List<ExtractedEvent> Events { get; } = [];

    public List<ExtractedDemand> Demands { get; } = [];

    /// <summary>The layers assigned so far (see <see cref="Layers"/>).</summary>
    public IReadOnlySet<string> Assigned => _assigned;

    internal void MarkAssigned(IEnumerable<string> layers)
    {
        foreach (var layer in layers)
        {
            _assigned.Add(layer);
            if (layer is not (Layers.Events or Layers.Demands))
            {
                // The index is derived from the text and the token, sentence, date, quantity and entity
                // layers; a component that assigns any of those may have changed what it was built from.
                SharedTokenIndex = null;
            }
        }
    }

    /// <summary>
    /// The token index the event and demand extractors both read, built once per document (see
    /// <see cref="Events.TokenIndex.For"/>); dropped whenever a layer it is derived from is assigned.
    /// </summary>
    internal Events.TokenIndex? SharedTokenIndex { get; set; }

    /// <summary>The tokens' look-up keys, computed once per document (see <see cref="Lexicons.WordKeys.For"/>).</summary>
    internal Lexicons.WordKeys? SharedWordKeys { get; set; }

    /// <summary>
    /// The tokens as an array, shared by the components that read every token (through a list's interface
    /// each read is a call). Copied once per document, and again only when the text or the number of tokens
    /// changed (tokens edited by hand), as <see cref="Lexicons.WordKeys.For"/> is rebuilt.
    /// </summary>
    internal Token[] TokenArray()
    {
        if (_tokenArray is null || !ReferenceEquals(_tokenArrayText, Text) || _tokenArray.Length != Tokens.Count)
        {
            _tokenArray = [.. Tokens];
            _tokenArrayText = Text;
        }

        return _tokenArray;
    }

    /// <summary>Takes <paramref name="tokens"/>, a copy of <see cref="Tokens"/> just made, as the array <see cref="TokenArray"/> gives.</summary>
    internal void ShareTokenArray(Token[] tokens)
    {
        _tokenArray = tokens;
        _tokenArrayText = Text;
    }

    private Token[]? _tokenArray;
    private string? _tokenArrayText;

    public string TextOf(TextSpan span) => Text.Substring(span.Start, span.Length);

    public string OriginalOf(TextSpan span) => Original.Substring(span.Start, span.Length);
}

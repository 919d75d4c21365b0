namespace Dossier.Text.Model;

/// <summary>
/// What one report says, as the pipeline read it: the report's date, its incidents, the named entities
/// and the demands. Every figure carries the span(s) of text it came from. Immutable.
/// </summary>
public sealed record ExtractionResult(
    string Pipeline,
    DocumentDate? Published,
    IReadOnlyList<ExtractedEvent> Events,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<ExtractedDemand> Demands);

/// <summary>
/// One incident the report states or mentions: the primary act <see cref="Type"/>, other act types in
/// the same incident, and its arguments, each with provenance. Immutable.
/// </summary>
public sealed record ExtractedEvent(string Type)
{
    public IReadOnlyList<string> Also { get; init; } = [];

    public DateValue? Date { get; init; }

    public TextSpan? DateSpan { get; init; }

    public ExtractedName? Location { get; init; }

    public string? CountryCode { get; init; }

    public IReadOnlyList<ExtractedName> Perpetrators { get; init; } = [];

    public string? Victims { get; init; }

    /// <summary>Keys: killed, injured, abducted, arrested, displaced, executed, participants.</summary>
    public IReadOnlyDictionary<string, ExtractedCount> Counts { get; init; } = new Dictionary<string, ExtractedCount>();

    /// <summary>The sentence(s) that state the incident; the first is the main evidence.</summary>
    public IReadOnlyList<TextSpan> Evidence { get; init; } = [];

    /// <summary>The trigger words ("killed", "massacre", "abducting").</summary>
    public IReadOnlyList<TextSpan> Triggers { get; init; } = [];
}

/// <summary>A name as the report gives it, linked to a document entity when one matches. Immutable.</summary>
public sealed record ExtractedName(string Name)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<TextSpan> Spans { get; init; } = [];

    /// <summary>Index into <see cref="ExtractionResult.Entities"/>, or -1.</summary>
    public int EntityId { get; init; } = -1;

    public string? CountryCode { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }
}

/// <summary>A count: exact when <see cref="Min"/> = <see cref="Max"/>; a range otherwise. Immutable.</summary>
public sealed record ExtractedCount(long Min, long Max, TextSpan Span)
{
    public bool IsExact => Min == Max;

    /// <summary>A round figure said with a qualifier ("more than two hundred", "about 40"): a precise figure near it refines it.</summary>
    public bool Rounded { get; init; }
}

/// <summary>Who calls on whom to do what, with the span of the sentence(s) that say it. Immutable.</summary>
public sealed record ExtractedDemand(ExtractedName? By, string What, TextSpan Span)
{
    public IReadOnlyList<ExtractedName> Addressees { get; init; } = [];

    public TextSpan? WhatSpan { get; init; }

    public DateValue? Date { get; init; }
}

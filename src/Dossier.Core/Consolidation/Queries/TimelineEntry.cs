namespace Dossier.Core.Consolidation.Queries;

/// <summary>One line of a timeline: an incident or a demand, its date, what it is, and the reports behind it. Immutable.</summary>
public sealed record TimelineEntry(string Date, string Kind, long Id, string Summary, IReadOnlyList<string> Sources);

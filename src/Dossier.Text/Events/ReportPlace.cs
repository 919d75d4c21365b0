namespace Dossier.Text.Events;

/// <summary>
/// Where a report as a whole is about: the mention (into the document's entity mentions) of the place it
/// names most, or -1, and its country. Used for incidents that name no place of their own.
/// </summary>
internal sealed record ReportPlace(int Mention, string? Country)
{
    /// <summary>A mention of each country the report names, by country code: the place of an incident known only by its country.</summary>
    public IReadOnlyDictionary<string, int> Countries { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// The report names its place only once: then it is the place only of incidents told after that mention ("In the
    /// northern city of Basso, ..." is no place of the killings told before it).
    /// </summary>
    public bool NamedOnce { get; init; }

    public static ReportPlace None { get; } = new(-1, null);
}

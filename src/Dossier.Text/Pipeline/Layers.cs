namespace Dossier.Text.Pipeline;

/// <summary>Names of the layers components require and assign; the pipeline checks them when built.</summary>
public static class Layers
{
    public const string Normalized = "normalized";
    public const string Paragraphs = "paragraphs";
    public const string Tokens = "tokens";
    public const string Sentences = "sentences";
    public const string Dateline = "dateline";
    public const string Dates = "dates";
    public const string Published = "published";
    public const string ResolvedDates = "resolved_dates";
    public const string Quantities = "quantities";
    public const string EntityMentions = "entity_mentions";
    public const string Entities = "entities";
    public const string Events = "events";
    public const string Demands = "demands";
}

using Dossier.Core.Consolidation;
using Dossier.Core.Consolidation.Queries;
using Dossier.Core.Domain;

namespace Dossier.Cli.Consolidation;

/// <summary>How incidents read in the terminal: one line per incident, figures with their low/high.</summary>
internal static class IncidentText
{
    public static string Line(IncidentSummary i)
    {
        var also = i.Also.Count == 0 ? "" : $" (+{string.Join(", ", i.Also)})";
        var where = i.Place is null ? i.Country ?? "-" : i.Country is null ? i.Place : $"{i.Place}, {i.Country}";
        var counts = string.Join("  ", i.Counts.Select(Count));
        var flags = i.Disagreements.Count == 0 ? "" : $"  disputed: {string.Join(", ", i.Disagreements)}";
        return $"#{i.Id,-5} {i.Date ?? "undated",-21} {i.Type}{also}  {where}  {counts}  [{i.Sources} source(s), {i.IndependentSources} independent]{flags}";
    }

    public static string Count(ShownValue count)
    {
        var name = count.Field.StartsWith(ClaimFields.CountPrefix, StringComparison.Ordinal) ? count.Field[ClaimFields.CountPrefix.Length..] : count.Field;
        var range = count.LowHigh is { IsExact: false } r ? $" [{r.Min}–{r.Max}]" : "";
        return $"{name} {count.Display}{range}";
    }

    public static string Shown(ShownValue shown)
    {
        var range = shown.LowHigh is { } r ? $"  low–high {r.Min}–{r.Max}" : "";
        var flag = shown.Disagreement ? "  DISAGREEMENT" : "";
        return $"  {shown.Field,-18} {shown.Display}  ({RuleName(shown.Rule)}, {shown.Support} independent){range}{flag}";
    }

    public static string Claim(ClaimRecord c)
    {
        var source = c.SourceFile is null ? "analyst" : $"{c.SourceFile}{(c.Publisher is null ? "" : ", " + c.Publisher)}{(c.Reliability is null ? "" : ", " + c.Reliability)}";
        var copy = c.DuplicateOf is { } original ? $" (copy of source {original})" : "";
        var quote = c.Quote is null ? "" : $" \"{c.Quote.ReplaceLineEndings(" ")}\" [{c.SpanStart}, {c.SpanEnd})";
        var status = c.Status == ClaimStatus.Proposed ? "" : $" {c.Status.ToString().ToLowerInvariant()}";
        return $"    claim {c.Id}: {c.Display} — {source}{copy}{quote}; by {c.RecordedBy}{status}";
    }

    public static string Link(IncidentLink l) =>
        $"    link {l.Id}: {l.Kind}{(l.SourceId is { } s ? $" source {s}" : "")}{(l.MergedIncidentId is { } m ? $" incident {m}" : "")} by {l.By}: {l.Reason}{(l.Undone ? " (undone)" : "")}";

    private static string RuleName(ShownRule rule) => rule switch
    {
        ShownRule.Analyst => "confirmed by analyst",
        ShownRule.Agreement => "most independent sources",
        ShownRule.Reliability => "most reliable source",
        ShownRule.SingleSource => "single source",
        _ => "none",
    };
}

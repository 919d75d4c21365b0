using System.Text;
using Dossier.Text.Model;

namespace Dossier.Cli.Commands;

/// <summary>A readable summary of one extraction for the terminal.</summary>
internal static class ExtractionSummary
{
    public static string Describe(ExtractionResult result, string text, string path)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{path}  ({result.Pipeline})");
        sb.AppendLine(result.Published is { } p
            ? $"published: {p.Date.ToIso()} ({(p.Stated ? "printed" : "inferred")}: {p.Method})"
            : "published: unknown");
        sb.AppendLine($"events: {result.Events.Count}");
        foreach (var ev in result.Events)
        {
            var also = ev.Also.Count > 0 ? $" (+{string.Join(", ", ev.Also)})" : "";
            var counts = string.Join(", ", ev.Counts.Select(c => c.Value.IsExact ? $"{c.Key}={c.Value.Min}" : $"{c.Key}={c.Value.Min}-{c.Value.Max}"));
            sb.AppendLine($"  - {ev.Type}{also}  {ev.Date?.ToIso() ?? "undated"}  {ev.Location?.Name ?? "-"}{(ev.CountryCode is null ? "" : $" [{ev.CountryCode}]")}  {counts}");
            if (ev.Perpetrators.Count > 0)
            {
                sb.AppendLine($"      by: {string.Join("; ", ev.Perpetrators.Select(n => n.Name))}");
            }

            if (ev.Evidence.Count > 0)
            {
                sb.AppendLine($"      \"{Shorten(text.Substring(ev.Evidence[0].Start, ev.Evidence[0].Length))}\"");
            }
        }

        foreach (var type in new[] { EntityType.Person, EntityType.Organization, EntityType.Location })
        {
            var names = result.Entities.Where(e => e.Type == type).Select(e => e.Name).ToList();
            sb.AppendLine($"{type.ToString().ToLowerInvariant()}s: {names.Count}{(names.Count > 0 ? "  " + string.Join("; ", names) : "")}");
        }

        sb.AppendLine($"demands: {result.Demands.Count}");
        foreach (var demand in result.Demands)
        {
            var to = demand.Addressees.Count > 0 ? $" -> {string.Join(", ", demand.Addressees.Select(a => a.Name))}" : "";
            sb.AppendLine($"  - {demand.By?.Name ?? "?"}{to}: {Shorten(demand.What)}");
        }

        return sb.ToString().TrimEnd();
    }

    private static string Shorten(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return flat.Length <= 160 ? flat : flat[..157] + "...";
    }
}

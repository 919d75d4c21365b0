using System.Text.Json;
using System.Text.Json.Nodes;
using Dossier.Core.Domain;

namespace Dossier.Core.Consolidation;

/// <summary>
/// The JSON written in a claim's value, one shape per field, and the key under which two values count as
/// the same: counts compare their range, places and actors their resolved id (else their normal name),
/// dates their ISO form. Pure.
/// </summary>
public static class ClaimValues
{
    public static string Text(string value) => JsonSerializer.Serialize(value);

    public static string List(IEnumerable<string> values) => JsonSerializer.Serialize(values.ToArray());

    public static string Count(CountRange range) => new JsonObject { ["min"] = range.Min, ["max"] = range.Max }.ToJsonString();

    public static string Named(string name, string idField, long? id, string? country = null)
    {
        var node = new JsonObject { ["name"] = name, [idField] = id };
        if (country is not null)
        {
            node["country"] = country;
        }

        return node.ToJsonString();
    }

    public static CountRange? ReadCount(string json)
    {
        var node = JsonNode.Parse(json);
        return node is JsonObject o && o["min"] is { } min && o["max"] is { } max
            ? new CountRange(min.GetValue<long>(), max.GetValue<long>())
            : null;
    }

    public static PartialDate? ReadDate(string json) => PartialDate.TryParse(ReadText(json));

    public static string? ReadText(string json) => JsonNode.Parse(json) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>A short human-readable form: the name of a place or actor, the figure of a count.</summary>
    public static string Display(string json)
    {
        var node = JsonNode.Parse(json);
        return node switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            JsonObject o when o["min"] is not null => ReadCount(json)!.Value.ToString(),
            JsonObject o when o["name"] is { } name => name.GetValue<string>(),
            JsonArray a => string.Join(", ", a.Select(x => x?.ToString())),
            _ => json,
        };
    }

    /// <summary>The identity under which values are compared for agreement.</summary>
    public static string SameKey(string field, string json)
    {
        var node = JsonNode.Parse(json);
        if (ClaimFields.IsCount(field))
        {
            return ReadCount(json)?.ToString() ?? json;
        }

        if (node is JsonObject o)
        {
            foreach (var idField in new[] { "place_id", "actor_id" })
            {
                if (o[idField] is JsonValue id && id.TryGetValue<long>(out var value))
                {
                    return $"{idField}:{value}";
                }
            }

            if (o["name"] is JsonValue name && name.TryGetValue<string>(out var n))
            {
                return "name:" + NameKeys.Normal(n);
            }
        }

        return node is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim().ToLowerInvariant() : json;
    }
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Text.Model;
using static Dossier.Text.Output.JsonParts;

namespace Dossier.Text.Output;

/// <summary>
/// Writes an <see cref="ExtractionResult"/> as JSON in the shape of the extraction format
/// (docs/extraction-format.md): keys in a fixed order, every figure with its character span(s).
/// Stateless and thread-safe.
/// </summary>
public static class ExtractionJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The JSON text of <paramref name="result"/> for the document <paramref name="text"/>.</summary>
    public static string ToJson(ExtractionResult result, string text, string? docName = null)
    {
        using var stream = new MemoryStream();
        Write(stream, result, text, docName);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    public static void Write(Stream stream, ExtractionResult result, string text, string? docName = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(text);
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteString("doc", docName);
        json.WriteString("pipeline", result.Pipeline);
        WritePublished(json, result.Published);
        json.WriteBoolean("published_stated", result.Published?.Stated ?? false);
        json.WriteStartArray("events");
        foreach (var ev in result.Events)
        {
            WriteEvent(json, ev, text);
        }

        json.WriteEndArray();
        WriteEntities(json, result.Entities);
        json.WriteStartArray("demands");
        foreach (var demand in result.Demands)
        {
            WriteDemand(json, demand);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePublished(Utf8JsonWriter json, DocumentDate? published)
    {
        if (published is null)
        {
            json.WriteNull("published");
            return;
        }

        json.WriteStartObject("published");
        json.WriteString("date", published.Date.ToIso());
        json.WriteString("precision", DateValue.PrecisionName(published.Date.Precision));
        json.WriteBoolean("stated", published.Stated);
        json.WriteString("method", published.Method);
        json.WriteString("reasoning", published.Reasoning);
        WriteSpanOrNull(json, "span", published.Span);
        json.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter json, ExtractedEvent ev, string text)
    {
        json.WriteStartObject();
        json.WriteString("type", ev.Type);
        WriteStrings(json, "also", ev.Also);
        if (ev.Date is { } date)
        {
            json.WriteStartObject("date");
            json.WriteString("start", date.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("end", date.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("precision", DateValue.PrecisionName(date.Precision));
            json.WriteString("iso", date.ToIso());
            WriteSpanOrNull(json, "span", ev.DateSpan);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("date");
        }

        if (ev.Location is { } location)
        {
            json.WritePropertyName("location");
            WriteName(json, location);
        }
        else
        {
            json.WriteNull("location");
        }

        json.WriteString("country", ev.CountryCode);
        json.WriteStartArray("perpetrators");
        foreach (var name in ev.Perpetrators)
        {
            WriteName(json, name);
        }

        json.WriteEndArray();
        json.WriteString("victims", ev.Victims);
        json.WriteStartObject("counts");
        foreach (var (key, count) in ev.Counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            json.WriteStartObject(key);
            if (count.IsExact)
            {
                json.WriteNumber("value", count.Min);
            }
            else
            {
                json.WriteNumber("min", count.Min);
                json.WriteNumber("max", count.Max);
            }

            WriteSpan(json, "span", count.Span);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteString("evidence", ev.Evidence.Count > 0 ? Slice(text, ev.Evidence[0]) : null);
        WriteSpans(json, "evidence_spans", ev.Evidence);
        WriteSpans(json, "triggers", ev.Triggers);
        json.WriteEndObject();
    }

    private static void WriteEntities(Utf8JsonWriter json, IReadOnlyList<Entity> entities)
    {
        json.WriteStartObject("entities");
        foreach (var (type, key) in new[] { (EntityType.Person, "person"), (EntityType.Organization, "organization"), (EntityType.Location, "location") })
        {
            json.WriteStartArray(key);
            foreach (var entity in entities.Where(e => e.Type == type))
            {
                json.WriteStartObject();
                json.WriteString("name", entity.Name);
                WriteStrings(json, "aliases", entity.Aliases);
                WriteSpans(json, "spans", entity.Mentions);
                if (type == EntityType.Location || entity.CountryCode is not null)
                {
                    json.WriteString("country", entity.CountryCode);
                }

                if (type == EntityType.Location)
                {
                    WriteNumberOrNull(json, "lat", entity.Latitude);
                    WriteNumberOrNull(json, "lon", entity.Longitude);
                    json.WriteString("kind", entity.PlaceKind);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteDemand(Utf8JsonWriter json, ExtractedDemand demand)
    {
        json.WriteStartObject();
        if (demand.By is { } by)
        {
            json.WritePropertyName("by");
            WriteName(json, by);
        }
        else
        {
            json.WriteNull("by");
        }

        json.WriteStartArray("addressee");
        foreach (var name in demand.Addressees)
        {
            WriteName(json, name);
        }

        json.WriteEndArray();
        json.WriteString("what", demand.What);
        WriteSpan(json, "span", demand.Span);
        WriteSpanOrNull(json, "what_span", demand.WhatSpan);
        json.WriteEndObject();
    }

    private static string? Slice(string text, TextSpan span) =>
        span.Start >= 0 && span.End <= text.Length && span.Start <= span.End ? text.Substring(span.Start, span.Length) : null;
}

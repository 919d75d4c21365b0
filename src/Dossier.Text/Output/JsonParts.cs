using System.Text.Json;
using Dossier.Text.Model;

namespace Dossier.Text.Output;

/// <summary>The small JSON pieces the extraction writer repeats: names, spans, lists, optional numbers.</summary>
internal static class JsonParts
{
    public static void WriteName(Utf8JsonWriter json, ExtractedName name)
    {
        json.WriteStartObject();
        json.WriteString("name", name.Name);
        WriteStrings(json, "aliases", name.Aliases);
        WriteSpans(json, "spans", name.Spans);
        if (name.CountryCode is not null || name.Latitude is not null)
        {
            json.WriteString("country", name.CountryCode);
            WriteNumberOrNull(json, "lat", name.Latitude);
            WriteNumberOrNull(json, "lon", name.Longitude);
        }

        json.WriteEndObject();
    }

    public static void WriteStrings(Utf8JsonWriter json, string key, IEnumerable<string> values)
    {
        json.WriteStartArray(key);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    public static void WriteSpans(Utf8JsonWriter json, string key, IEnumerable<TextSpan> spans)
    {
        json.WriteStartArray(key);
        foreach (var span in spans)
        {
            WriteSpanValue(json, span);
        }

        json.WriteEndArray();
    }

    public static void WriteSpan(Utf8JsonWriter json, string key, TextSpan span)
    {
        json.WritePropertyName(key);
        WriteSpanValue(json, span);
    }

    public static void WriteSpanOrNull(Utf8JsonWriter json, string key, TextSpan? span)
    {
        if (span is { } s)
        {
            WriteSpan(json, key, s);
        }
        else
        {
            json.WriteNull(key);
        }
    }

    public static void WriteSpanValue(Utf8JsonWriter json, TextSpan span)
    {
        json.WriteStartArray();
        json.WriteNumberValue(span.Start);
        json.WriteNumberValue(span.End);
        json.WriteEndArray();
    }

    public static void WriteNumberOrNull(Utf8JsonWriter json, string key, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(key, v);
        }
        else
        {
            json.WriteNull(key);
        }
    }
}

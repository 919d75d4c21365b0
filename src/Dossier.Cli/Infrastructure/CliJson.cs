using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dossier.Cli.Infrastructure;

/// <summary>
/// The --json output format of every verb: camelCase names, enums as camelCase strings, nulls
/// kept (a field is always present). Documented in docs/cli-json.md; change it only additively.
/// </summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write<T>(TextWriter output, T value) =>
        output.WriteLine(JsonSerializer.Serialize(value, Options));
}

using System.Globalization;

namespace Dossier.Storage;

/// <summary>Instants are stored as ISO 8601 UTC text, which sorts correctly as text in every database.</summary>
public static class IsoTime
{
    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}

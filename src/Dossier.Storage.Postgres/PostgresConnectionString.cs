using Npgsql;

namespace Dossier.Storage.Postgres;

/// <summary>
/// Tells a PostgreSQL address from a SQLite file path and turns it into an Npgsql connection
/// string. Accepted: postgres://user:password@host:port/database?key=value (URL-escaped parts;
/// query keys are Npgsql keywords, e.g. sslmode=require) and Npgsql's own "Host=…;Database=…".
/// </summary>
public static class PostgresConnectionString
{
    private static readonly string[] Schemes = ["postgres://", "postgresql://"];

    public static bool IsPostgres(string target) =>
        Schemes.Any(s => target.StartsWith(s, StringComparison.OrdinalIgnoreCase))
        || target.Split(';').Any(part => part.TrimStart().StartsWith("Host=", StringComparison.OrdinalIgnoreCase)
            || part.TrimStart().StartsWith("Server=", StringComparison.OrdinalIgnoreCase));

    /// <summary>An Npgsql connection string; a malformed address throws <see cref="ArgumentException"/>.</summary>
    public static string Normalize(string target)
    {
        if (!Schemes.Any(s => target.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return new NpgsqlConnectionStringBuilder(target).ConnectionString;
        }

        if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            throw new ArgumentException($"'{Redact(target)}' is not a valid postgres:// address.", nameof(target));
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':');
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "true" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            builder[key] = value;
        }

        return builder.ConnectionString;
    }

    /// <summary>"database 'd' on host:port as user 'u'": which database an Npgsql connection string names, without its password.</summary>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var database = builder.Database ?? builder.Username ?? "(default)";
        var user = builder.Username is { } name ? $" as user '{name}'" : "";
        return $"database '{database}' on {builder.Host}:{builder.Port}{user}";
    }

    // Messages must never show a password.
    private static string Redact(string target)
    {
        var at = target.LastIndexOf('@');
        var schemeEnd = target.IndexOf("://", StringComparison.Ordinal) + 3;
        return at > schemeEnd ? target[..schemeEnd] + "…@" + target[(at + 1)..] : target;
    }
}

using System.Data.Common;
using System.Globalization;
using Dossier.Core.Accounts;

namespace Dossier.Storage.Rows;

/// <summary>The one place that maps users and api_tokens rows to their records.</summary>
internal static class AccountRows
{
    public const string UserColumns = "u.id, u.name, u.role, u.password_hash, u.created_at";
    public const string TokenColumns = "id, user_id, name, created_at, revoked_at";

    public static UserAccount ReadUser(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetString(1),
        ParseRole(r.GetString(2)),
        r.GetStringOrNull(3) ?? "",
        ParseInstant(r.GetString(4)));

    public static ApiTokenInfo ReadToken(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetInt64(1),
        r.GetString(2),
        ParseInstant(r.GetString(3)),
        r.IsDBNull(4) ? null : ParseInstant(r.GetString(4)));

    public const string SignInSucceeded = "sign_in";
    public const string SignInFailed = "sign_in_failed";

    public static string RoleName(UserRole role) => role.ToString().ToLowerInvariant();

    public static UserRole ParseRole(string role) =>
        Enum.TryParse<UserRole>(role, ignoreCase: true, out var parsed) ? parsed : UserRole.Viewer;

    public static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static async Task<UserAccount?> FindUserAsync(DbConnection connection, DbTransaction? transaction, string where, (string, object?) parameter, CancellationToken cancellationToken, params (string, object?)[] more)
    {
        await using var command = connection.Command(transaction, $"SELECT {UserColumns} FROM users u WHERE {where}", [parameter, .. more]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadUser(reader) : null;
    }
}

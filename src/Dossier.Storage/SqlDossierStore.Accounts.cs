using Dossier.Core.Accounts;
using Dossier.Storage.Rows;

namespace Dossier.Storage;

public abstract partial class SqlDossierStore
{
    public async Task<UserAccount?> FindUserAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await AccountRows.FindUserAsync(connection, null, "u.name = @name AND u.disabled = 0", ("name", name), cancellationToken);
    }

    public async Task<UserAccount?> GetUserAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await AccountRows.FindUserAsync(connection, null, "u.id = @id", ("id", id), cancellationToken);
    }

    public async Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, $"SELECT {AccountRows.UserColumns} FROM users u ORDER BY u.name");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var users = new List<UserAccount>();
        while (await reader.ReadAsync(cancellationToken)) users.Add(AccountRows.ReadUser(reader));
        return users;
    }

    public async Task<IReadOnlyList<SignInAttempt>> ReadSignInAttemptsAsync(long userId, int count, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            null,
            """
            SELECT at, action FROM audit_log
            WHERE entity = 'user' AND entity_id = @id AND action IN (@ok, @failed)
            ORDER BY id DESC LIMIT @count
            """,
            ("id", userId.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("ok", AccountRows.SignInSucceeded),
            ("failed", AccountRows.SignInFailed), ("count", count));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var attempts = new List<SignInAttempt>();
        while (await reader.ReadAsync(cancellationToken))
            attempts.Add(new SignInAttempt(AccountRows.ParseInstant(reader.GetString(0)), reader.GetString(1) == AccountRows.SignInSucceeded));
        return attempts;
    }

    public async Task<UserAccount?> FindUserByTokenHashAsync(string tokenHash, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await AccountRows.FindUserAsync(
            connection,
            null,
            """
            u.disabled = 0 AND u.id = (SELECT t.user_id FROM api_tokens t WHERE t.token_hash = @hash AND t.revoked_at IS NULL
                AND (t.expires_at IS NULL OR t.expires_at > @now))
            """,
            ("hash", tokenHash),
            cancellationToken,
            ("now", IsoTime.Format(Time.GetUtcNow())));
    }

    public async Task<IReadOnlyList<ApiTokenInfo>> ListApiTokensAsync(long userId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, $"SELECT {AccountRows.TokenColumns} FROM api_tokens WHERE user_id = @user ORDER BY id DESC", ("user", userId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tokens = new List<ApiTokenInfo>();
        while (await reader.ReadAsync(cancellationToken)) tokens.Add(AccountRows.ReadToken(reader));
        return tokens;
    }
}

using Dossier.Core.Accounts;
using Dossier.Storage.Rows;

namespace Dossier.Storage;

public sealed partial class SqlRecordWriter
{
    public async Task<UserAccount?> AddUserAsync(string name, UserRole role, string passwordHash, CancellationToken cancellationToken)
    {
        if (await AccountRows.FindUserAsync(_connection, _transaction, "u.name = @name", ("name", name), cancellationToken) is not null) return null;
        var createdAt = IsoTime.Format(_time.GetUtcNow());
        var id = await InsertReturningIdAsync(
            "INSERT INTO users (name, role, password_hash, created_at) VALUES (@name, @role, @hash, @at)",
            cancellationToken,
            ("name", name), ("role", AccountRows.RoleName(role)), ("hash", passwordHash), ("at", createdAt));
        // The audit row records who and which role, never the password hash.
        await AppendAuditAsync("add", "user", Key(id), null, new { Name = name, Role = AccountRows.RoleName(role) }, cancellationToken);
        return await AccountRows.FindUserAsync(_connection, _transaction, "u.id = @id", ("id", id), cancellationToken);
    }

    public Task RecordSignInAsync(long userId, bool succeeded, CancellationToken cancellationToken) =>
        AppendAuditAsync(succeeded ? AccountRows.SignInSucceeded : AccountRows.SignInFailed, "user", Key(userId), null, null, cancellationToken);

    public async Task SetUserRoleAsync(long userId, UserRole role, CancellationToken cancellationToken)
    {
        var before = await AccountRows.FindUserAsync(_connection, _transaction, "u.id = @id", ("id", userId), cancellationToken)
            ?? throw new InvalidOperationException($"no user {userId}");
        await ExecuteAsync("UPDATE users SET role = @role WHERE id = @id", cancellationToken, ("role", AccountRows.RoleName(role)), ("id", userId));
        await AppendAuditAsync("set_role", "user", Key(userId), new { Role = AccountRows.RoleName(before.Role) }, new { Role = AccountRows.RoleName(role) }, cancellationToken);
    }

    public async Task SetPasswordHashAsync(long userId, string passwordHash, CancellationToken cancellationToken)
    {
        await ExecuteAsync("UPDATE users SET password_hash = @hash WHERE id = @id", cancellationToken, ("hash", passwordHash), ("id", userId));
        await AppendAuditAsync("set_password", "user", Key(userId), null, null, cancellationToken);
    }

    public async Task<ApiTokenInfo> AddApiTokenAsync(long userId, string name, string tokenHash, CancellationToken cancellationToken)
    {
        var createdAt = _time.GetUtcNow();
        var id = await InsertReturningIdAsync(
            "INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (@user, @name, @hash, @at)",
            cancellationToken,
            ("user", userId), ("name", name), ("hash", tokenHash), ("at", IsoTime.Format(createdAt)));
        await AppendAuditAsync("add", "api_token", Key(id), null, new { UserId = userId, Name = name }, cancellationToken);
        return new ApiTokenInfo(id, userId, name, createdAt, null);
    }

    public async Task<bool> RevokeApiTokenAsync(long userId, long tokenId, CancellationToken cancellationToken)
    {
        var changed = await ExecuteAsync(
            "UPDATE api_tokens SET revoked_at = @at WHERE id = @id AND user_id = @user AND revoked_at IS NULL",
            cancellationToken,
            ("at", IsoTime.Format(_time.GetUtcNow())), ("id", tokenId), ("user", userId));
        if (changed == 0) return false;
        await AppendAuditAsync("revoke", "api_token", Key(tokenId), null, new { UserId = userId }, cancellationToken);
        return true;
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

namespace Dossier.Core.Accounts;

/// <summary>Persistence of accounts and API tokens. Hashing and lockout policy live with the caller.</summary>
public interface IAccountStore
{
    /// <summary>Adds an account; returns null when the name is taken.</summary>
    Task<UserAccount?> AddUserAsync(string name, UserRole role, string passwordHash, string actor, CancellationToken cancellationToken);

    Task<UserAccount?> FindUserAsync(string name, CancellationToken cancellationToken);

    Task<UserAccount?> GetUserAsync(long id, CancellationToken cancellationToken);

    Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken cancellationToken);

    /// <summary>Records one failed sign-in; <paramref name="lockedUntil"/> is set when the policy says to lock.</summary>
    Task RecordFailedSignInAsync(long userId, int failedSignIns, DateTimeOffset? lockedUntil, CancellationToken cancellationToken);

    Task ResetFailedSignInsAsync(long userId, CancellationToken cancellationToken);

    Task SetRoleAsync(long userId, UserRole role, string actor, CancellationToken cancellationToken);

    Task SetPasswordHashAsync(long userId, string passwordHash, string actor, CancellationToken cancellationToken);

    Task<ApiTokenInfo> AddApiTokenAsync(long userId, string name, string prefix, string tokenHash, string actor, CancellationToken cancellationToken);

    /// <summary>The owner of a live (not revoked) token with this hash, if any.</summary>
    Task<UserAccount?> FindUserByTokenHashAsync(string tokenHash, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiTokenInfo>> ListApiTokensAsync(long userId, CancellationToken cancellationToken);

    Task RevokeApiTokenAsync(long userId, long tokenId, string actor, CancellationToken cancellationToken);
}

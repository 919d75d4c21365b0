using Dossier.Core.Accounts;

namespace Dossier.Core.Storage;

public partial interface IDossierStore
{
    Task<UserAccount?> FindUserAsync(string name, CancellationToken cancellationToken);

    Task<UserAccount?> GetUserAsync(long id, CancellationToken cancellationToken);

    /// <summary>All accounts, by name.</summary>
    Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken cancellationToken);

    /// <summary>The user's latest sign-in attempts, newest first.</summary>
    Task<IReadOnlyList<SignInAttempt>> ReadSignInAttemptsAsync(long userId, int count, CancellationToken cancellationToken);

    /// <summary>The owner of a live (not revoked, not expired) token with this hash, if any.</summary>
    Task<UserAccount?> FindUserByTokenHashAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>A user's API tokens, newest first.</summary>
    Task<IReadOnlyList<ApiTokenInfo>> ListApiTokensAsync(long userId, CancellationToken cancellationToken);
}

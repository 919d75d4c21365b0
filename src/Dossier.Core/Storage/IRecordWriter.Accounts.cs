using Dossier.Core.Accounts;

namespace Dossier.Core.Storage;

public partial interface IRecordWriter
{
    /// <summary>Adds an account; returns null when the name is taken. The audit row never holds the hash.</summary>
    Task<UserAccount?> AddUserAsync(string name, UserRole role, string passwordHash, CancellationToken cancellationToken);

    /// <summary>Appends a sign-in attempt to the audit log (lockout is computed from these rows).</summary>
    Task RecordSignInAsync(long userId, bool succeeded, CancellationToken cancellationToken);

    Task SetUserRoleAsync(long userId, UserRole role, CancellationToken cancellationToken);

    Task SetPasswordHashAsync(long userId, string passwordHash, CancellationToken cancellationToken);

    Task<ApiTokenInfo> AddApiTokenAsync(long userId, string name, string tokenHash, CancellationToken cancellationToken);

    /// <summary>Revokes one of the user's tokens; false when the user has no such live token.</summary>
    Task<bool> RevokeApiTokenAsync(long userId, long tokenId, CancellationToken cancellationToken);
}

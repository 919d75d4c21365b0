namespace Dossier.Core.Accounts;

/// <summary>An account as stored (immutable). <see cref="PasswordHash"/> is a PasswordHasher hash, never the password.</summary>
public sealed record UserAccount(long Id, string Name, UserRole Role, string PasswordHash, DateTimeOffset CreatedAt);

namespace Dossier.Core.Accounts;

/// <summary>An API token as listed to its owner (immutable); the secret itself is never stored, only its hash.</summary>
public sealed record ApiTokenInfo(long Id, long UserId, string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

using System.Security.Cryptography;
using System.Text;
using Dossier.Core.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Dossier.Web.Accounts;

/// <summary>
/// Passwords (ASP.NET Core's PasswordHasher), lockout after repeated failures, and API tokens
/// (random secrets; only their SHA-256 is stored, which suffices for 256-bit random values).
/// </summary>
public sealed class AccountService(IAccountStore store, DossierWebOptions options, TimeProvider clock)
{
    private const string TokenPrefix = "dsr_";
    private readonly PasswordHasher<UserAccount> hasher = new();

    public static string? CheckPassword(string password) =>
        password.Length < 10 ? "A password needs at least 10 characters." : null;

    public async Task<(UserAccount? User, string? Error)> AddUserAsync(
        string name, UserRole role, string password, string actor, CancellationToken cancellationToken)
    {
        name = name.Trim();
        if (name.Length is 0 or > 64 || name.Any(char.IsWhiteSpace))
            return (null, "A user name is 1 to 64 characters without spaces.");
        if (CheckPassword(password) is { } weak) return (null, weak);
        var hash = hasher.HashPassword(null!, password);
        var user = await store.AddUserAsync(name, role, hash, actor, cancellationToken);
        return user is null ? (null, $"There is already a user called '{name}'.") : (user, null);
    }

    public async Task<SignInOutcome> CheckPasswordAsync(string name, string password, CancellationToken cancellationToken)
    {
        const string wrong = "Wrong user name or password.";
        var user = await store.FindUserAsync(name.Trim(), cancellationToken);
        if (user is null)
        {
            // Hash anyway so that timing does not reveal which names exist.
            hasher.HashPassword(null!, password);
            return new SignInOutcome(null, wrong);
        }
        var now = clock.GetUtcNow();
        if (user.LockedUntil is { } until && until > now)
            return new SignInOutcome(null, $"This account is locked after {options.MaxFailedSignIns} failed sign-ins; try again after {until:HH:mm} UTC.");

        var verdict = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var failures = user.FailedSignIns + 1;
            DateTimeOffset? lockedUntil = failures >= options.MaxFailedSignIns ? now + options.LockoutDuration : null;
            await store.RecordFailedSignInAsync(user.Id, lockedUntil is null ? failures : 0, lockedUntil, cancellationToken);
            return new SignInOutcome(null, lockedUntil is null ? wrong : $"Too many failed sign-ins: the account is locked until {lockedUntil:HH:mm} UTC.");
        }
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
            await store.SetPasswordHashAsync(user.Id, hasher.HashPassword(user, password), user.Name, cancellationToken);
        if (user.FailedSignIns > 0 || user.LockedUntil is not null)
            await store.ResetFailedSignInsAsync(user.Id, cancellationToken);
        return new SignInOutcome(user, null);
    }

    /// <summary>Creates a token and returns its secret, which is shown once and never stored.</summary>
    public async Task<(ApiTokenInfo Info, string Secret)> CreateTokenAsync(UserAccount user, string name, CancellationToken cancellationToken)
    {
        var secret = TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var info = await store.AddApiTokenAsync(user.Id, name.Trim(), secret[..10], HashToken(secret), user.Name, cancellationToken);
        return (info, secret);
    }

    public Task<UserAccount?> FindByTokenAsync(string secret, CancellationToken cancellationToken) =>
        secret.StartsWith(TokenPrefix, StringComparison.Ordinal)
            ? store.FindUserByTokenHashAsync(HashToken(secret), cancellationToken)
            : Task.FromResult<UserAccount?>(null);

    public static string HashToken(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

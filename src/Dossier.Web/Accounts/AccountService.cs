using System.Security.Cryptography;
using System.Text;
using Dossier.Core.Accounts;
using Dossier.Core.Storage;
using Microsoft.AspNetCore.Identity;

namespace Dossier.Web.Accounts;

/// <summary>
/// Passwords (ASP.NET Core's PasswordHasher), lockout after repeated failures, and API tokens
/// (random secrets; only their SHA-256 is stored, which suffices for 256-bit random values).
/// </summary>
public sealed class AccountService(IDossierStore store, DossierWebOptions options, TimeProvider clock)
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
        await using var writer = await store.BeginWriteAsync(actor, cancellationToken);
        var user = await writer.AddUserAsync(name, role, hash, cancellationToken);
        if (user is not null) await writer.CommitAsync(cancellationToken);
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
        if (await LockedUntilAsync(user, cancellationToken) is { } until)
            return new SignInOutcome(null, $"This account is locked after {options.MaxFailedSignIns} failed sign-ins; try again after {until:HH:mm} UTC.");

        var verdict = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        var succeeded = verdict != PasswordVerificationResult.Failed;
        await WriteAsync(user.Name, async w =>
        {
            await w.RecordSignInAsync(user.Id, succeeded, cancellationToken);
            if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
                await w.SetPasswordHashAsync(user.Id, hasher.HashPassword(user, password), cancellationToken);
        }, cancellationToken);
        if (succeeded) return new SignInOutcome(user, null);
        return await LockedUntilAsync(user, cancellationToken) is { } lockedUntil
            ? new SignInOutcome(null, $"Too many failed sign-ins: the account is locked until {lockedUntil:HH:mm} UTC.")
            : new SignInOutcome(null, wrong);
    }

    /// <summary>
    /// Locked while the latest <see cref="DossierWebOptions.MaxFailedSignIns"/> attempts all failed within the
    /// lockout window; attempts refused during a lock are not recorded, so the lock does not extend itself.
    /// </summary>
    public async Task<DateTimeOffset?> LockedUntilAsync(UserAccount user, CancellationToken cancellationToken)
    {
        var attempts = await store.ReadSignInAttemptsAsync(user.Id, options.MaxFailedSignIns, cancellationToken);
        var windowStart = clock.GetUtcNow() - options.LockoutDuration;
        var recentFailures = attempts.TakeWhile(a => !a.Succeeded && a.At > windowStart).Count();
        return recentFailures >= options.MaxFailedSignIns ? attempts[0].At + options.LockoutDuration : null;
    }

    /// <summary>Creates a token and returns its secret, which is shown once and never stored.</summary>
    public async Task<(ApiTokenInfo Info, string Secret)> CreateTokenAsync(UserAccount user, string name, CancellationToken cancellationToken)
    {
        var secret = TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        await using var writer = await store.BeginWriteAsync(user.Name, cancellationToken);
        var info = await writer.AddApiTokenAsync(user.Id, name.Trim(), HashToken(secret), cancellationToken);
        await writer.CommitAsync(cancellationToken);
        return (info, secret);
    }

    public Task RevokeTokenAsync(long userId, long tokenId, string actor, CancellationToken cancellationToken) =>
        WriteAsync(actor, w => w.RevokeApiTokenAsync(userId, tokenId, cancellationToken), cancellationToken);

    public Task SetRoleAsync(long userId, UserRole role, string actor, CancellationToken cancellationToken) =>
        WriteAsync(actor, w => w.SetUserRoleAsync(userId, role, cancellationToken), cancellationToken);

    // Every account change goes through the store's audited write path, one transaction each.
    private async Task WriteAsync(string actor, Func<IRecordWriter, Task> change, CancellationToken cancellationToken)
    {
        await using var writer = await store.BeginWriteAsync(actor, cancellationToken);
        await change(writer);
        await writer.CommitAsync(cancellationToken);
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

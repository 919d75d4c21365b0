using Dossier.Core.Accounts;

namespace Dossier.Storage.Tests.Shared;

public abstract partial class StoreTests<TDb>
{
    [StoreFact]
    public async Task Users_AddThenFind_AndANameIsTakenOnlyOnce()
    {
        var store = await OpenAsync();
        await using var writer = await store.BeginWriteAsync("admin", None);

        var added = await writer.AddUserAsync("amira", UserRole.Analyst, "hash-1", None);
        var again = await writer.AddUserAsync("amira", UserRole.Admin, "hash-2", None);
        await writer.CommitAsync(None);

        Assert.NotNull(added);
        Assert.Null(again);
        var found = await store.FindUserAsync("amira", None);
        Assert.Equal((added.Id, UserRole.Analyst, "hash-1"), (found!.Id, found.Role, found.PasswordHash));
        Assert.Equal(["amira"], (await store.ListUsersAsync(None)).Select(u => u.Name));
        var audit = Assert.Single(await store.ReadAuditAsync("user", null, 10, None));
        Assert.DoesNotContain("hash-1", audit.AfterJson);
    }

    [StoreFact]
    public async Task Users_RoleChange_IsAuditedWithBeforeAndAfter()
    {
        var store = await OpenAsync();
        var user = await AddUserAsync(store, "jonas", UserRole.Viewer);

        await using (var writer = await store.BeginWriteAsync("admin", None))
        {
            await writer.SetUserRoleAsync(user.Id, UserRole.Admin, None);
            await writer.CommitAsync(None);
        }

        Assert.Equal(UserRole.Admin, (await store.GetUserAsync(user.Id, None))!.Role);
        var change = (await store.ReadAuditAsync("user", null, 10, None))[^1];
        Assert.Equal(("set_role", "admin"), (change.Action, change.Actor));
        Assert.Contains("viewer", change.BeforeJson);
        Assert.Contains("admin", change.AfterJson);
    }

    [StoreFact]
    public async Task Tokens_FindTheirOwner_UntilRevoked()
    {
        var store = await OpenAsync();
        var user = await AddUserAsync(store, "amira", UserRole.Analyst);
        await using (var writer = await store.BeginWriteAsync("amira", None))
        {
            await writer.AddApiTokenAsync(user.Id, "laptop", "token-hash-1", None);
            await writer.CommitAsync(None);
        }

        Assert.Equal("amira", (await store.FindUserByTokenHashAsync("token-hash-1", None))?.Name);
        Assert.Null(await store.FindUserByTokenHashAsync("token-hash-2", None));
        var token = Assert.Single(await store.ListApiTokensAsync(user.Id, None));

        await using (var writer = await store.BeginWriteAsync("amira", None))
        {
            Assert.True(await writer.RevokeApiTokenAsync(user.Id, token.Id, None));
            Assert.False(await writer.RevokeApiTokenAsync(user.Id, token.Id, None));
            await writer.CommitAsync(None);
        }

        Assert.Null(await store.FindUserByTokenHashAsync("token-hash-1", None));
        Assert.NotNull(Assert.Single(await store.ListApiTokensAsync(user.Id, None)).RevokedAt);
    }

    [StoreFact]
    public async Task SignInAttempts_AreReadNewestFirst_FromTheAuditLog()
    {
        var store = await OpenAsync(SteppingClock.Default());
        var user = await AddUserAsync(store, "amira", UserRole.Analyst);
        foreach (var succeeded in new[] { false, false, true })
        {
            await using var writer = await store.BeginWriteAsync("amira", None);
            await writer.RecordSignInAsync(user.Id, succeeded, None);
            await writer.CommitAsync(None);
        }

        var attempts = await store.ReadSignInAttemptsAsync(user.Id, 2, None);

        Assert.Equal([true, false], attempts.Select(a => a.Succeeded));
        Assert.True(attempts[0].At > attempts[1].At);
        Assert.True((await store.VerifyAsync(None)).IsIntact);
    }

    private static async Task<UserAccount> AddUserAsync(SqlDossierStore store, string name, UserRole role)
    {
        await using var writer = await store.BeginWriteAsync("admin", None);
        var user = await writer.AddUserAsync(name, role, "hash", None);
        await writer.CommitAsync(None);
        return user!;
    }
}

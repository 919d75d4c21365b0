using System.CommandLine;
using Dossier.Cli;
using Dossier.Core.Accounts;
using Dossier.Storage.Sqlite;
using Dossier.Web.Accounts;

namespace Dossier.Web.Tests;

/// <summary>`dossier users add|list|token`, invoked in process against a real SQLite file.</summary>
public sealed class UsersCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dossier-users-").FullName;
    private string Db => Path.Combine(folder, "dossier.db");

    [Fact]
    public async Task Add_WithPasswordFile_CreatesAccountThatSignsIn()
    {
        var passwordFile = Path.Combine(folder, "pw");
        await File.WriteAllTextAsync(passwordFile, "a long enough secret\n");

        var (exit, output, error) = await RunAsync("users", "add", "maria", "--role", "analyst", "--password-file", passwordFile, "--db", Db);

        Assert.True(exit == 0, error);
        Assert.Contains("Added maria (analyst)", output);
        await using var store = await SqliteDossierStore.OpenAsync(Db, TimeProvider.System, CancellationToken.None);
        var accounts = new AccountService(store, new DossierWebOptions(), TimeProvider.System);
        var signIn = await accounts.CheckPasswordAsync("maria", "a long enough secret", CancellationToken.None);
        Assert.Equal(UserRole.Analyst, signIn.User?.Role);
        Assert.False((await accounts.CheckPasswordAsync("maria", "a long enough secreT", CancellationToken.None)).Succeeded);
        var stored = await store.FindUserAsync("maria", CancellationToken.None);
        Assert.DoesNotContain("a long enough secret", stored!.PasswordHash); // hashed, never stored as given
    }

    [Theory]
    [InlineData("short", "at least 10 characters")]
    public async Task Add_WithWeakPassword_Fails(string password, string message)
    {
        var passwordFile = Path.Combine(folder, "pw");
        await File.WriteAllTextAsync(passwordFile, password);
        var (exit, _, error) = await RunAsync("users", "add", "weak", "--role", "viewer", "--password-file", passwordFile, "--db", Db);
        Assert.Equal(1, exit);
        Assert.Contains(message, error);
    }

    [Fact]
    public async Task Add_WithUnknownRole_IsAUsageError()
    {
        var (exit, _, _) = await RunAsync("users", "add", "x", "--role", "superuser", "--db", Db);
        Assert.Equal(2, exit);
    }

    [Fact]
    public async Task Token_PrintsASecretThatAuthenticatesAsTheUser()
    {
        var passwordFile = Path.Combine(folder, "pw");
        await File.WriteAllTextAsync(passwordFile, "another long secret");
        await RunAsync("users", "add", "script-owner", "--role", "viewer", "--password-file", passwordFile, "--db", Db);

        var (exit, output, _) = await RunAsync("users", "token", "script-owner", "--db", Db);

        Assert.Equal(0, exit);
        var secret = output.Trim();
        await using var store = await SqliteDossierStore.OpenAsync(Db, TimeProvider.System, CancellationToken.None);
        var owner = await new AccountService(store, new DossierWebOptions(), TimeProvider.System).FindByTokenAsync(secret, CancellationToken.None);
        Assert.Equal("script-owner", owner?.Name);
        Assert.Null(await new AccountService(store, new DossierWebOptions(), TimeProvider.System).FindByTokenAsync(secret + "x", CancellationToken.None));
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await DossierApp.RunAsync(args, new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

using System.Security.Cryptography;
using Dossier.Cli.Ingest;
using Dossier.Core.Accounts;
using Dossier.Core.Storage;
using Dossier.Web;

namespace Dossier.Cli.Web;

/// <summary>
/// The serving part of `dossier demo`: adds a "demo" admin account with a fresh random password (printed once,
/// the demo database is rebuilt on every run) and serves the demo store until Ctrl+C.
/// </summary>
internal static class DemoServer
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static async Task<int> RunAsync(IDossierStore store, string databasePath, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('/', '-').Replace('+', '_');
        var (user, problem) = await UsersCommand.Accounts(store).AddUserAsync("demo", UserRole.Admin, password, "demo", cancellationToken);
        output.WriteLine(user is null ? $"(No demo account: {problem})" : $"Sign in as 'demo' with password {password}");
        var options = new DossierWebOptions { DatabasePath = databasePath, Urls = DefaultUrls, DocumentProcessors = DocumentProcessors.Create() };
        return await WebHost.RunAsync(options, output, error, cancellationToken);
    }
}

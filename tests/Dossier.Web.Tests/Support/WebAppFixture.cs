using System.Net;
using System.Text.RegularExpressions;
using Dossier.Cli.Ingest;
using Dossier.Core.Accounts;
using Dossier.Storage.Sqlite;
using Dossier.Web.Accounts;
using Microsoft.AspNetCore.Builder;

namespace Dossier.Web.Tests.Support;

/// <summary>
/// The app on a loopback Kestrel port over a real SQLite file in a temp folder, with one account
/// per role and a small record (<see cref="SampleRecords"/>). One per test class.
/// </summary>
public sealed partial class WebAppFixture : IAsyncLifetime
{
    public const string Password = "correct horse battery";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "dossier-web-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, HttpClient> clients = [];
    private WebApplication? app;

    public Uri BaseAddress { get; private set; } = null!;
    public SampleRecords Records { get; private set; } = null!;
    public string DatabasePath => Path.Combine(folder, "dossier.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        await using (var store = await SqliteDossierStore.OpenAsync(DatabasePath, TimeProvider.System, CancellationToken.None))
        {
            var accounts = new AccountService(store, new DossierWebOptions(), TimeProvider.System);
            foreach (var role in Enum.GetValues<UserRole>())
                await accounts.AddUserAsync(Policies.RoleName(role), role, Password, "test", CancellationToken.None);
            Records = await SampleRecords.WriteAsync(store, DatabasePath, CancellationToken.None);
        }

        app = await DossierWebApp.BuildAsync(new DossierWebOptions
        {
            DatabasePath = DatabasePath,
            Urls = "http://127.0.0.1:0",
            ConsoleLogging = false,
            DocumentProcessors = DocumentProcessors.Create(),
        }, CancellationToken.None);
        await app.StartAsync();
        BaseAddress = new Uri(app.Urls.Single());
    }

    /// <summary>A client with its own cookies that does not follow redirects (so tests see 302s).</summary>
    public HttpClient NewClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true }) { BaseAddress = BaseAddress };

    /// <summary>A client signed in as the account named after the role ("viewer", "analyst", "admin"), or anonymous.</summary>
    public async Task<HttpClient> ClientAsync(string role)
    {
        if (clients.TryGetValue(role, out var cached)) return cached;
        var client = NewClient();
        if (role != "anonymous") await SignInAsync(client, role, Password);
        clients[role] = client;
        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password)
    {
        var token = await AntiforgeryTokenAsync(client, "/Account/SignIn");
        return await client.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = name, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>The anti-forgery token from a page's form (every signed-in page has the sign-out form).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var match = TokenPattern().Match(html);
        if (!match.Success) throw new InvalidOperationException($"no anti-forgery token on {page}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"", RegexOptions.NonBacktracking)]
    private static partial Regex TokenPattern();

    public async Task DisposeAsync()
    {
        foreach (var client in clients.Values) client.Dispose();
        if (app is not null) await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

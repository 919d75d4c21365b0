using Dossier.Cli.Ingest;
using Dossier.Core.Accounts;
using Dossier.Core.Domain.Sources;
using Dossier.Core.Ingest;
using Dossier.Storage.Sqlite;
using Dossier.Web.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Dossier.Web.BrowserTests.Support;

/// <summary>
/// The app on a loopback Kestrel port over a real SQLite file (accounts for each role, a few sample
/// reports ingested with the CLI's processors), and Debian's Chromium driven by Playwright. Playwright
/// never downloads a browser here: the executable is DOSSIER_CHROMIUM, else /usr/bin/chromium.
/// </summary>
public sealed class BrowserAppFixture : IAsyncLifetime
{
    public const string Password = "correct horse battery";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "dossier-browser-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("DOSSIER_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"Chromium not found at {ChromiumPath}. The browser tests need Debian's chromium: run 'apt-get install -y chromium' "
                + "(test.sh does this) or set DOSSIER_CHROMIUM to a Chromium executable.");

        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "dossier.db");
        await using (var store = await SqliteDossierStore.OpenAsync(database, TimeProvider.System, CancellationToken.None))
        {
            var accounts = new AccountService(store, new DossierWebOptions(), TimeProvider.System);
            foreach (var role in Enum.GetValues<UserRole>())
                await accounts.AddUserAsync(Policies.RoleName(role), role, Password, "test", CancellationToken.None);
            var ingest = new IngestService(store, TimeProvider.System, new IngestOptions(), DocumentProcessors.Create());
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "samples", "reports"), "*.txt").Order().Take(12))
            {
                await using var content = File.OpenRead(file);
                await ingest.IngestAsync(new IngestRequest(Path.GetFileName(file), content, new SourceMetadata("test") { Publisher = "Sample " + Path.GetFileName(file)[..3] }), CancellationToken.None);
            }
        }

        app = await DossierWebApp.BuildAsync(new DossierWebOptions
        {
            DatabasePath = database,
            Urls = "http://127.0.0.1:0",
            ConsoleLogging = false,
            DocumentProcessors = DocumentProcessors.Create(),
        }, CancellationToken.None);
        await app.StartAsync();
        BaseUrl = app.Urls.Single();

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (own cookies) at the app, 1280 px wide.</summary>
    public Task<IBrowserContext> NewContextAsync() =>
        Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (app is not null) await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}

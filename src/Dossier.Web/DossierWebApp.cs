using Dossier.Storage.Sqlite;
using Dossier.Web.Accounts;
using Dossier.Web.Endpoints;
using Dossier.Web.Hosting;

namespace Dossier.Web;

/// <summary>Builds the analyst web app: the composition reads as a table of contents.</summary>
public static class DossierWebApp
{
    /// <summary>Opens (and migrates) the store, then builds the app; the app disposes the store when it stops.</summary>
    public static async Task<WebApplication> BuildAsync(DossierWebOptions options, CancellationToken cancellationToken)
    {
        var store = await SqliteDossierStore.OpenAsync(options.DatabasePath, TimeProvider.System, cancellationToken);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(DossierWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = options.Environment,
            Args = [],
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        if (options.ConsoleLogging) builder.Logging.AddSimpleConsole(o => o.SingleLine = true);

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddDossierStore(store, options);
        builder.Services.AddDossierAuth(options);
        builder.Services.AddDossierPages();
        builder.Services.AddDossierApi();

        var app = builder.Build();
        app.UseDossierErrorPages();
        app.UseDossierAssets();
        // Routing after the error pages, so that a re-executed status page is routed afresh.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapDossierOpenApi();
        app.MapIncidentEndpoints();
        app.MapClaimEndpoints();
        app.MapSourceEndpoints();
        app.MapSearchEndpoints();
        app.MapDemandEndpoints();
        app.MapActorEndpoints();
        app.MapPlaceEndpoints();
        app.MapReviewEndpoints();
        app.MapRazorPages();
        return app;
    }
}

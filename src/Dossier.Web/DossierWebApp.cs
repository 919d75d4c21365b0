using Dossier.Web.Accounts;
using Dossier.Web.Endpoints;
using Dossier.Web.Hosting;

namespace Dossier.Web;

/// <summary>Builds the analyst web app: the composition reads as a table of contents.</summary>
public static class DossierWebApp
{
    public static WebApplication Build(DossierWebOptions options)
    {
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
        builder.Services.AddDossierStore(options);
        builder.Services.AddDossierAuth(options);
        builder.Services.AddDossierPages();
        builder.Services.AddDossierApi();

        var app = builder.Build();
        app.UseDossierErrorPages();
        app.UseDossierAssets();
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

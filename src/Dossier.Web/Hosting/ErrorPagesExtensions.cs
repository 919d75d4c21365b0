namespace Dossier.Web.Hosting;

/// <summary>Friendly pages for errors and 4xx statuses on pages; the API keeps plain problem responses.</summary>
public static class ErrorPagesExtensions
{
    public static WebApplication UseDossierErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/Status/500");
        app.UseStatusCodePagesWithReExecute("/Status/{0}");
        return app;
    }
}

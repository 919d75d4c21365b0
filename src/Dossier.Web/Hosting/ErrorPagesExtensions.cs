namespace Dossier.Web.Hosting;

/// <summary>Friendly pages for errors and 4xx statuses on pages; the API keeps plain status codes and problem responses.</summary>
public static class ErrorPagesExtensions
{
    public static WebApplication UseDossierErrorPages(this WebApplication app)
    {
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api"),
            pages =>
            {
                if (!app.Environment.IsDevelopment()) pages.UseExceptionHandler("/Status/500");
                pages.UseStatusCodePagesWithReExecute("/Status/{0}");
            });
        return app;
    }
}

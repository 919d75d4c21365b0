using Microsoft.Extensions.FileProviders;

namespace Dossier.Web.Hosting;

/// <summary>Serves the CSS, script and world map embedded in this assembly: nothing on disk, nothing from a CDN.</summary>
public static class AssetsExtensions
{
    public static WebApplication UseDossierAssets(this WebApplication app)
    {
        var files = new EmbeddedFileProvider(typeof(AssetsExtensions).Assembly, "Dossier.Web.wwwroot");
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = "/assets",
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        return app;
    }
}

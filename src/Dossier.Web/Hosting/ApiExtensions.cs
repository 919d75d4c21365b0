using System.Text.Json.Serialization;

namespace Dossier.Web.Hosting;

/// <summary>The JSON API's serialisation and its OpenAPI document at /api/openapi/v1.json.</summary>
public static class ApiExtensions
{
    public static IServiceCollection AddDossierApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Dossier API";
            document.Info.Description = "Incidents, claims with their sources, reports, actors, places, demands and review actions. "
                + "Authenticate with 'Authorization: Bearer TOKEN' (create a token on the Tokens page).";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static WebApplication MapDossierOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/api/openapi/{documentName}.json").AllowAnonymous();
        return app;
    }
}

namespace Dossier.Web.Hosting;

/// <summary>Opens the store and registers what pages and endpoints read and write through.</summary>
public static class StoreExtensions
{
    public static IServiceCollection AddDossierStore(this IServiceCollection services, DossierWebOptions options)
    {
        return services;
    }
}

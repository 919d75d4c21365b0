using Dossier.Core.Ingest;
using Dossier.Core.Storage;
using Dossier.Storage.Sqlite;
using Dossier.Web.Data;
using Dossier.Web.Data.Sqlite;

namespace Dossier.Web.Hosting;

/// <summary>Registers the opened store and what pages and endpoints read and write through.</summary>
public static class StoreExtensions
{
    public static IServiceCollection AddDossierStore(this IServiceCollection services, SqliteDossierStore store, DossierWebOptions options)
    {
        // Registered through a factory so that the container disposes the store when the app stops.
        services.AddSingleton<IDossierStore>(_ => store);
        services.AddSingleton(sp => new IngestService(
            sp.GetRequiredService<IDossierStore>(), sp.GetRequiredService<TimeProvider>(),
            new IngestOptions { MaxBytes = options.MaxUploadBytes }, options.DocumentProcessors));
        services.AddSingleton<IAnalystQueries>(sp => new SqliteAnalystQueries(store.Path, sp.GetRequiredService<IDossierStore>()));
        services.AddSingleton<IAnalystActions, StoreAnalystActions>();
        return services;
    }
}

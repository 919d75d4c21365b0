using Dossier.Web.Accounts;

namespace Dossier.Web.Hosting;

/// <summary>Razor Pages with their access rules: everything needs a signed-in reader unless said otherwise.</summary>
public static class PagesExtensions
{
    public static IServiceCollection AddDossierPages(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/", Policies.Read);
                options.Conventions.AllowAnonymousToPage("/Account/SignIn");
                options.Conventions.AllowAnonymousToPage("/Status");
                options.Conventions.AuthorizePage("/Upload", Policies.Edit);
                options.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
            })
            .AddApplicationPart(typeof(PagesExtensions).Assembly);
        services.AddAntiforgery(options => options.Cookie.Name = "dossier.af");
        return services;
    }
}

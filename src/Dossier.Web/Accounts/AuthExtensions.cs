using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Dossier.Web.Accounts;

/// <summary>
/// Cookie sign-in for people, bearer tokens for scripts, one policy scheme choosing between them.
/// Pages redirect to sign-in; the API answers 401/403 instead of redirecting.
/// </summary>
public static class AuthExtensions
{
    private const string Chooser = "DossierAuth";

    public static IServiceCollection AddDossierAuth(this IServiceCollection services, DossierWebOptions options)
    {
        services.AddSingleton<AccountService>();
        services.AddAuthentication(Chooser)
            .AddPolicyScheme(Chooser, "cookie or bearer", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerTokenHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "dossier.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.LoginPath = "/Account/SignIn";
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Read, p => p.RequireRole(Policies.RolesAllowed(Policies.Read)))
            .AddPolicy(Policies.Edit, p => p.RequireRole(Policies.RolesAllowed(Policies.Edit)))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Policies.RolesAllowed(Policies.Admin)));
        return services;
    }

    // Pages: anonymous users go to the sign-in page; a signed-in user without the role gets a 403 page.
    // The API never redirects.
    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var isApi = context.Request.Path.StartsWithSegments("/api");
        if (status == StatusCodes.Status401Unauthorized && !isApi)
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}

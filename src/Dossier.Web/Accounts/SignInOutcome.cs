using Dossier.Core.Accounts;

namespace Dossier.Web.Accounts;

/// <summary>The result of checking a name and password: the account, or why not (as a message fit to show).</summary>
public sealed record SignInOutcome(UserAccount? User, string? Failure)
{
    public bool Succeeded => User is not null;
}

using System.CommandLine;
using Dossier.Cli.Infrastructure;
using Dossier.Core.Accounts;
using Dossier.Web;
using Dossier.Web.Accounts;

namespace Dossier.Cli.Web;

/// <summary>`dossier users add|list|token`: accounts for the web app (admins can also manage them there).</summary>
internal sealed class UsersCommand : Command
{
    public UsersCommand(DatabaseOption db)
        : base("users", "Manage web app accounts: add, list, token")
    {
        Subcommands.Add(new UsersAddCommand(db));
        Subcommands.Add(new UsersListCommand(db));
        Subcommands.Add(new UsersTokenCommand(db));
    }

    internal static AccountService Accounts(Dossier.Core.Storage.IDossierStore store) =>
        new(store, new DossierWebOptions(), TimeProvider.System);

    internal static string RoleName(UserRole role) => Policies.RoleName(role);
}

using System.CommandLine;
using Dossier.Cli.Infrastructure;

namespace Dossier.Cli.Web;

/// <summary>`dossier users list`: name, role and since when.</summary>
internal sealed class UsersListCommand : Command
{
    private readonly DatabaseOption _db;

    public UsersListCommand(DatabaseOption db)
        : base("list", "List accounts")
    {
        _db = db;
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        await using var store = await _db.OpenExistingStoreAsync(parseResult, cancellationToken);
        if (store is null)
        {
            return ExitCodes.Usage;
        }

        foreach (var user in await store.ListUsersAsync(cancellationToken))
        {
            output.WriteLine($"{user.Name}\t{UsersCommand.RoleName(user.Role)}\tsince {user.CreatedAt:yyyy-MM-dd}");
        }

        return ExitCodes.Ok;
    }
}

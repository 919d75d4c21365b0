using System.CommandLine;
using Dossier.Cli.Infrastructure;

namespace Dossier.Cli.Web;

/// <summary>`dossier users token NAME [--label L]`: creates an API token for scripts and prints it once.</summary>
internal sealed class UsersTokenCommand : Command
{
    private readonly Argument<string> _name = new("name") { Description = "The user the token acts for (with that user's role)" };
    private readonly Option<string> _label = new("--label") { Description = "What the token is for", DefaultValueFactory = _ => "script" };
    private readonly DatabaseOption _db;

    public UsersTokenCommand(DatabaseOption db)
        : base("token", "Create an API token (sent as 'Authorization: Bearer TOKEN'); only its hash is stored")
    {
        _db = db;
        Arguments.Add(_name);
        Options.Add(_label);
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

        if (await store.FindUserAsync(parseResult.GetValue(_name)!, cancellationToken) is not { } user)
        {
            parseResult.InvocationConfiguration.Error.WriteLine($"No user called '{parseResult.GetValue(_name)}'.");
            return ExitCodes.Failed;
        }

        var (_, secret) = await UsersCommand.Accounts(store).CreateTokenAsync(user, parseResult.GetValue(_label)!, cancellationToken);
        output.WriteLine(secret);
        return ExitCodes.Ok;
    }
}

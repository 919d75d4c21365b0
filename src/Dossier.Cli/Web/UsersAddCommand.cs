using System.CommandLine;
using Dossier.Cli.Infrastructure;
using Dossier.Core.Accounts;

namespace Dossier.Cli.Web;

/// <summary>`dossier users add NAME --role R [--password-file F]`: the password is prompted for unless read from a file.</summary>
internal sealed class UsersAddCommand : Command
{
    private readonly Argument<string> _name = new("name") { Description = "User name (no spaces)" };
    private readonly Option<string> _role = new("--role") { Description = "admin, analyst or viewer", Required = true };
    private readonly Option<FileInfo?> _passwordFile = new("--password-file") { Description = "Read the password from the first line of this file instead of prompting" };
    private readonly DatabaseOption _db;

    public UsersAddCommand(DatabaseOption db)
        : base("add", "Add an account")
    {
        _db = db;
        _role.AcceptOnlyFromAmong("admin", "analyst", "viewer");
        Arguments.Add(_name);
        Options.Add(_role);
        Options.Add(_passwordFile);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var role = Enum.Parse<UserRole>(parseResult.GetValue(_role)!, ignoreCase: true);
        var password = parseResult.GetValue(_passwordFile) is { } file
            ? (await File.ReadAllLinesAsync(file.FullName, cancellationToken)).FirstOrDefault() ?? ""
            : PasswordPrompt.Read(output);
        await using var store = await _db.OpenOrCreateStoreAsync(parseResult, cancellationToken);
        if (store is null)
        {
            return ExitCodes.Usage;
        }

        var (user, problem) = await UsersCommand.Accounts(store).AddUserAsync(parseResult.GetValue(_name)!, role, password, Environment.UserName + "@cli", cancellationToken);
        if (user is null)
        {
            error.WriteLine(problem);
            return ExitCodes.Failed;
        }

        output.WriteLine($"Added {user.Name} ({UsersCommand.RoleName(user.Role)}).");
        return ExitCodes.Ok;
    }
}

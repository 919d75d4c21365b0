namespace Dossier.Cli.Web;

/// <summary>Reads a password without echoing it at a terminal; from a pipe, reads one line.</summary>
internal static class PasswordPrompt
{
    public static string Read(TextWriter output)
    {
        if (Console.IsInputRedirected) return Console.ReadLine() ?? "";
        output.Write("Password: ");
        var password = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0) password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        output.WriteLine();
        return password.ToString();
    }
}

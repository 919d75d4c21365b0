namespace Dossier.Cli.Infrastructure;

/// <summary>The exit codes every verb uses.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Some input failed (the rest went in), or verification found a mismatch.</summary>
    public const int Failed = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}

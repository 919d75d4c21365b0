namespace Dossier.Core.Accounts;

/// <summary>
/// One sign-in attempt as the audit log records it. Lockout is computed from these rows, so the
/// record of failures and the lock cannot disagree. Immutable.
/// </summary>
public sealed record SignInAttempt(DateTimeOffset At, bool Succeeded);

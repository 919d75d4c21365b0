namespace Dossier.Storage;

/// <summary>
/// The outcome of opening a store: the store, or one line saying which database could not be opened
/// and why (never a password). Opening is where expected failures happen (a file that is not there,
/// a server that does not answer), so they come back as values. Immutable.
/// </summary>
public sealed record StoreOpening(SqlDossierStore? Store, string? Problem)
{
    public static StoreOpening Opened(SqlDossierStore store) => new(store, null);

    public static StoreOpening Failed(string problem) => new(null, problem);
}

namespace Dossier.Core.Accounts;

/// <summary>What a signed-in person may do. Ordered: each role can do everything the ones before it can.</summary>
public enum UserRole
{
    /// <summary>Reads everything, changes nothing.</summary>
    Viewer = 0,
    /// <summary>Reviews and edits the record: confirm, correct, merge, split, upload.</summary>
    Analyst = 1,
    /// <summary>Also manages accounts.</summary>
    Admin = 2,
}

using System.Globalization;
using System.Text.Json;
using Dossier.Core.Hashing;

namespace Dossier.Storage.Audit;

/// <summary>
/// The hash chain of the audit log: each row's hash is SHA-256 over the previous row's hash and
/// the row's own content in a canonical form (a JSON array of its fields in a fixed order), so
/// changing, removing or inserting any row breaks every later link.
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first row.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Hash(string prevHash, long id, string at, string actor, string action, string entity, string entityId, string? beforeJson, string? afterJson)
    {
        string?[] fields = [id.ToString(CultureInfo.InvariantCulture), at, actor, action, entity, entityId, beforeJson, afterJson];
        return Sha256Hex.OfText(prevHash + "\n" + JsonSerializer.Serialize(fields));
    }
}

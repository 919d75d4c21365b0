namespace Dossier.Web.Data;

/// <summary>A report's original bytes, exactly as ingested.</summary>
public sealed record OriginalFile(string FileName, string MediaType, string Sha256, byte[] Content);

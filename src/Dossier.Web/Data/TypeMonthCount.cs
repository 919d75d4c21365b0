namespace Dossier.Web.Data;

/// <summary>How many incidents of a type fall in a month (yyyy-MM), for the overview chart.</summary>
public sealed record TypeMonthCount(string Type, string Month, int Count);

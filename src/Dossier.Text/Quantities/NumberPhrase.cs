namespace Dossier.Text.Quantities;

/// <summary>A figure read over tokens [First, End): exact when Min = Max, a range for vague or "20-30" amounts.</summary>
internal readonly record struct NumberPhrase(int First, int End, long Min, long Max, bool Vague, bool Decimal);

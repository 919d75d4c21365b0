namespace Dossier.Core.Consolidation;

/// <summary>
/// Folds accented Latin letters to their base letters ("é" → "e", "ß" → "ss"). Hand-written because the
/// process runs with invariant globalisation, where Unicode decomposition is not available. Pure.
/// </summary>
internal static class LatinFolding
{
    private const string From = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    private const string To = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";

    public static string Fold(char c)
    {
        if (c < 128)
        {
            return c.ToString();
        }

        var index = From.IndexOf(c);
        if (index >= 0)
        {
            return To[index].ToString();
        }

        return c switch
        {
            'ß' => "ss",
            'æ' => "ae",
            'œ' => "oe",
            'þ' => "th",
            'ð' => "d",
            _ => c.ToString(),
        };
    }
}

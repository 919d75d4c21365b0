using System.Text;

namespace Dossier.Text.Tests.Support;

/// <summary>Inputs meant to break scanners: random bytes, huge lines, odd characters, deep nesting.</summary>
internal static class HostileText
{
    public static string RandomDecoded(int seed, int bytes)
    {
        var buffer = new byte[bytes];
        new Random(seed).NextBytes(buffer);
        return Encoding.UTF8.GetString(buffer);
    }

    public static string OneLongLine(int length)
    {
        const string chunk = "On 1 September 2013 forces killed 52 and abducted seven, Mr. Smith said at 17,500 sites ";
        var builder = new StringBuilder(length + chunk.Length);
        while (builder.Length < length)
        {
            builder.Append(chunk);
        }

        return builder.ToString(0, length);
    }

    public static string EverySpaceAndDash()
    {
        var builder = new StringBuilder();
        for (var c = 0; c < 0x10000; c++)
        {
            var ch = (char)c;
            if (!char.IsSurrogate(ch) && (char.IsWhiteSpace(ch) || char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.DashPunctuation))
            {
                builder.Append("word").Append(ch).Append("12").Append(ch);
            }
        }

        return builder.ToString();
    }

    public static string RightToLeft() =>
        "\u0642\u062A\u0644 52 \u0634\u062E\u0635\u0627 \u0641\u064A 1 \u0633\u0628\u062A\u0645\u0628\u0631 2013. \u05E9\u05DC\u05D5\u05DD \u200F\u202Eabc\u202C 3 \u05D1\u05DE\u05E8\u05E5.";

    public static string NestedQuotes(int depth) =>
        new string('"', depth) + "\u201C\u2018 deep \u2019\u201D" + new string('\'', depth) + " (((" + new string('(', depth) + "x";

    /// <summary>Thousands of anniversaries, weekdays and dates in one paragraph, to catch quadratic reasoning.</summary>
    public static string ManyDates(int count) =>
        string.Concat(Enumerable.Repeat("Tuesday marks the 2nd anniversary of 1 September 2013, 20 days since May 3 and Wednesday 13th of August; ", count));

    public static string ManyDots(int count) => new string('.', count) + " A. B. C. " + string.Concat(Enumerable.Repeat("U.", count / 10));
}

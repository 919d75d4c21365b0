namespace Dossier.Text.Tests.Evaluation;

/// <summary>True and false positives and false negatives, and the F1 they give (as score.py computes it).</summary>
internal sealed class Tally
{
    public int Tp { get; private set; }

    public int Fp { get; private set; }

    public int Fn { get; private set; }

    public void Add((int Tp, int Fp, int Fn) counts)
    {
        Tp += counts.Tp;
        Fp += counts.Fp;
        Fn += counts.Fn;
    }

    public double F1
    {
        get
        {
            var p = Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);
            var r = Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public override string ToString() => $"F1={F1:F3} (tp={Tp} fp={Fp} fn={Fn})";
}

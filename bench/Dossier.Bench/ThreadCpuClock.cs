using System.Runtime.InteropServices;

namespace Dossier.Bench;

/// <summary>
/// CPU time consumed by the calling thread, so a figure stays comparable on a shared, loaded machine
/// where wall-clock time depends on what the neighbours do. Linux only (clock_gettime with
/// CLOCK_THREAD_CPUTIME_ID, answered by the vDSO, so it is cheap enough to call per component);
/// <see cref="Available"/> is false elsewhere.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static bool Available { get; } = Probe();

    /// <summary>Nanoseconds of CPU the calling thread has used so far (0 when not available).</summary>
    public static long NowNanoseconds()
    {
        if (!Available)
        {
            return 0;
        }

        ClockGetTime(ClockThreadCpuTimeId, out var time);
        return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
    }

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out _) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}

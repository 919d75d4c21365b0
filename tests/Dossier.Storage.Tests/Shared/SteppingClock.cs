namespace Dossier.Storage.Tests.Shared;

/// <summary>A clock that starts at a fixed instant and moves one second each time it is read, so runs are repeatable.</summary>
public sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private long _reads;

    public static SteppingClock Default() => new(new DateTimeOffset(2024, 3, 14, 9, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => start.AddSeconds(Interlocked.Increment(ref _reads) - 1);
}

namespace Dossier.Storage.Tests.Fixtures;

/// <summary>A stream whose reads fail as a disk or permission error would.</summary>
public sealed class FailingStream : MemoryStream
{
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        throw new IOException("Input/output error");
}

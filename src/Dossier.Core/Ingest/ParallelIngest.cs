using System.Runtime.CompilerServices;

namespace Dossier.Core.Ingest;

/// <summary>
/// Ingests a batch with its CPU-bound work spread over threads: up to <c>workers</c> reports are opened,
/// read and analysed at once (<see cref="IngestService.PrepareAsync"/>), a bounded number ahead of the
/// one writer, which stores them one transaction each (<see cref="IngestService.StoreAsync"/>) strictly
/// in input order. So the record is written in the same order however the work is spread, the write lock
/// is held only while writing, and memory is bounded by the look-ahead however long the batch.
/// </summary>
public sealed class ParallelIngest
{
    private readonly IngestService _service;
    private readonly int _workers;
    private readonly int _lookAhead;

    public ParallelIngest(IngestService service, int workers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        _service = service;
        _workers = workers;

        // Twice the workers: the writer always finds the next report ready while workers keep busy.
        _lookAhead = workers * 2;
    }

    /// <summary>
    /// One result per input, in input order, each yielded once its transaction has ended. Cancelling stops
    /// between reports: the report being written commits or rolls back whole; those being read are dropped.
    /// </summary>
    public async IAsyncEnumerable<IngestResult> RunAsync(IReadOnlyList<IngestInput> inputs, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var slots = new SemaphoreSlim(_workers);
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = new Queue<Task<PreparedReport>>();
        var next = 0;
        try
        {
            while (next < inputs.Count || pending.Count > 0)
            {
                while (next < inputs.Count && pending.Count < _lookAhead)
                {
                    pending.Enqueue(PrepareAsync(inputs[next++], slots, abandon.Token));
                }

                var prepared = await pending.Dequeue();
                cancellationToken.ThrowIfCancellationRequested();
                yield return await _service.StoreAsync(prepared, cancellationToken);
            }
        }
        finally
        {
            // Stopped early (cancelled, a processor's bug, or the caller stopped enumerating): let no
            // worker outlive the batch. Their results are dropped, so their failures are too.
            await abandon.CancelAsync();
            await ((Task)Task.WhenAll(pending)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task<PreparedReport> PrepareAsync(IngestInput input, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        // Waiters are served first come, first served, so reports are read in about input order.
        await slots.WaitAsync(cancellationToken);
        try
        {
            return await Task.Run(() => OpenAndPrepareAsync(input, cancellationToken), cancellationToken);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task<PreparedReport> OpenAndPrepareAsync(IngestInput input, CancellationToken cancellationToken)
    {
        Stream stream;
        try
        {
            stream = input.Open();
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            return PreparedReport.Done(IngestResult.Failed(input.FileName, $"cannot read: {problem.Message}"));
        }

        await using (stream)
        {
            return await _service.PrepareAsync(new IngestRequest(input.FileName, stream, input.Metadata), cancellationToken);
        }
    }
}

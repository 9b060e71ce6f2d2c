using System;
using System.Diagnostics;
using System.Threading;
using Scriban.Parsing;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Templates;

/// <summary>
/// The clock and the memory budget of one render, shared by the contexts of its parts (the four
/// roots of an ODT). The contexts call <see cref="Check"/> from every node they evaluate, every
/// loop step and every write, so the render stops at the next node after a limit is passed.
/// </summary>
/// <remarks>
/// The timeout has two sources on purpose. The cancellation token (cancelled by a timer) reaches
/// Scriban's own loops inside built-in functions; the clock read here does not depend on a timer
/// callback, which runs on the thread pool and can be late when the pool is starved (one core,
/// a busy host). Memory is a budget on growth of the managed heap during the render: the thread's
/// allocation counter (a few nanoseconds to read) says when enough has been allocated to be worth
/// measuring the heap, and a full collection confirms an excess before the render is stopped, so
/// garbage a legitimate render leaves behind is never counted against it.
/// </remarks>
internal sealed class RenderGuard
{
    private readonly CancellationTokenSource _timeout;
    private readonly long _deadline;
    private readonly long _memoryLimit;
    private readonly long _heapAtStart;
#if NET8_0_OR_GREATER
    private readonly long _step;
    private readonly long _allocatedAtStart;
    private long _nextMeasure;
#else
    private int _calls;
#endif

    public RenderGuard(TimeSpan timeout, long memoryLimit, CancellationTokenSource timeoutSource)
    {
        _timeout = timeoutSource;
        _deadline = timeout == System.Threading.Timeout.InfiniteTimeSpan
            ? long.MaxValue
            : Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        _memoryLimit = memoryLimit;

#if NET8_0_OR_GREATER
        // Measure the heap each time a quarter of the budget has been allocated: the heap can
        // outgrow the budget by at most that much before the render is stopped.
        _step = Math.Max(1024 * 1024, memoryLimit / 4);
        _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
#endif
        _heapAtStart = GC.GetTotalMemory(forceFullCollection: false);
        ScheduleMeasure();
    }

    /// <summary>The budget on heap growth, in bytes.</summary>
    public long MemoryLimit => _memoryLimit;

    /// <summary>Stops the render when the time is up (SE2007) or the heap grew beyond the budget (SE2009).</summary>
    /// <param name="context">The context evaluating.</param>
    /// <param name="span">Where the template is: the location of the diagnostic.</param>
    public void Check(SafeTemplateContext context, SourceSpan span)
    {
        if (Stopwatch.GetTimestamp() > _deadline)
        {
            // Cancelling makes Scriban throw its abort exception, which every caller already maps to SE2007.
            _timeout.Cancel();
            context.CheckAbort();
        }

        if (!DueForMeasure())
        {
            return;
        }

        long growth = Attributable(GC.GetTotalMemory(forceFullCollection: false) - _heapAtStart);
        if (growth > _memoryLimit)
        {
            // The heap holds garbage too: count only what is still alive.
            growth = Attributable(GC.GetTotalMemory(forceFullCollection: true) - _heapAtStart);
        }

        ScheduleMeasure();
        if (growth > _memoryLimit)
        {
            throw new TemplateDiagnosticException(span, new[]
            {
                TemplateDiagnosticCodes.MemoryLimitExceeded.Create(
                    Messages.SE2009MemoryLimit.Format(Mebibytes(growth), Mebibytes(_memoryLimit)),
                    TemplateStore.Location(null, span)),
            });
        }
    }

    private static long Mebibytes(long bytes) => bytes / (1024 * 1024);

#if NET8_0_OR_GREATER
    /// <summary>
    /// The heap is the process's: other threads (concurrent renders) grow it too. This render
    /// cannot have kept more than it allocated, so that bounds what is counted against it.
    /// </summary>
    private long Attributable(long heapGrowth) => Math.Min(heapGrowth, GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart);

    private bool DueForMeasure() => GC.GetAllocatedBytesForCurrentThread() >= _nextMeasure;

    private void ScheduleMeasure() => _nextMeasure = GC.GetAllocatedBytesForCurrentThread() + _step;
#else
    private static long Attributable(long heapGrowth) => heapGrowth;

    // netstandard2.0 has no per-thread allocation counter: measure the heap every 256 checks instead
    // (a node allocates at most one string of LimitToString characters or one array of LoopLimit items).
    private bool DueForMeasure() => ++_calls % 256 == 0;

    private void ScheduleMeasure()
    {
    }
#endif
}

using Mirsad.Core.Workflow;

namespace Mirsad.Newsroom;

/// <summary>
/// Publishes scheduled articles on time: it sleeps (on the injected <see cref="TimeProvider"/>) until the
/// next article is due, at most <see cref="MaxWait"/>, and wakes early when an article is scheduled or
/// unscheduled.
/// </summary>
public sealed class ScheduledPublisher(EditorialDesk desk, TimeProvider time, ILogger<ScheduledPublisher> logger) : BackgroundService
{
    /// <summary>Longest sleep between two looks at the schedule.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>Raised each time the publisher has looked at the schedule and begun to wait (tests follow it).</summary>
    internal event EventHandler? Waiting;

    /// <inheritdoc />
    public override void Dispose()
    {
        desk.ScheduleChanged -= OnScheduleChanged;
        _wake.Dispose();
        base.Dispose();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        desk.ScheduleChanged += OnScheduleChanged;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = MaxWait;
            try
            {
                var published = await desk.PublishDueAsync(stoppingToken);
                if (published > 0)
                {
                    logger.LogInformation("Published {Count} scheduled articles", published);
                }

                if (await desk.NextDueAsync(stoppingToken) is { } next)
                {
                    wait = TimeSpan.FromTicks(Math.Clamp((next - time.GetUtcNow()).Ticks, 0, MaxWait.Ticks));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Could not publish scheduled articles; will try again");
            }

            using var sleep = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var timer = Task.Delay(wait, time, sleep.Token);
            var woken = _wake.WaitAsync(sleep.Token);
            Waiting?.Invoke(this, EventArgs.Empty);
            await Task.WhenAny(timer, woken);
            await sleep.CancelAsync();
        }
    }

    private void OnScheduleChanged(object? sender, EventArgs e)
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken.
        }
    }
}

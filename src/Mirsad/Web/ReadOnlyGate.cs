using Mirsad.Hosting;
using Mirsad.Newsroom;

namespace Mirsad.Web;

/// <summary>
/// A site serving read-only keeps the reader's pages and closes the newsroom (where articles, sources
/// and accounts are written) with a 503 page that says why, instead of failing on the first save.
/// </summary>
internal static class ReadOnlyGate
{
    /// <summary>Where the error page finds the reason it shows.</summary>
    public const string ReasonItem = "mirsad.unavailable";

    public static void UseReadOnlyGate(this WebApplication app)
    {
        var mode = app.Services.GetRequiredService<ServingMode>();
        if (!mode.IsReadOnly)
        {
            return;
        }

        var reason = $"This Mirsad serves its data read-only ({mode.ReadOnlyReason}), so the newsroom, where stories, sources and accounts are written, and the intake of monitored feeds are off. The reader's pages and search work as usual.";
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(NewsroomServices.PathPrefix, StringComparison.OrdinalIgnoreCase))
            {
                context.Items[ReasonItem] = reason;
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            await next(context);
        });
    }
}

using Mirsad.Core.Ingest.Dedupe;
using Mirsad.Core.Ingest.Extraction;

namespace Mirsad.Tests.Intake;

public sealed class DedupeTests
{
    private static string PageText(string name)
    {
        var html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Intake", "pages", name));
        return PageExtractor.Extract(html, new Uri("http://127.0.0.1/pages/" + name)).Text;
    }

    [Fact]
    public void SimHash_RepublishedCopyWithAnAddedLine_IsWithinTheNearDuplicateDistance()
    {
        var original = SimHash.Compute(PageText("sana-1.html"))!.Value;
        var copy = SimHash.Compute(PageText("enab-1.html"))!.Value;
        var other = SimHash.Compute(PageText("sana-2.html"))!.Value;
        TestContext.Current.SendDiagnosticMessage($"copy={SimHash.Distance(original, copy)} other={SimHash.Distance(original, other)}");
        Assert.InRange(SimHash.Distance(original, copy), 0, 8); // IntakeOptions.NearDuplicateBits
        Assert.InRange(SimHash.Distance(original, other), 16, 64);
    }
}

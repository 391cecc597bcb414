namespace Mirsad.Core.Import;

/// <summary>Bounds on imported records; a record beyond them is rejected with a clear reason.</summary>
public static class ImportLimits
{
    /// <summary>Longest line read, in bytes.</summary>
    public const int MaxLineBytes = 4 * 1024 * 1024;

    /// <summary>Longest id.</summary>
    public const int MaxIdLength = 200;

    /// <summary>Longest headline.</summary>
    public const int MaxHeadlineLength = 1_000;

    /// <summary>Longest standfirst.</summary>
    public const int MaxStandfirstLength = 5_000;

    /// <summary>Longest body text.</summary>
    public const int MaxTextLength = 1_000_000;

    /// <summary>Longest short field (url, source, section, credit...).</summary>
    public const int MaxShortField = 2_000;

    /// <summary>Most keywords read from a record.</summary>
    public const int MaxKeywords = 50;

    /// <summary>Deepest JSON nesting accepted.</summary>
    public const int MaxDepth = 16;
}

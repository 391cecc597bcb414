namespace Mirsad.Core.Relevance;

/// <summary>Mean scores of a run over the judged queries.</summary>
/// <param name="Queries">Judged queries scored (those with at least one relevant document).</param>
/// <param name="MeanAveragePrecision">MAP over the whole ranking returned.</param>
/// <param name="PrecisionAt10">Share of the first ten results that are relevant.</param>
/// <param name="NdcgAt10">Normalised discounted cumulative gain of the first ten (gain = grade, log2 discount).</param>
/// <param name="RecallAt100">Share of the relevant documents found in the first hundred.</param>
public sealed record RelevanceScores(int Queries, double MeanAveragePrecision, double PrecisionAt10, double NdcgAt10, double RecallAt100);

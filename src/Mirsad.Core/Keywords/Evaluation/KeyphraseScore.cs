namespace Mirsad.Core.Keywords.Evaluation;

/// <summary>Macro-averaged precision, recall and F1 of extracted keyphrases at one cut-off.</summary>
/// <param name="Cutoff">How many of the best keyphrases of each document were compared (the k of P@k).</param>
/// <param name="Precision">Mean over documents of matches / keyphrases compared.</param>
/// <param name="Recall">Mean over documents of matches / gold keyphrases.</param>
/// <param name="F1">Mean over documents of each document's F1.</param>
public sealed record KeyphraseScore(int Cutoff, double Precision, double Recall, double F1);

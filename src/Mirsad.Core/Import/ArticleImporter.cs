using System.Diagnostics;
using System.Text.Json;
using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;

namespace Mirsad.Core.Import;

/// <summary>
/// Imports JSON Lines files (plain or gzip) into the archive in batches: lines are parsed and given
/// keywords in parallel while the previous batch is written (one store transaction per batch, index
/// kept in step). A bad line is reported as FILE:LINE: reason and the rest goes on; re-importing an
/// id replaces that article, and an unchanged one is not written again.
/// </summary>
public sealed class ArticleImporter(ArticleArchive archive, KeywordTagger tagger, KeywordRulesSource rules)
{
    /// <summary>Lines per batch (one store transaction each).</summary>
    public const int BatchSize = 500;

    /// <summary>Articles between durable index commits during a long import.</summary>
    public const int CommitEvery = 20_000;

    /// <summary>Imports files in order.</summary>
    public Task<ImportProgress> ImportAsync(
        IReadOnlyList<string> paths,
        Action<ImportIssue> report,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        ImportAsync([.. paths.Select(ImportSource.File)], report, progress, cancellationToken);

    /// <summary>Imports sources (files, standard input) in order.</summary>
    public async Task<ImportProgress> ImportAsync(
        IReadOnlyList<ImportSource> sources,
        Action<ImportIssue> report,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var run = new Run(report, progress, await rules.CurrentAsync(cancellationToken));
        foreach (var source in sources)
        {
            Stream stream;
            try
            {
                stream = source.Open();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                run.Reject(new ImportIssue(source.Name, 0, $"cannot read the file: {e.Message}", Rejected: true));
                continue;
            }

            await using (stream)
            {
                await ImportStreamAsync(source.Name, stream, run, cancellationToken);
            }
        }

        await archive.CommitAsync(cancellationToken);
        return run.Snapshot();
    }

    /// <summary>Imports one stream, reporting lines as <paramref name="name"/>:LINE.</summary>
    public async Task<ImportProgress> ImportAsync(string name, Stream stream, Action<ImportIssue> report, CancellationToken cancellationToken = default)
    {
        var run = new Run(report, null, await rules.CurrentAsync(cancellationToken));
        await ImportStreamAsync(name, stream, run, cancellationToken);
        await archive.CommitAsync(cancellationToken);
        return run.Snapshot();
    }

    // Three stages overlap: batch N+2 is parsed and tagged while N+1 is written to the store and N
    // is applied to the index. Each stage keeps the order of batches.
    private async Task ImportStreamAsync(string name, Stream stream, Run run, CancellationToken cancellationToken)
    {
        using var reader = new BoundedLineReader(stream, ImportLimits.MaxLineBytes);
        Task<SaveResult>? storing = null;
        Task? indexing = null;
        var damaged = false;
        while (!damaged && !cancellationToken.IsCancellationRequested)
        {
            var lines = ReadBatch(reader, name, run, out damaged);
            if (lines.Count == 0)
            {
                break;
            }

            var articles = Prepare(lines, name, run);
            indexing = await HandOverAsync(storing, indexing, run, cancellationToken);
            storing = articles.Count == 0 ? null : Task.Run(() => archive.StoreAsync(articles, cancellationToken), cancellationToken);
        }

        indexing = await HandOverAsync(storing, indexing, run, cancellationToken);
        if (indexing is not null)
        {
            await indexing;
        }

        if (reader.EndedEarly && (reader.LineNumber == 0 || reader.LastLineTerminated))
        {
            var where = reader.LineNumber == 0 ? "before its first line" : "after this line";
            run.Reject(new ImportIssue(name, reader.LineNumber, $"the gzip data is cut short {where} (a truncated download or copy?): whatever followed is missing", Rejected: true));
        }
    }

    private async Task<Task?> HandOverAsync(Task<SaveResult>? storing, Task? indexing, Run run, CancellationToken cancellationToken)
    {
        if (storing is null)
        {
            return indexing;
        }

        var result = await storing;
        run.Saved(result.Saved.Count, result.Unchanged);
        if (indexing is not null)
        {
            await indexing;
        }

        run.SinceCommit += result.Saved.Count;
        var commit = run.SinceCommit >= CommitEvery;
        if (commit)
        {
            run.SinceCommit = 0;
        }

        return Task.Run(() => archive.IndexAsync(result, commit, cancellationToken), cancellationToken);
    }

    private static List<(int Line, string Text)> ReadBatch(BoundedLineReader reader, string name, Run run, out bool damaged)
    {
        damaged = false;
        var lines = new List<(int, string)>(BatchSize);
        try
        {
            while (lines.Count < BatchSize && reader.TryReadLine(out var line, out var overlong))
            {
                run.Lines++;
                if (reader.EndedEarly && !reader.LastLineTerminated)
                {
                    run.Reject(new ImportIssue(name, reader.LineNumber, "the file ends in the middle of this line: the gzip data is cut short (a truncated download or copy?)", Rejected: true));
                }
                else if (line is null)
                {
                    run.Reject(new ImportIssue(name, reader.LineNumber, $"line is {overlong:N0} characters long; at most {ImportLimits.MaxLineBytes:N0} are read", Rejected: true));
                }
                else if (!string.IsNullOrWhiteSpace(line))
                {
                    lines.Add((reader.LineNumber, line));
                }
            }

        }
        catch (InvalidDataException e)
        {
            // Damaged compressed data: what came before is imported, the rest of this file cannot be read.
            run.Reject(new ImportIssue(name, reader.LineNumber + 1, $"the gzip data is damaged here ({e.Message.TrimEnd('.')}); the rest of the file is skipped", Rejected: true));
            damaged = true;
        }

        return lines;
    }

    private List<Article> Prepare(List<(int Line, string Text)> lines, string name, Run run)
    {
        var records = new ImportRecord?[lines.Count];
        var errors = new string?[lines.Count];
        var words = new Dictionary<string, int>?[lines.Count];
        Parallel.For(0, lines.Count, i =>
        {
            try
            {
                records[i] = ImportRecordParser.Parse(lines[i].Text);
                words[i] = CountedDocumentFrequencies.CountWords(records[i]!.Article.Headline, records[i]!.Article.BodyText);
            }
            catch (ImportRejectedException e)
            {
                errors[i] = e.Message;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException or JsonException or IndexOutOfRangeException)
            {
                // A line nobody foresaw is still only that line's problem.
                errors[i] = $"could not be read: {e.Message}";
            }
        });

        for (var i = 0; i < lines.Count; i++)
        {
            if (errors[i] is { } error)
            {
                run.Reject(new ImportIssue(name, lines[i].Line, error, Rejected: true));
            }
            else
            {
                var record = records[i]!;
                foreach (var warning in record.Warnings)
                {
                    run.Report(new ImportIssue(name, lines[i].Line, warning, Rejected: false));
                }

                run.Frequencies.Add(words[i]!);
            }
        }

        var tagged = new Article?[lines.Count];
        var untaggable = new string?[lines.Count];
        Parallel.For(0, lines.Count, i =>
        {
            if (records[i] is { } record)
            {
                try
                {
                    tagged[i] = tagger.Tag(record.Article, record.Keywords, run.Frequencies, run.Rules);
                }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException or IndexOutOfRangeException)
                {
                    untaggable[i] = $"could not be given keywords: {e.Message}";
                }
            }
        });

        for (var i = 0; i < lines.Count; i++)
        {
            if (untaggable[i] is { } reason)
            {
                run.Reject(new ImportIssue(name, lines[i].Line, reason, Rejected: true));
            }
        }

        return tagged.OfType<Article>().ToList();
    }

    private sealed class Run(Action<ImportIssue> report, IProgress<ImportProgress>? progress, KeywordRules rules)
    {
        public KeywordRules Rules => rules;

        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public CountedDocumentFrequencies Frequencies { get; } = new();

        public long Lines { get; set; }

        public int SinceCommit { get; set; }

        private long Imported { get; set; }

        private long Unchanged { get; set; }

        private long Rejected { get; set; }

        public void Reject(ImportIssue issue)
        {
            Rejected++;
            report(issue);
        }

        public void Report(ImportIssue issue) => report(issue);

        public void Saved(int imported, int unchanged)
        {
            Imported += imported;
            Unchanged += unchanged;
            progress?.Report(Snapshot());
        }

        public ImportProgress Snapshot() => new(Lines, Imported, Unchanged, Rejected, _clock.Elapsed);
    }
}

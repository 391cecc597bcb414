using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Mirsad.Core.Keywords;

namespace Mirsad.Cli;

/// <summary>
/// The editors' vocabulary from the shell: <c>mirsad keywords rename|kind|alias|merge|split|block|unblock|pin|unpin|profile|show</c>.
/// Each calls <see cref="KeywordEditor"/> (the same service the newsroom pages use) and prints what it relabelled.
/// </summary>
internal static class KeywordsEditCommands
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        var slug = new Argument<string>("SLUG") { Description = "The keyword's slug (as in /keyword/SLUG)" };
        var name = new Argument<string>("NAME") { Description = "The new display name" };
        yield return Edit(context, "rename", "Give a keyword a new display name (the old one stays as an alias).", [slug, name],
            (e, p, ct) => e.RenameAsync(p.GetValue(slug)!, p.GetValue(name)!, ct));

        var kindSlug = new Argument<string>("SLUG");
        var kind = new Argument<KeywordKind>("KIND") { Description = "Person, Organisation, Place or Topic" };
        yield return Edit(context, "kind", "Say what a keyword names.", [kindSlug, kind], (e, p, ct) => e.SetKindAsync(p.GetValue(kindSlug)!, p.GetValue(kind), ct));

        var aliasSlug = new Argument<string>("SLUG");
        var aliases = new Argument<string[]>("ALIAS") { Description = "Other names: spellings, transliterations, Arabic forms", Arity = ArgumentArity.OneOrMore };
        yield return Edit(context, "alias", "Add other names for a keyword; articles that use them are labelled again.", [aliasSlug, aliases],
            (e, p, ct) => e.AddAliasesAsync(p.GetValue(aliasSlug)!, p.GetValue(aliases)!, ct));

        var from = new Argument<string>("FROM") { Description = "The keyword that goes" };
        var into = new Argument<string>("INTO") { Description = "The keyword that stays" };
        yield return Edit(context, "merge", "Merge one keyword into another: names become aliases, articles move, the old page redirects.", [from, into],
            (e, p, ct) => e.MergeAsync(p.GetValue(from)!, p.GetValue(into)!, ct));

        var splitSlug = new Argument<string>("SLUG") { Description = "The keyword to split" };
        var splitName = new Argument<string>("NAME") { Description = "The new keyword's name" };
        var splitKind = new Option<KeywordKind?>("--kind") { Description = "The new keyword's kind (default: the old one's)" };
        var moved = new Option<string[]>("--alias") { Description = "An alias that moves to the new keyword (repeatable)", AllowMultipleArgumentsPerToken = true };
        yield return Edit(context, "split", "Split a new keyword off another, moving aliases to it, and label the affected articles again.", [splitSlug, splitName, splitKind, moved],
            (e, p, ct) => e.SplitAsync(p.GetValue(splitSlug)!, p.GetValue(splitName)!, p.GetValue(splitKind), p.GetValue(moved) ?? [], ct));

        var blockSlug = new Argument<string>("SLUG");
        yield return Edit(context, "block", "Block a keyword: taken off articles (unless an editor pinned it) and never given automatically.", [blockSlug],
            (e, p, ct) => e.BlockAsync(p.GetValue(blockSlug)!, blocked: true, ct));
        var unblockSlug = new Argument<string>("SLUG");
        yield return Edit(context, "unblock", "Allow a blocked keyword again (articles get it back at their next labelling).", [unblockSlug],
            (e, p, ct) => e.BlockAsync(p.GetValue(unblockSlug)!, blocked: false, ct));

        var article = new Argument<string>("ARTICLE") { Description = "The article's id or slug" };
        var keyword = new Argument<string>("KEYWORD") { Description = "A keyword slug, name or alias (a new name creates the keyword)" };
        var pinKind = new Option<KeywordKind?>("--kind") { Description = "Kind of a newly created keyword" };
        yield return Edit(context, "pin", "Pin a keyword to an article as the editor's choice (kept when keywords are chosen again).", [article, keyword, pinKind],
            (e, p, ct) => e.PinAsync(p.GetValue(article)!, p.GetValue(keyword)!, p.GetValue(pinKind), ct));
        var unpinArticle = new Argument<string>("ARTICLE");
        var unpinSlug = new Argument<string>("SLUG");
        yield return Edit(context, "unpin", "Take a keyword off one article.", [unpinArticle, unpinSlug],
            (e, p, ct) => e.UnpinAsync(p.GetValue(unpinArticle)!, p.GetValue(unpinSlug)!, ct));

        var profileSlug = new Argument<string>("SLUG");
        var text = new Argument<string>("TEXT") { Description = "The short profile shown on the keyword's page; \"\" clears it" };
        yield return Edit(context, "profile", "Set a keyword's short profile.", [profileSlug, text], (e, p, ct) => e.SetProfileAsync(p.GetValue(profileSlug)!, p.GetValue(text), ct));

        yield return Show(context);
    }

    private static Command Edit(CliContext context, string verb, string description, Symbol[] symbols, Func<KeywordEditor, ParseResult, CancellationToken, Task<KeywordEditResult>> action)
    {
        var command = new Command(verb, description);
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Argument a:
                    command.Arguments.Add(a);
                    break;
                case Option o:
                    command.Options.Add(o);
                    break;
            }
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!await context.CanWriteAsync(parse, $"keywords {verb}"))
            {
                return ExitCodes.Environment;
            }

            using var services = context.Services(parse);
            var archive = services.GetRequiredService<Core.Articles.ArticleArchive>();
            try
            {
                await IndexHandOff.BeginAsync(archive, context, cancellationToken);
                var result = await action(services.GetRequiredService<KeywordEditor>(), parse, cancellationToken);
                await IndexHandOff.EndAsync(archive, context, cancellationToken);
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{verb} {result.Slug}: {result.ArticlesChanged} articles relabelled"));
                return ExitCodes.Ok;
            }
            catch (KeywordEditException e)
            {
                await context.Error.WriteLineAsync($"mirsad keywords {verb}: {e.Message}");
                return ExitCodes.PartialFailure;
            }
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var slug = new Argument<string>("SLUG");
        var command = new Command("show", "Print a keyword's profile as JSON: kind, aliases, counts, co-occurring keywords, sources, months.") { slug };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var services = context.Services(parse);
            var page = await services.GetRequiredService<KeywordDirectory>().PageAsync(parse.GetValue(slug)!, cancellationToken);
            if (page is null)
            {
                await context.Error.WriteLineAsync($"mirsad keywords show: no keyword '{parse.GetValue(slug)}'");
                return ExitCodes.PartialFailure;
            }

            var p = page.Profile;
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(new
            {
                slug = p.Keyword.Slug,
                name = p.Keyword.Name,
                kind = p.Keyword.Kind.ToString(),
                aliases = page.Aliases,
                profile = p.Profile,
                articles = p.ArticleCount,
                first_seen = p.FirstSeen,
                last_seen = p.LastSeen,
                blocked = p.Blocked,
                merged_into = p.MergedInto,
                cooccurring = page.Cooccurring.Select(k => k.Slug),
                sources = page.Sources.Select(s => s.Slug),
            }));
            return ExitCodes.Ok;
        });
        return command;
    }
}

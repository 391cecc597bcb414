using System.CommandLine;
using System.Text.Json;
using Mirsad.Core.Accounts;
using Mirsad.Newsroom;

namespace Mirsad.Cli;

/// <summary><c>mirsad users add --name NAME --role admin|editor|translator --password-stdin</c> and <c>mirsad users list</c>.</summary>
internal static class UsersCommand
{
    public static Command Create(CliContext context) => new("users", "Newsroom accounts.") { Add(context), List(context) };

    private static Command Add(CliContext context)
    {
        var name = new Option<string>("--name") { Description = "Login name", Required = true };
        var role = new Option<string>("--role") { Description = "admin, editor or translator", Required = true };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input" };
        var command = new Command("add", "Add a newsroom user.") { name, role, passwordStdin };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!Enum.TryParse<UserRole>(parse.GetValue(role), ignoreCase: true, out var parsedRole) || !Enum.IsDefined(parsedRole))
            {
                await context.Error.WriteLineAsync("mirsad users add: --role must be admin, editor or translator.");
                return ExitCodes.Usage;
            }

            if (!parse.GetValue(passwordStdin))
            {
                await context.Error.WriteLineAsync("mirsad users add: pass the password on standard input with --password-stdin (never on the command line).");
                return ExitCodes.Usage;
            }

            var password = (await context.Input.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? string.Empty;
            using var services = context.Services(parse);
            var error = await services.GetRequiredService<AccountService>().CreateAsync(parse.GetValue(name)!, parsedRole, password, "cli", cancellationToken);
            if (error is not null)
            {
                await context.Error.WriteLineAsync("mirsad users add: " + error);
                return ExitCodes.PartialFailure;
            }

            await context.Out.WriteLineAsync($"user {parse.GetValue(name)} added as {parsedRole.ToString().ToLowerInvariant()}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "JSON lines" };
        var command = new Command("list", "List newsroom users.") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var services = context.Services(parse);
            foreach (var user in await services.GetRequiredService<IUserStore>().ListAsync(cancellationToken))
            {
                var role = user.Role.ToString().ToLowerInvariant();
                await context.Out.WriteLineAsync(parse.GetValue(json)
                    ? JsonSerializer.Serialize(new { name = user.Name, role, disabled = user.Disabled })
                    : $"{user.Name}\t{role}{(user.Disabled ? "\tdisabled" : string.Empty)}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}

using Jixiao.Data;
using Jixiao.Data.Security;

namespace Jixiao.Web.Setup;

/// <summary>
/// <c>dotnet Jixiao.Web.dll create-admin --code 130800 --jurisdiction 某某市 --user admin [--name 显示名]</c>: creates the
/// first administrator on the configured database (migrating it first) and exits without starting the web server.
/// The password is read from standard input — typed without echo on a terminal, or piped — and never printed, so no
/// password of a production instance ever appears in a log. Exit code 0 done, 2 refused (with a Chinese message).
/// </summary>
internal static class CreateAdminCommand
{
    public const string Name = "create-admin";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var options = ParseOptions(args);
        string? Option(string name) => options.TryGetValue(name, out var value) ? value : null;
        if (Option("user") is null || Option("code") is null)
        {
            await error.WriteLineAsync("用法：dotnet Jixiao.Web.dll create-admin --code 行政区划代码 --jurisdiction 行政区划名称 --user 用户名 [--name 显示名]" +
                                       "（密码从标准输入读取，至少 10 个字符，不会显示或打印）");
            return 2;
        }
        var password = ReadPassword(input, output);
        try
        {
            await JixiaoDatabase.MigrateAsync(services);
            await using var scope = services.CreateAsyncScope();
            var setup = scope.ServiceProvider.GetRequiredService<AdministratorSetup>();
            var id = await setup.CreateAsync(Option("jurisdiction") ?? "", Option("code")!, Option("user")!, Option("name") ?? "", password ?? "");
            await output.WriteLineAsync($"已创建系统管理员“{Option("user")!.Trim()}”（用户编号 {id}，行政区划代码 {Option("code")!.Trim()}）。密码未打印。");
            return 0;
        }
        catch (JixiaoException refusal)
        {
            await error.WriteLineAsync("未创建管理员：" + refusal.Message);
            return 2;
        }
    }

    // --key value pairs after the command name; configuration switches (--Jixiao:…=…) are left to the configuration.
    private static Dictionary<string, string> ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || args[i].Contains('=', StringComparison.Ordinal)) continue;
            if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) options[args[i][2..]] = args[++i];
        }
        return options;
    }

    private static string? ReadPassword(TextReader input, TextWriter output)
    {
        if (!ReferenceEquals(input, Console.In) || Console.IsInputRedirected) return input.ReadLine();
        output.Write("请输入管理员密码（至少 10 个字符，输入时不显示）：");
        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) { if (typed.Length > 0) typed.Length--; }
            else if (!char.IsControl(key.KeyChar)) typed.Append(key.KeyChar);
        }
        output.WriteLine();
        return typed.ToString();
    }
}

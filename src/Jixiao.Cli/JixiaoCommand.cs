using System.CommandLine;
using System.CommandLine.Help;
using Jixiao.Cli.Commands.Check;
using Jixiao.Cli.Commands.Corpus;
using Jixiao.Cli.Commands.Evaluate;
using Jixiao.Cli.Commands.Import;
using Jixiao.Cli.Commands.Monitor;
using Jixiao.Cli.Commands.Publish;

namespace Jixiao.Cli;

/// <summary>The root <c>jixiao</c> command: one place where every verb is registered.</summary>
public static class JixiaoCommand
{
    public static RootCommand Create(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Jixiao 绩效：部门预算绩效目标的导入、审核、公开、运行监控与绩效自评")
        {
            ImportCommand.Create(output, error),
            CheckCommand.Create(output, error),
            AcceptCommand.Create(output, error),
            PublishCommand.Create(output, error),
            CorpusCommand.Create(output, error),
            EvaluateCommand.Create(output, error),
            MonitorCommand.Create(output, error),
        };
        // The built-in options carry English descriptions whatever the culture; our users read Chinese.
        foreach (var option in root.Options)
        {
            if (option is HelpOption) option.Description = "显示帮助和用法";
            else if (option is VersionOption) option.Description = "显示版本信息";
        }
        return root;
    }

    /// <summary>Parses and runs; output goes to the given writers so tests can run the CLI in-process.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // System.CommandLine's own texts (usage errors) come from its zh-Hans resources.
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");
        var root = Create(output, error);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && !args.Any(a => a is "-h" or "--help" or "-?"))
        {
            // A mistyped command line is unusable input: exit 2, one Chinese line per problem, no help dump.
            // Every word after a mistyped verb is "unrecognised" too; the first few lines say what matters.
            foreach (var problem in parsed.Errors.Take(2))
                error.WriteLine($"错误：{problem.Message.TrimEnd('.', '。', ' ')}。");
            error.WriteLine("用法见 jixiao --help，或 jixiao import --help / check --help / accept --help / publish --help / corpus --help / evaluate --help / monitor --help。");
            return ExitCodes.UnreadableInput;
        }
        var config = new InvocationConfiguration { Output = output, Error = error };
        return parsed.Invoke(config);
    }
}

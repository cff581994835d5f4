using System.CommandLine;
using Jixiao.Cli.Commands.Check;
using Jixiao.Cli.Commands.Import;

namespace Jixiao.Cli;

/// <summary>The root <c>jixiao</c> command: one place where every verb is registered.</summary>
public static class JixiaoCommand
{
    public static RootCommand Create(TextWriter output, TextWriter error) =>
        new("Jixiao 绩效：部门预算绩效目标的导入、审核与公开")
        {
            ImportCommand.Create(output, error),
            CheckCommand.Create(output, error),
            AcceptCommand.Create(output, error),
        };

    /// <summary>Parses and runs; output goes to the given writers so tests can run the CLI in-process.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = Create(output, error);
        var config = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).Invoke(config);
    }
}

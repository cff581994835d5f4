using System.Text;
using Jixiao.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
var exit = JixiaoCommand.Run(args, Console.Out, Console.Error);
// JIXIAO_TIMING=1: where the time went, per stage (docs/reading-by-structure.md, bench/RESULTS.md).
Jixiao.Documents.Diagnostics.StageTimes.Report(Console.Error);
return exit;

using System.Text;
using Jixiao.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
return JixiaoCommand.Run(args, Console.Out, Console.Error);

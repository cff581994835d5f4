using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Jixiao.Bench -- --filter '*ImportBench*'
// dotnet run -c Release --project bench/Jixiao.Bench -- --cpu-time-evaluation [runs]   (EvaluationCpuTime)
if (args is ["--cpu-time-evaluation", ..])
{
    Jixiao.Bench.EvaluationCpuTime.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 300);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Jixiao.Bench.ImportBench).Assembly)
    .Run(args, DefaultConfig.Instance.WithOptions(ConfigOptions.JoinSummary));

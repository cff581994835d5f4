using System.Globalization;

namespace Jixiao.WebBench;

/// <summary>
/// CPU time a process has used so far (user + system), from /proc/PID/stat on Linux. The server's CPU per request
/// does not depend on queueing or on what else the machine runs, where latency does: on the shared 2-core machine it
/// is the figure to compare between two builds (bench/RESULTS.md).
/// </summary>
internal static class ProcessCpu
{
    /// <summary>The process's CPU time, or null when it cannot be read (not Linux, no such process).</summary>
    public static TimeSpan? Of(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture); // utime, stime
            return TimeSpan.FromSeconds(ticks / (double)ClockTicksPerSecond);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    // USER_HZ: 100 on every Linux the app runs on (getconf CLK_TCK).
    private const int ClockTicksPerSecond = 100;
}

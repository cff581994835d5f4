namespace Jixiao.Cli;

/// <summary>Process exit codes, the same for every verb.</summary>
public static class ExitCodes
{
    /// <summary>Done; for <c>check</c>: no errors found.</summary>
    public const int Ok = 0;
    /// <summary><c>check</c> found errors.</summary>
    public const int FindingsWithErrors = 1;
    /// <summary>The input could not be read (not a target document, empty, binary, missing).</summary>
    public const int UnreadableInput = 2;
}

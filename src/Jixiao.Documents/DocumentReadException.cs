namespace Jixiao.Documents;

/// <summary>
/// A file Jixiao cannot read as a target document. The message is Chinese and says where and what,
/// for the user; the CLI prints it and exits with code 2.
/// </summary>
public sealed class DocumentReadException(string message) : Exception(message);

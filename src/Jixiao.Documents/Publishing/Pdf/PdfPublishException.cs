namespace Jixiao.Documents.Publishing.Pdf;

/// <summary>The PDF cannot be written on this machine (e.g. the Chinese font is missing); the message is Chinese and says what to install.</summary>
public sealed class PdfPublishException(string message) : Exception(message);

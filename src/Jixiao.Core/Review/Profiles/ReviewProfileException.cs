namespace Jixiao.Core.Review.Profiles;

/// <summary>A review profile that does not validate; the message is Chinese and names the entry at fault.</summary>
public sealed class ReviewProfileException : FormatException
{
    public ReviewProfileException(string message) : base(message) { }

    public ReviewProfileException(string message, Exception inner) : base(message, inner) { }

    public ReviewProfileException() : base("审核配置无效") { }
}

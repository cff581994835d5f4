namespace Jixiao.Data.Limits;

/// <summary>
/// 输入超出了 <see cref="InputLimits"/> 的某一项（HTTP 422；同时导入过多时 <see cref="TryLater"/> 为真，HTTP 429）。
/// 消息说明是哪一项上限、上限多少、超出多少；抛出时什么也没有保存。
/// </summary>
public sealed class LimitExceededException(string message, bool tryLater = false) : JixiaoException(message)
{
    /// <summary>稍后重试即可（并发导入已满），而不是输入本身有问题。</summary>
    public bool TryLater { get; } = tryLater;
}

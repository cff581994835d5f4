namespace Jixiao.Data;

/// <summary>A refusal by the store, with a Chinese message for the user that says where and what.</summary>
public class JixiaoException(string message) : Exception(message);

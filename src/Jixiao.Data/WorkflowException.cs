namespace Jixiao.Data;

/// <summary>The document's workflow state does not allow this step (HTTP 409), e.g. editing a 已送审 document.</summary>
public sealed class WorkflowException(string message) : JixiaoException(message);

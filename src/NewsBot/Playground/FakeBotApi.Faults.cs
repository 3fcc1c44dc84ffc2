namespace NewsBot.Playground;

public sealed partial class FakeBotApi
{
    private sealed class Fault(string? method, int remaining, BotApiError error)
    {
        public string? Method { get; } = method;
        public int Remaining { get; set; } = remaining;
        public BotApiError Error { get; } = error;
    }

    private readonly List<Fault> _faults = [];
    private readonly HashSet<string> _rejectedPhotos = [];

    /// <summary>The next <paramref name="count"/> sendMessage/sendPhoto calls fail with this status, description and parameters.</summary>
    public void FailNext(int count, int statusCode, string description, int? retryAfter = null, long? migrateToChatId = null) =>
        AddFault(null, count, new BotApiError(statusCode, description, retryAfter, migrateToChatId));

    /// <summary>The next <paramref name="count"/> calls to <paramref name="method"/> (any method, e.g. getUpdates) fail this way.</summary>
    public void FailNextCalls(string method, int count, int statusCode, string description, int? retryAfter = null) =>
        AddFault(method, count, new BotApiError(statusCode, description, retryAfter));

    /// <summary>The next <paramref name="count"/> sends (or calls to <paramref name="method"/>) answer 502 "Bad Gateway".</summary>
    public void BadGatewayNext(int count, string? method = null) =>
        AddFault(method, count, new BotApiError(502, "Bad Gateway"));

    /// <summary>Forgets every scripted fault not used up yet: calls are answered normally again.</summary>
    public void ClearFaults() { lock (_gate) _faults.Clear(); }

    /// <summary>sendPhoto with this URL answers 400 "failed to get HTTP URL content", as when Telegram cannot fetch it.</summary>
    public void RejectPhotoUrl(string url) { lock (_gate) _rejectedPhotos.Add(url); }

    private void AddFault(string? method, int count, BotApiError error)
    {
        if (count > 0) lock (_gate) _faults.Add(new Fault(method, count, error));
    }

    /// <summary>Throws the first scripted fault that applies to <paramref name="method"/>, consuming one use of it.</summary>
    private void ThrowScriptedFault(string method)
    {
        lock (_gate)
        {
            var fault = _faults.FirstOrDefault(f => f.Method is null
                ? IsSend(method)
                : string.Equals(f.Method, method, StringComparison.OrdinalIgnoreCase));
            if (fault is null) return;
            if (--fault.Remaining == 0) _faults.Remove(fault);
            throw fault.Error;
        }
    }

    private static bool IsSend(string method) => method is "sendMessage" or "sendPhoto";
}

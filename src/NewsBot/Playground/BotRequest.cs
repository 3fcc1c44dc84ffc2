using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Playground;

/// <summary>The parameters of one Bot API call, whether sent as JSON, form fields, multipart or query string.</summary>
internal sealed class BotRequest(JsonObject parameters)
{
    public JsonObject Parameters { get; } = parameters;

    /// <summary>Reads and merges every parameter source; string values that hold JSON objects/arrays are parsed.</summary>
    public static async Task<BotRequest> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var parameters = new JsonObject();
        foreach (var (key, value) in request.Query) parameters[key] = FromField(value.ToString());
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            foreach (var (key, value) in form) parameters[key] = FromField(value.ToString());
            foreach (var file in form.Files) parameters[file.Name] = $"upload:{file.FileName}";
        }
        else if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            var body = await JsonNode.ParseAsync(request.Body, cancellationToken: ct);
            if (body is JsonObject json)
                foreach (var (key, value) in json) parameters[key] = value?.DeepClone();
        }
        return new BotRequest(parameters);
    }

    private static JsonNode? FromField(string value)
    {
        var trimmed = value.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            try { return JsonNode.Parse(value); }
            catch (JsonException) { }
        }
        return JsonValue.Create(value);
    }

    public bool Has(string name) => Parameters[name] is not null;

    /// <summary>A string parameter; numbers and booleans are rendered as their JSON text.</summary>
    public string? String(string name) => Parameters[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        var node => node.ToJsonString(),
    };

    public long? Long(string name) =>
        long.TryParse(String(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;

    public bool Bool(string name) => String(name) is "true" or "True" or "1";

    public JsonNode? Node(string name) => Parameters[name];

    /// <summary>A required parameter, or Telegram's 400 for its absence.</summary>
    public string Required(string name) =>
        String(name) is { Length: > 0 } value ? value : throw BotApiError.BadRequest($"{name} is empty");

    /// <summary>A required integer parameter such as message_id.</summary>
    public int RequiredInt(string name) => Long(name) is { } v and >= int.MinValue and <= int.MaxValue
        ? (int)v
        : throw BotApiError.BadRequest($"{(name == "message_id" ? "message identifier is not specified" : name + " is invalid")}");
}

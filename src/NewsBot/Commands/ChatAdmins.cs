using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Commands;

/// <summary>Whether a user may change a group's subscription: its administrators may (getChatMember), other members may not.
/// Answers are remembered for a few minutes, so a busy group costs one look-up per user.</summary>
public sealed class ChatAdmins(ITelegramBotClient bot, TimeProvider time, ILogger<ChatAdmins> log)
{
    private static readonly TimeSpan Remember = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<(long Chat, long User), (bool Admin, DateTimeOffset At)> _known = new();

    /// <summary>True in a private chat, and in a group for its creator and administrators.</summary>
    public Task<bool> MayChangeAsync(Command command, CancellationToken ct) => MayChangeAsync(command.ChatId, command.InGroup, command.UserId, ct);

    /// <summary>As for a command, for a button pressed in <paramref name="chatId"/> by <paramref name="userId"/>.</summary>
    public async Task<bool> MayChangeAsync(long chatId, bool inGroup, long? userId, CancellationToken ct)
    {
        if (!inGroup) return true;
        if (userId is not { } user) return false;
        var key = (chatId, user);
        if (_known.TryGetValue(key, out var known) && time.GetUtcNow() - known.At < Remember) return known.Admin;
        bool admin;
        try
        {
            var member = await bot.GetChatMember(chatId, user, ct);
            admin = member.Status is ChatMemberStatus.Administrator or ChatMemberStatus.Creator;
        }
        catch (RequestException e)
        {
            log.LogWarning("Could not ask chat {ChatId} about user {UserId} ({Error}); the change is refused", chatId, user, e.Message);
            return false;
        }
        _known[key] = (admin, time.GetUtcNow());
        return admin;
    }
}

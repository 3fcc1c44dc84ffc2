using Microsoft.AspNetCore.Builder;
using NewsBot;

if (args is ["summarize", .. var rest])
    return await SummarizeCommand.RunAsync(rest, Console.Out, Console.Error);

var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.AddNewsBot(builder.Configuration);
await using var app = builder.Build();
app.MapNewsBot();
return await Setup.RunAsync(app);

using Microsoft.AspNetCore.Builder;
using NewsBot;

if (args is ["summarize", .. var rest])
    return await SummarizeCommand.RunAsync(rest, Console.Out, Console.Error);

// appsettings.json is read beside the binary, wherever `dotnet run` was started.
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddNewsBot(builder.Configuration);
await using var app = builder.Build();
app.MapNewsBot();
return await Setup.RunAsync(app);

using Microsoft.Extensions.Hosting;
using NewsBot;

if (args is ["summarize", .. var rest])
    return await SummarizeCommand.RunAsync(rest, Console.Out, Console.Error);

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddNewsBot(builder.Configuration);
using var host = builder.Build();
return await Setup.RunAsync(host);

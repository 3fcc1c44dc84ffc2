# Build: restore on the project files first so the restore layer is cached, then publish.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/NewsBot/NewsBot.csproj src/NewsBot/
RUN dotnet restore src/NewsBot/NewsBot.csproj
COPY src/ src/
RUN dotnet publish src/NewsBot/NewsBot.csproj -c Release -o /app --no-restore

# Run: the ASP.NET Core runtime (the service has a web host), as the image's non-root "app" user, state on the /data volume.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
RUN mkdir -p /data && chown app:app /data
# Inside the container the web endpoints must listen on every interface, or -p 8080:8080 reaches nothing; outside it the default
# stays http://localhost:8080. With no Telegram__BotToken the image starts the playground (its store is temporary, not /data).
# A small gen-0 budget (4 MB) keeps the working set near its live size while a fan-out churns through LiteDB pages.
ENV Storage__Path=/data/newsbot.db \
    Web__Urls=http://0.0.0.0:8080 \
    DOTNET_gcServer=0 \
    DOTNET_GCgen0size=0x400000
EXPOSE 8080
VOLUME /data
USER app
# /healthz answers 503 when storage, the Bot API or the outbox is in trouble. bash's /dev/tcp asks it without curl in the image;
# the port is the one in Web__Urls above.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "NewsBot.dll"]

# Build: restore on the project files first so the restore layer is cached, then publish.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/NewsBot/NewsBot.csproj src/NewsBot/
RUN dotnet restore src/NewsBot/NewsBot.csproj
COPY src/ src/
RUN dotnet publish src/NewsBot/NewsBot.csproj -c Release -o /app --no-restore

# Run: the runtime only, as the image's non-root "app" user, state on the /data volume.
FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
COPY --from=build /app .
RUN mkdir -p /data && chown app:app /data
# A small gen-0 budget (4 MB) keeps the working set near its live size while a fan-out churns through LiteDB pages.
ENV Storage__Path=/data/newsbot.db \
    DOTNET_gcServer=0 \
    DOTNET_GCgen0size=0x400000
VOLUME /data
USER app
ENTRYPOINT ["dotnet", "NewsBot.dll"]

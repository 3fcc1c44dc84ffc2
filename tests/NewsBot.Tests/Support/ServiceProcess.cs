using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace NewsBot.Tests.Support;

/// <summary>
/// The real service as an OS process of its own (NewsBot.dll from the test output), configured through environment
/// variables, so a test can kill -9 it and start it again. Its last output lines are kept for failure messages.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private const int KeptLines = 400;
    private const int SigTerm = 15;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ServiceProcess(Process process) => _process = process;

    /// <summary>The last lines the service wrote (stdout and stderr), with its exit code once it ended.</summary>
    public string Output
    {
        get
        {
            var exit = _process.HasExited ? $"[exited with code {_process.ExitCode}]\n" : "";
            return exit + string.Join('\n', _output);
        }
    }

    /// <summary>Starts the service with <paramref name="settings"/> in configuration form ("Telegram:BotToken"), passed as
    /// environment variables ("Telegram__BotToken"); single-line console logs.</summary>
    public static ServiceProcess Start(IReadOnlyDictionary<string, string?> settings)
    {
        // The test output holds NewsBot.dll but not the packages ASP.NET Core's shared framework gives the tests (Hosting, Logging,
        // ...), so the service runs on the tests' runtimeconfig and deps file: the very assemblies the in-process tests use.
        var bin = AppContext.BaseDirectory;
        var tests = typeof(ServiceProcess).Assembly.GetName().Name;
        string[] args =
        [
            "exec", "--runtimeconfig", Path.Combine(bin, $"{tests}.runtimeconfig.json"), "--depsfile", Path.Combine(bin, $"{tests}.deps.json"),
            Path.Combine(bin, "NewsBot.dll"),
        ];
        var start = new ProcessStartInfo(DotnetHost(), args)
        {
            WorkingDirectory = bin,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        var process = new Process { StartInfo = start };
        var service = new ServiceProcess(process);
        process.OutputDataReceived += (_, e) => service.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => service.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    /// <summary>Waits for <paramref name="condition"/>; fails at once, with the service's output, when the process ends first.</summary>
    /// <param name="progress">How far it got, for the failure message.</param>
    public async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan timeout, Func<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (_process.HasExited) throw new InvalidOperationException($"The service ended {Waiting()}");
            if (clock.Elapsed > timeout) throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0} s {Waiting()}");
            await Task.Delay(25);
        }

        string Waiting() => $"waiting for {what} ({progress?.Invoke() ?? "no progress reported"}).\n{Output}";
    }

    /// <summary>kill -9 of the service and anything it started: no shutdown code runs.</summary>
    public void Kill()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    /// <summary>A graceful stop (SIGTERM, as from a service manager, on Linux), or kill -9 when that takes longer than
    /// <paramref name="timeout"/>.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        if (_process.HasExited) return;
        if (!OperatingSystem.IsLinux() || Signal(_process.Id, SigTerm) != 0)
        {
            Kill();
            return;
        }
        using var cts = new CancellationTokenSource(timeout);
        try { await _process.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException) { Kill(); }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > KeptLines) _output.TryDequeue(out _);
    }

    /// <summary>The dotnet host running the tests (so the service runs on the same runtime), else the one on PATH.</summary>
    private static string DotnetHost()
    {
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Signal(int pid, int signal);
}

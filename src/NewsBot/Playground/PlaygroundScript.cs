namespace NewsBot.Playground;

/// <summary>The playground page's one script: posts what the visitor writes and presses without leaving the page, and asks every
/// second whether anything changed (a 304 while nothing did), then redraws both panes.</summary>
public static class PlaygroundScript
{
    public const string Source = """
        (() => {
          const main = document.querySelector('main.playground');
          const panes = [document.getElementById('channel-feed'), document.getElementById('chat-feed')];
          let version = main.dataset.version;
          const nearBottom = el => el.scrollHeight - el.scrollTop - el.clientHeight < 60;
          const toBottom = () => panes.forEach(el => { el.scrollTop = el.scrollHeight; });

          async function refresh() {
            try {
              const response = await fetch('/playground/view' + location.search, { headers: { 'If-None-Match': version } });
              if (response.status !== 200) return;
              const view = await response.json();
              version = view.version;
              main.dataset.version = version;
              [view.channel, view.chat].forEach((html, i) => {
                const stick = nearBottom(panes[i]);
                panes[i].innerHTML = html;
                if (stick) panes[i].scrollTop = panes[i].scrollHeight;
              });
            } catch (e) { /* the service restarts or stops: try again next second */ }
          }

          document.addEventListener('submit', async event => {
            const form = event.target;
            if (!form.hasAttribute('data-live')) return;
            event.preventDefault();
            const body = new FormData(form);
            if (form.classList.contains('say')) form.querySelector('input[name=text]').value = '';
            await fetch(form.action, { method: 'POST', body, headers: { 'X-Playground': 'fetch' } });
            await refresh();
          });

          toBottom();
          setInterval(refresh, 1000);
        })();
        """;
}

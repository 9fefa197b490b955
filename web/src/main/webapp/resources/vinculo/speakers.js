// The speakers' list timer on a session's live page. The server records when a turn starts and
// ends; each answer says how many seconds the current speaker has had the floor
// (data-speaking-seconds). This carries the count on every second until the next answer replaces
// the element (a poll, or a push), so the time shown never drifts from the server's by more than
// one refresh. An external file: the Content-Security-Policy refuses inline scripts.
(function () {
  function format(total) {
    var h = Math.floor(total / 3600), m = Math.floor(total % 3600 / 60), s = total % 60;
    var mm = (m < 10 ? '0' : '') + m, ss = (s < 10 ? '0' : '') + s;
    return h > 0 ? h + ':' + mm + ':' + ss : mm + ':' + ss;
  }
  function tick() {
    var now = Date.now();
    document.querySelectorAll('[data-speaking-seconds]').forEach(function (el) {
      if (!el.dataset.shownAt) {
        el.dataset.shownAt = String(now);
      }
      var base = parseInt(el.dataset.speakingSeconds, 10) || 0;
      var text = format(base + Math.floor((now - parseInt(el.dataset.shownAt, 10)) / 1000));
      if (el.textContent !== text) {
        el.textContent = text;
      }
    });
  }
  window.setInterval(tick, 1000);
})();

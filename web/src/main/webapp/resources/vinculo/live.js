/*
 * Live sessions, pushed (server-sent events from /en-vivo/{id}/eventos; see web.live).
 *
 * The member's page (#live-feed): a vote cast only moves the count, drawn here from the message; any other change asks
 * the server once for the live panel (the page's remote command), so a viewer's page is re-rendered only when
 * something changed, never on a timer. The secretary's page (data-refresh="all") asks on every change. If the stream
 * cannot open (no EventSource, or three failures in a row) the page falls back to its 2-second poll.
 *
 * The public page (#live-public): redrawn from each message, with the page's own words (data-l-* attributes).
 */
(function () {
  'use strict';

  function format(pattern, args) {
    return pattern.replace(/\{(\d+)\}/g, function (m, i) { return String(args[+i]); });
  }

  function follow(src, onState, onFallback) {
    if (!window.EventSource) {
      onFallback();
      return null;
    }
    var es = new EventSource(src);
    var failures = 0;
    var latest = 0;
    es.addEventListener('open', function () { failures = 0; });
    es.addEventListener('state', function (e) {
      failures = 0;
      var s = JSON.parse(e.data);
      // A stream's first state may cross a newer change: the newest state wins.
      if (s.at < latest) {
        return;
      }
      latest = s.at;
      onState(s);
    });
    es.addEventListener('error', function () {
      failures++;
      if (es.readyState === EventSource.CLOSED || failures >= 3) {
        es.close();
        onFallback();
      }
    });
    return es;
  }

  // ---- the member's and the secretary's page ----------------------------------------------------------------------
  function memberPage(feed) {
    // A page already on its way out (a form sent, a link followed) neither reloads nor asks for its panel.
    var leaving = false;
    window.addEventListener('beforeunload', function () { leaving = true; });
    var refreshAll = feed.getAttribute('data-refresh') === 'all';
    var poll = function () { return window.PF ? PF('livePoll') : null; };
    var first = true;
    follow(feed.getAttribute('data-src'), function (s) {
      feed.setAttribute('data-mode', 'push');
      feed.setAttribute('data-at', String(s.at));
      var p = poll();
      if (p && p.isActive && p.isActive()) {
        p.stop();
      }
      if (first) {
        // The state the stream starts from: the page was rendered a moment ago; redraw only if it moved since.
        first = false;
        if (!sameCount(s)) {
          refresh();
        }
        return;
      }
      if (leaving) {
        return;
      }
      if (s.change === 'STATE') {
        // Started, closed or cancelled: the live panel and the state line above the title are redrawn (the
        // panel says the session began or concluded); the person keeps their place, nothing reloads.
        refresh();
        return;
      }
      if (refreshAll || s.structural || !drawCount(s)) {
        refresh();
      }
      feed.setAttribute('data-seen', String((+feed.getAttribute('data-seen') || 0) + 1));
    }, function () {
      feed.setAttribute('data-mode', 'poll');
      var p = poll();
      if (p) {
        p.start();
      }
    });
  }

  function refresh() {
    if (typeof window.liveRefresh === 'function') {
      window.liveRefresh();
    }
  }

  function sameCount(s) {
    var count = document.getElementById('live-count');
    if (!s.current || !count) {
      return !s.current === !count;
    }
    return count.getAttribute('data-for') === String(s.current['for'])
      && count.getAttribute('data-against') === String(s.current.against)
      && count.getAttribute('data-abstain') === String(s.current.abstain);
  }

  /** Draws the open vote's count from the message; false when the page does not show that item (then it asks). */
  function drawCount(s) {
    var count = document.getElementById('live-count');
    if (!s.current || !count || count.getAttribute('data-item') !== String(s.current.id) || !count.getAttribute('data-pattern')) {
      return false;
    }
    count.setAttribute('data-for', s.current['for']);
    count.setAttribute('data-against', s.current.against);
    count.setAttribute('data-abstain', s.current.abstain);
    count.textContent = format(count.getAttribute('data-pattern'), [s.current['for'], s.current.against, s.current.abstain]);
    return true;
  }

  // ---- the public page --------------------------------------------------------------------------------------------
  function publicPage(root) {
    var l = function (name) { return root.getAttribute('data-l-' + name) || ''; };
    var el = function (tag, text, cls) {
      var e = document.createElement(tag);
      if (text !== undefined && text !== null) { e.textContent = text; }
      if (cls) { e.className = cls; }
      return e;
    };
    var voteWord = { FOR: 'v-for', AGAINST: 'v-against', ABSTAIN: 'v-abstain', RECUSED: 'v-recused', ABSENT: 'v-absent' };
    var stateWord = { IN_PROGRESS: 's-in-progress', CLOSED: 's-closed', ACTA_APPROVED: 's-acta-approved',
      PUBLISHED: 's-published', CONVENED: 's-convened', CANCELLED: 's-cancelled', PLANNED: 's-planned' };

    follow(root.getAttribute('data-src'), function (s) {
      root.setAttribute('data-mode', 'push');
      root.setAttribute('data-at', String(s.at));
      var state = document.getElementById('live-state');
      state.setAttribute('data-state', s.state);
      state.textContent = l(stateWord[s.state]) || s.state;
      if (s.change === 'STATE') {
        // Started or ended: the page is drawn again as the server renders it for that state.
        window.location.reload();
        return;
      }
      var present = document.getElementById('live-present');
      if (present) {
        present.textContent = format(l('present'), [s.present, s.quorumBase]);
      }

      var current = document.getElementById('live-current');
      current.replaceChildren();
      if (s.state !== 'IN_PROGRESS') {
        current.appendChild(el('p', l('not-live')));
      } else if (!s.current) {
        current.appendChild(el('p', l('no-current')));
      } else {
        var item = el('p', null, 'live-item');
        item.appendChild(el('strong', s.current.position + '. ' + s.current.title));
        current.appendChild(item);
        var vs = el('p', l(s.current.voteState === 'OPEN' ? 'open' : s.current.voteState === 'CLOSED' ? 'closed' : 'none'));
        vs.setAttribute('data-vote-state', s.current.voteState);
        current.appendChild(vs);
        if (s.current.voteState !== 'NONE') {
          current.appendChild(el('p', format(l('count'), [s.current['for'], s.current.against, s.current.abstain]), 'live-count'));
        }
      }

      var results = document.getElementById('live-results');
      results.replaceChildren();
      if (!s.results.length) {
        results.appendChild(el('p', l('no-results')));
      }
      s.results.forEach(function (r) {
        var a = el('article', null, 'live-result');
        a.setAttribute('data-item', r.id);
        a.appendChild(el('h3', r.position + '. ' + r.title));
        var line = el('p');
        line.appendChild(el('strong', l(r.result === 'APPROVED' ? 'approved' : 'rejected')));
        var rest = ' · ' + format(l('count'), [r['for'], r.against, r.abstain]);
        if (r.acuerdo) { rest += ' · ' + format(l('acuerdo'), [r.acuerdo]); }
        line.appendChild(document.createTextNode(rest));
        a.appendChild(line);
        if (r.secret) {
          a.appendChild(el('p', l('secret')));
        } else if (r.rollCall.length) {
          var table = el('table', null, 'roll-call');
          var head = el('thead');
          var hr = el('tr');
          [l('member'), l('vote')].forEach(function (h) { var th = el('th', h); th.setAttribute('scope', 'col'); hr.appendChild(th); });
          head.appendChild(hr);
          table.appendChild(head);
          var body = el('tbody');
          r.rollCall.forEach(function (v) {
            var tr = el('tr');
            tr.appendChild(el('td', v.name));
            tr.appendChild(el('td', l(voteWord[v.vote]) || v.vote));
            body.appendChild(tr);
          });
          table.appendChild(body);
          a.appendChild(table);
        }
        results.appendChild(a);
      });
    }, function () {
      // No stream: the page stays as rendered; reloading it shows the latest state.
      root.setAttribute('data-mode', 'static');
    });
  }

  function start() {
    var feed = document.getElementById('live-feed');
    if (feed) {
      memberPage(feed);
    }
    var root = document.getElementById('live-public');
    if (root) {
      publicPage(root);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());

// The Lighthouse web chat: the same conversation as on Telegram, for people without it.
// It keeps its session id and what the person wrote in this browser only; the bot's messages come from the server.
// When the person deletes their data, the server says so and the page forgets what it kept.
(function () {
  "use strict";
  var store = window.localStorage;
  var session = store.getItem("lh.session") || randomId();
  store.setItem("lh.session", session);
  var started = store.getItem("lh.started") === "1";
  var rev = 0;
  var erased = Number(store.getItem("lh.erased") || 0);  // when the person last had their chat erased
  var bot = {};            // bot messages by number
  var local = JSON.parse(store.getItem("lh.transcript") || "[]");  // [{me: text, id: post id, sent} | {bot: number}]
  // Posts not yet accepted by the server, each with its id: kept across a reload and sent again with the same id, so
  // that the server handles each once however often a weak connection makes the page send it.
  var outgoing = JSON.parse(store.getItem("lh.outgoing") || "[]");
  var texts = {};
  var base = "/api/chat/" + session;
  var $ = function (id) { return document.getElementById(id); };

  function randomId() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = new Uint8Array(16); crypto.getRandomValues(b);
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  function language() {
    return store.getItem("lh.lang") || ((navigator.language || "vi").indexOf("en") === 0 ? "en" : "vi");
  }

  function loadTexts() {
    return fetch("/api/webchat/texts?lang=" + language()).then(function (r) { return r.json(); }).then(function (t) {
      texts = t;
      document.documentElement.lang = language();
      $("text").placeholder = t.placeholder;
      $("send").setAttribute("aria-label", t.send);
      $("title").textContent = t.title;
    }).catch(function () { /* keep the defaults */ });
  }

  function save() {
    store.setItem("lh.transcript", JSON.stringify(local.slice(-300)));
    store.setItem("lh.outgoing", JSON.stringify(outgoing));
    store.setItem("lh.started", "1");
  }

  function post(body, shownText) {
    body.id = randomId();
    if (shownText) { local.push({ me: shownText, id: body.id }); }
    outgoing.push(body);
    save();
    render();
    flush();
  }

  function flush() {
    if (!outgoing.length || flush.busy) { return; }
    flush.busy = true;
    var body = outgoing[0];
    fetch(base + "/events", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) })
      .then(function (r) {
        flush.busy = false;
        if (r.status === 429) { return retry(texts.busy, Number(r.headers.get("Retry-After"))); }
        if (r.status >= 500) { return retry(texts.offline, 0); }
        outgoing.shift();
        local.forEach(function (e) { if (e.id === body.id) { e.sent = true; } });
        save();
        setStatus(null);
        render();
        poll(true);
        flush();
      }, function () {
        flush.busy = false;
        retry(texts.offline, 0);
      });
  }

  // The post stays first in line; sent again after the server's Retry-After (at most a minute), or 2 seconds.
  function retry(status, seconds) {
    setStatus(status || "…");
    setTimeout(flush, 1000 * Math.min(60, seconds > 0 ? seconds : 2));
  }

  function poll(soon) {
    clearTimeout(poll.timer);
    fetch(base + "/messages?since=" + rev).then(function (r) { return r.json(); }).then(function (page) {
      if (page.erased > erased) { forget(page.erased); }
      page.messages.forEach(function (m) {
        if (!bot[m.number] && !local.some(function (e) { return e.bot === m.number; })) { local.push({ bot: m.number }); }
        bot[m.number] = m;
      });
      rev = page.rev;
      if (page.messages.length) { save(); render(); }
      setStatus(outgoing.length ? (texts.sending || "…") : null);
      poll.timer = setTimeout(poll, soon || page.messages.length ? 400 : 1500);
    }).catch(function () {
      setStatus(texts.offline || "…");
      poll.timer = setTimeout(poll, 3000);
    });
  }

  // The person had their data deleted: what they typed goes from this browser too, and the bot's earlier messages.
  function forget(at) {
    erased = at;
    local = local.filter(function (e) { return e.bot !== undefined && bot[e.bot] && bot[e.bot].rev > at; });
    Object.keys(bot).forEach(function (n) { if (bot[n].rev <= at) { delete bot[n]; } });
    store.setItem("lh.erased", erased);
    save();
    render();
  }

  function setStatus(text) { var s = $("status"); s.hidden = !text; s.textContent = text || ""; }

  function render() {
    var box = $("transcript");
    box.textContent = "";
    local.forEach(function (entry) {
      if (entry.me !== undefined) {
        box.appendChild(bubble("me" + (entry.sent ? "" : " pending"), entry.me));
      } else if (bot[entry.bot]) {
        box.appendChild(botBubble(bot[entry.bot]));
      }
    });
    box.scrollTop = box.scrollHeight;
  }

  function bubble(kind, text) {
    var div = document.createElement("div");
    div.className = "msg " + kind;
    div.textContent = text;
    return div;
  }

  function botBubble(m) {
    var div = bubble("bot", m.text);
    div.setAttribute("data-number", m.number);
    if (m.file) { div.insertBefore(attachment(m), div.firstChild); }
    if (m.buttons && m.buttons.length) {
      var rows = document.createElement("div");
      rows.className = "buttons";
      m.buttons.forEach(function (row) {
        var r = document.createElement("div");
        r.className = "row";
        row.forEach(function (b) { r.appendChild(button(b, m)); });
        rows.appendChild(r);
      });
      div.appendChild(rows);
    }
    return div;
  }

  function attachment(m) {
    if (m.file.indexOf("/voice/") === 0) {
      var audio = document.createElement("audio");
      audio.src = m.file; audio.controls = true; audio.preload = "none"; audio.className = "voice";
      return audio;
    }
    if (m.file.indexOf("data:image/") === 0) {
      var img = document.createElement("img");
      img.src = m.file; img.alt = m.alt || ""; img.className = "picture";
      return img;
    }
    var a = document.createElement("a");
    a.href = m.file; a.download = m.fileName || "file"; a.textContent = "⬇ " + (m.fileName || "file");
    a.className = "file";
    return a;
  }

  function button(b, m) {
    if (b.url) {
      var a = document.createElement("a");
      a.href = b.url; a.target = "_blank"; a.rel = "noopener"; a.textContent = b.label;
      return a;
    }
    var el = document.createElement("button");
    el.type = "button";
    el.textContent = b.label;
    el.addEventListener("click", function () {
      if (b.data.indexOf("lang:") === 0) { store.setItem("lh.lang", b.data.slice(5)); loadTexts(); }
      post({ data: b.data, ref: String(m.number) }, null);
    });
    return el;
  }

  $("composer").addEventListener("submit", function (e) {
    e.preventDefault();
    var text = $("text").value.trim();
    if (!text) { return; }
    $("text").value = "";
    post({ text: text }, text);
  });

  loadTexts();
  render();
  if (!local.length && !started) { post({ text: "/start" }, null); }
  flush();
  poll();
})();

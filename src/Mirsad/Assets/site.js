// Mirsad works without JavaScript; this file only adds conveniences on top.
(function () {
  "use strict";

  // Completions under the search box as the reader types: keywords (to their pages) and headlines
  // (to the articles), from GET /api/suggest. Text is set with textContent only, never as HTML.
  var input = document.getElementById("site-search");
  if (!input || !input.form || !window.fetch) {
    return;
  }

  var list = document.createElement("ul");
  list.id = "site-search-suggestions";
  list.className = "suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Suggestions");
  list.hidden = true;
  input.form.appendChild(list);
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");

  var timer = 0;
  var pending = null;
  var active = -1;

  function close() {
    list.hidden = true;
    list.textContent = "";
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function add(text, href, note) {
    var li = document.createElement("li");
    li.setAttribute("role", "option");
    li.id = list.id + "-" + list.children.length;
    var a = document.createElement("a");
    a.href = href;
    a.setAttribute("dir", "auto");
    a.textContent = text;
    if (note) {
      var span = document.createElement("span");
      span.className = "note";
      span.textContent = note;
      a.appendChild(span);
    }
    li.appendChild(a);
    list.appendChild(li);
  }

  function show(data) {
    list.textContent = "";
    active = -1;
    data.keywords.forEach(function (k) { add(k.name, k.url, "keyword · " + k.count); });
    data.headlines.forEach(function (h) { add(h.headline, h.url, ""); });
    list.hidden = list.children.length === 0;
    input.setAttribute("aria-expanded", list.hidden ? "false" : "true");
  }

  function move(step) {
    var items = list.children;
    if (items.length === 0) {
      return;
    }
    if (active >= 0) {
      items[active].removeAttribute("aria-selected");
    }
    active = (active + step + items.length) % items.length;
    items[active].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", items[active].id);
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    var text = input.value;
    if (text.trim().length < 2) {
      close();
      return;
    }
    timer = setTimeout(function () {
      if (pending) {
        pending.abort();
      }
      pending = new AbortController();
      fetch("/api/suggest?q=" + encodeURIComponent(text), { signal: pending.signal, headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) { if (data && input.value === text) { show(data); } })
        .catch(function () { /* a newer keystroke aborted it, or the network failed: the form still works */ });
    }, 120);
  });

  input.addEventListener("keydown", function (e) {
    if (list.hidden) {
      return;
    }
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      move(e.key === "ArrowDown" ? 1 : -1);
    } else if (e.key === "Enter" && active >= 0) {
      e.preventDefault();
      window.location.href = list.children[active].firstChild.href;
    } else if (e.key === "Escape") {
      close();
    }
  });

  input.addEventListener("blur", function () { setTimeout(close, 200); });
})();

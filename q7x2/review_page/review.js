// q7x2 review page: map, timeline, filterable table, evidence, verdicts and edits -> gold JSONL.
// Plain JavaScript, no library, no network: the data are in the page (#q7x2-data).
(function () {
  "use strict";
  const DATA = JSON.parse(document.getElementById("q7x2-data").textContent);
  const EVENTS = DATA.events;
  const BY_ID = new Map(EVENTS.map((e) => [e.event_id, e]));
  const STORE_KEY = "q7x2-review:" + DATA.key;
  const PALETTE = ["#d84315", "#1565c0", "#6a1b9a", "#2e7d32", "#ef6c00", "#00838f", "#ad1457", "#4e342e", "#546e7a"];
  const COLOR = {};
  DATA.codebook.sub_event_type.forEach((t, i) => { COLOR[t] = PALETTE[i % PALETTE.length]; });
  const FIELDS = ["date", "place", "target", "weapon", "actor", "casualties"];
  const SVG = "http://www.w3.org/2000/svg";

  // ---- review state: verdicts (correct / wrong / edited), edited gold fields, added events
  const state = loadState();
  const view = { text: "", type: "", verdict: "", day: "", selected: null };

  function loadState() {
    try {
      const saved = JSON.parse(localStorage.getItem(STORE_KEY) || "null");
      if (saved && saved.verdict) return saved;
    } catch (err) { /* no storage (private mode): the review lives in the page only */ }
    return { verdict: {}, edits: {}, added: [] };
  }
  function saveState() {
    try { localStorage.setItem(STORE_KEY, JSON.stringify(state)); } catch (err) { /* see loadState */ }
  }

  const esc = (s) => String(s == null ? "" : s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));
  const names = (list) => [...new Set(list.filter(Boolean))];
  const perpetratorNames = (e) => names(e.perpetrators.map((p) => p.name)).join("; ");
  const dayOf = (e) => (e.date.value && e.date.precision === "day" ? e.date.value : "");

  // ---- gold (ANNOTATION.md section 3) --------------------------------------------------
  function goldOf(e) {
    const loc = e.location;
    return {
      doc: e.doc_id, optional: false, date: e.date.value, precision: e.date.precision,
      sub_event_type: [e.sub_event_type], admin1: loc.admin1_code, place: names([loc.name, loc.name_ar]),
      lat: loc.lat, lon: loc.lon, target: e.target.type ? [e.target.type] : [],
      weapons: names(e.weapons.map((w) => w.type)),
      perpetrators: e.perpetrators.map((p) => names([p.name, p.name_ar])),
      claimed: e.claimed, killed: e.casualties.killed, wounded: e.casualties.wounded,
      note: DATA.notes[e.event_id] || "",
    };
  }
  function emptyGold(doc) {
    return { doc: doc, optional: false, date: null, precision: null, sub_event_type: [], admin1: null, place: [],
      lat: null, lon: null, target: [], weapons: [], perpetrators: [], claimed: null, killed: null, wounded: null,
      note: "" };
  }
  const verdictOf = (id) => state.verdict[id] || "unreviewed";
  const currentGold = (e) => Object.assign(goldOf(e), state.edits[e.event_id] || {});

  function reviewedDocs() {
    const docs = Object.keys(DATA.texts).filter((doc) =>
      EVENTS.every((e) => e.doc_id !== doc || state.verdict[e.event_id]));
    const touched = new Set(EVENTS.filter((e) => state.verdict[e.event_id]).map((e) => e.doc_id));
    state.added.forEach((g) => touched.add(g.doc));
    return docs.filter((doc) => touched.has(doc)).sort();
  }
  function goldLines() {
    const docs = new Set(reviewedDocs());
    const lines = [];
    EVENTS.forEach((e) => {
      const v = state.verdict[e.event_id];
      if (docs.has(e.doc_id) && (v === "correct" || v === "edited")) lines.push(currentGold(e));
    });
    state.added.forEach((g) => { if (docs.has(g.doc)) lines.push(g); });
    return lines.map((g) => JSON.stringify(g)).join("\n") + (lines.length ? "\n" : "");
  }

  // ---- filtering -----------------------------------------------------------------------
  function matches(e) {
    if (view.type && e.sub_event_type !== view.type) return false;
    if (view.verdict && verdictOf(e.event_id) !== view.verdict) return false;
    if (view.day && dayOf(e) !== view.day) return false;
    if (view.text) {
      const hay = [e.date.value, e.location.name, e.location.name_ar, e.location.admin1, e.sub_event_type,
        perpetratorNames(e), e.doc_id, e.target.type].join(" ").toLowerCase();
      if (!hay.includes(view.text)) return false;
    }
    return true;
  }
  const shown = () => EVENTS.filter(matches);

  // ---- map: the events on a plain longitude/latitude plane (no tiles, works offline) ----
  function renderMap(events) {
    const svg = document.getElementById("map");
    const placed = events.filter((e) => e.location.lat != null && e.location.lon != null);
    const all = EVENTS.filter((e) => e.location.lat != null && e.location.lon != null);
    const lats = all.map((e) => e.location.lat), lons = all.map((e) => e.location.lon);
    let [s, n, w, ea] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
    if (!all.length) [s, n, w, ea] = [29, 38, 38, 49];
    const pad = Math.max(0.5, (n - s) * 0.08, (ea - w) * 0.08);
    s -= pad; n += pad; w -= pad; ea += pad;
    const kx = Math.cos(((s + n) / 2) * Math.PI / 180);
    const scale = Math.min(580 / ((ea - w) * kx), 360 / (n - s));
    const x = (lon) => 10 + (lon - w) * kx * scale, y = (lat) => 10 + (n - lat) * scale;
    const parts = [];
    const step = [1, 2, 5, 10, 20, 30].find((d) => (n - s) / d <= 8) || 45;
    for (let v = Math.ceil(w / step) * step; v <= ea; v += step) {
      parts.push(`<line class="graticule" x1="${x(v)}" x2="${x(v)}" y1="0" y2="380"/>` +
        `<text class="graticule-label" x="${x(v) + 2}" y="376">${v}°E</text>`);
    }
    for (let v = Math.ceil(s / step) * step; v <= n; v += step) {
      parts.push(`<line class="graticule" y1="${y(v)}" y2="${y(v)}" x1="0" x2="600"/>` +
        `<text class="graticule-label" x="2" y="${y(v) - 2}">${v}°N</text>`);
    }
    placed.slice().sort((a, b) => (b.casualties.killed || 0) - (a.casualties.killed || 0)).forEach((e) => {
      const r = 4 + 2.5 * Math.sqrt(e.casualties.killed || 0);
      const sel = e.event_id === view.selected ? " selected" : "";
      parts.push(`<circle class="marker${sel}" data-event-id="${esc(e.event_id)}" cx="${x(e.location.lon).toFixed(1)}" ` +
        `cy="${y(e.location.lat).toFixed(1)}" r="${r.toFixed(1)}" fill="${COLOR[e.sub_event_type] || "#999"}">` +
        `<title>${esc(e.date.value)} ${esc(e.location.name)}: ${esc(e.sub_event_type)}, ` +
        `${e.casualties.killed == null ? "?" : e.casualties.killed} killed</title></circle>`);
    });
    const unplaced = events.length - placed.length;
    if (unplaced) parts.push(`<text class="no-place" x="590" y="20" text-anchor="end">${unplaced} without coordinates</text>`);
    svg.innerHTML = parts.join("");
  }
  function renderLegend() {
    const present = [...new Set(EVENTS.map((e) => e.sub_event_type))];
    document.getElementById("legend").innerHTML = present.map((t) =>
      `<span><i style="background:${COLOR[t]}"></i>${esc(t)}</span>`).join("") + "<span>size: killed</span>";
  }

  // ---- timeline: events per day ---------------------------------------------------------
  function renderTimeline(events) {
    const svg = document.getElementById("timeline");
    const perDay = {};
    events.forEach((e) => { const d = dayOf(e); if (d) perDay[d] = (perDay[d] || 0) + 1; });
    const allDays = EVENTS.map(dayOf).filter(Boolean).sort();
    if (!allDays.length) { svg.innerHTML = '<text x="5" y="45">no event dated to the day</text>'; return; }
    const t0 = Date.parse(allDays[0]), t1 = Date.parse(allDays[allDays.length - 1]);
    const span = Math.max(1, (t1 - t0) / 864e5);
    const top = Math.max(...Object.values(perDay), 1);
    const bars = Object.keys(perDay).sort().map((d) => {
      const px = 10 + ((Date.parse(d) - t0) / 864e5) * 580 / span, h = 60 * perDay[d] / top;
      return `<rect class="bar${view.day === d ? " active" : ""}" data-day="${d}" x="${(px - 2).toFixed(1)}" ` +
        `y="${(70 - h).toFixed(1)}" width="4" height="${h.toFixed(1)}"><title>${d}: ${perDay[d]}</title></rect>`;
    });
    svg.innerHTML = bars.join("") + `<text x="10" y="85">${allDays[0]}</text>` +
      `<text x="590" y="85" text-anchor="end">${allDays[allDays.length - 1]}</text>`;
  }

  // ---- table ----------------------------------------------------------------------------
  function renderTable(events) {
    const rows = events.map((e) => {
      const v = verdictOf(e.event_id), c = e.casualties;
      return `<tr data-event-id="${esc(e.event_id)}"${e.event_id === view.selected ? ' class="selected"' : ""}>` +
        `<td class="verdict-${v}">${v === "unreviewed" ? "" : v}</td><td>${esc(e.date.value)}</td>` +
        `<td>${esc(e.location.name || e.location.name_ar)}</td><td>${esc(e.location.admin1)}</td>` +
        `<td>${esc(e.sub_event_type)}</td><td>${c.killed == null ? "" : c.killed}</td>` +
        `<td>${c.wounded == null ? "" : c.wounded}</td><td>${esc(perpetratorNames(e))}</td>` +
        `<td>${e.confidence.toFixed(2)}</td><td>${esc(e.doc_id)}</td></tr>`;
    });
    document.querySelector("#events-table tbody").innerHTML = rows.join("");
    document.getElementById("shown-count").textContent = `${events.length} of ${EVENTS.length} events`;
  }

  // ---- one event: its article with the evidence highlighted, verdict and edits ---------
  function spansOf(e) {
    const spans = e.evidence.map((s) => ({ field: "sentence", start: s.start, end: s.end }));
    const one = (field, v) => { if (v && v.start != null && v.end != null) spans.push({ field, start: v.start, end: v.end }); };
    one("date", e.date); one("place", e.location); one("target", e.target); one("casualties", e.casualties);
    e.weapons.forEach((w) => one("weapon", w));
    e.perpetrators.forEach((p) => one("actor", p));
    return spans;
  }
  function highlighted(text, spans) {
    // cut the text at every span boundary; each piece names the spans covering it
    const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const a = cuts[i], b = cuts[i + 1];
      const over = spans.filter((s) => s.start <= a && b <= s.end);
      const piece = esc(text.slice(a, b));
      if (!over.length) { out.push(piece); continue; }
      const fields = over.filter((s) => s.field !== "sentence").sort((p, q) => (p.end - p.start) - (q.end - q.start));
      const cls = over.some((s) => s.field === "sentence") ? " f-sentence" : "";
      const tags = over.map((s) => `${s.field}@${s.start}-${s.end}`).join(" ");
      out.push(`<span class="seg${cls}" data-field="${fields.length ? fields[0].field : "sentence"}" ` +
        `data-spans="${tags}" title="${esc(names(over.map((s) => s.field)).join(", "))}">${piece}</span>`);
    }
    return out.join("");
  }
  function goldForm(g, idPrefix) {
    const opts = (list, value) =>
      list.map((v) => `<option value="${esc(v)}"${v === value ? " selected" : ""}>${esc(v)}</option>`).join("");
    const input = (name, value, extra) =>
      `<label for="${idPrefix}-${name}">${name}</label><input id="${idPrefix}-${name}" name="${name}" ` +
      `value="${esc(value == null ? "" : value)}"${extra || ""}>`;
    return `<form class="gold" id="${idPrefix}-form">` +
      input("date", g.date, ' placeholder="YYYY-MM-DD"') +
      `<label>precision</label><select name="precision"><option value=""></option>${opts(DATA.codebook.precision, g.precision)}</select>` +
      `<label>sub_event_type</label><select name="sub_event_type">${opts(DATA.codebook.sub_event_type, g.sub_event_type[0])}</select>` +
      `<label>target</label><select name="target"><option value=""></option>${opts(DATA.codebook.target, g.target[0])}</select>` +
      input("place", g.place.join("; ")) + input("admin1", g.admin1, ' placeholder="IQ-BG"') +
      input("lat", g.lat) + input("lon", g.lon) +
      input("weapons", g.weapons.join("; ")) +
      input("perpetrators", g.perpetrators.map((a) => a.join(" | ")).join("; ")) +
      input("killed", g.killed) + input("wounded", g.wounded) +
      `<label>claimed</label><select name="claimed">${opts(["", "true", "false"], g.claimed == null ? "" : String(g.claimed))}</select>` +
      `<label for="${idPrefix}-note">note</label><input class="wide" id="${idPrefix}-note" name="note" value="${esc(g.note)}">` +
      `</form>`;
  }
  function readForm(form) {
    const f = (name) => form.elements[name].value.trim();
    const num = (name, parse) => (f(name) === "" ? null : parse(f(name)));
    const list = (name) => f(name).split(";").map((s) => s.trim()).filter(Boolean);
    return {
      date: f("date") || null, precision: f("precision") || null, sub_event_type: [f("sub_event_type")],
      admin1: f("admin1") || null, place: list("place"), lat: num("lat", parseFloat), lon: num("lon", parseFloat),
      target: f("target") ? [f("target")] : [], weapons: list("weapons"),
      perpetrators: list("perpetrators").map((p) => p.split("|").map((s) => s.trim()).filter(Boolean)),
      claimed: f("claimed") === "" ? null : f("claimed") === "true",
      killed: num("killed", (v) => parseInt(v, 10)), wounded: num("wounded", (v) => parseInt(v, 10)), note: f("note"),
    };
  }
  function renderDetail() {
    const box = document.getElementById("detail");
    const e = BY_ID.get(view.selected);
    if (!e) { box.innerHTML = '<p class="hint">Select an event in the table or on the map.</p>'; return; }
    const text = DATA.texts[e.doc_id];
    const rebuilt = DATA.reconstructed.includes(e.doc_id)
      ? '<p class="reconstructed">The article\'s text was not available: only its evidence is shown, at its offsets.</p>' : "";
    box.innerHTML =
      `<h2>${esc(e.doc_id)} <small>${esc(e.event_id)}</small></h2>` +
      `<p class="summary">${esc(e.date.value || "undated")} · ${esc(e.location.name || e.location.name_ar || "no place")}` +
      ` · ${esc(e.sub_event_type)} · verdict: <span id="verdict" class="verdict-${verdictOf(e.event_id)}">${verdictOf(e.event_id)}</span></p>` +
      `<p class="note" dir="ltr" lang="en">${esc(DATA.notes[e.event_id])}</p>` +
      `<p class="fields-legend">${FIELDS.map((f) => `<span class="${f}">${f}</span>`).join("")}</p>` + rebuilt +
      `<div id="article-text" dir="rtl" lang="ar">${highlighted(text, spansOf(e))}</div>` +
      `<div class="actions"><button id="mark-correct">Correct</button><button id="mark-wrong">Wrong (not an event)</button>` +
      `<button id="save-edit">Save corrections</button></div>` + goldForm(currentGold(e), "edit");
    const textBox = box.querySelector("#article-text"), first = textBox.querySelector(".f-sentence");
    if (first) textBox.scrollTop = first.offsetTop - textBox.offsetTop - 20;
  }

  // ---- adding a missed event and exporting ------------------------------------------------
  function openAddForm() {
    const box = document.getElementById("detail");
    const docs = Object.keys(DATA.texts).sort();
    const current = view.selected ? BY_ID.get(view.selected).doc_id : docs[0];
    box.innerHTML = `<h2>A missed event</h2><label>document <select id="add-doc">` +
      docs.map((d) => `<option value="${esc(d)}"${d === current ? " selected" : ""}>${esc(d)}</option>`).join("") + `</select></label>` +
      `<div id="article-text" dir="rtl" lang="ar">${esc(DATA.texts[current])}</div>` + goldForm(emptyGold(current), "add") +
      `<div class="actions"><button id="save-added">Add to the gold</button></div>`;
    box.querySelector("#add-doc").addEventListener("change", (ev) => {
      box.querySelector("#article-text").textContent = DATA.texts[ev.target.value];
    });
  }
  function renderExport() {
    const docs = reviewedDocs();
    const started = new Set(EVENTS.filter((e) => state.verdict[e.event_id]).map((e) => e.doc_id));
    const partial = [...started].filter((d) => !docs.includes(d)).length;
    const marked = Object.keys(state.verdict).length;
    document.getElementById("progress").textContent = `${marked} of ${EVENTS.length} events reviewed`;
    document.getElementById("export-status").textContent =
      `${docs.length} documents reviewed in full go into the gold` +
      (partial ? `; ${partial} partly reviewed left out until every event is marked` : "") +
      (state.added.length ? `; ${state.added.length} added events` : "") + ".";
    document.getElementById("evaluate-command").textContent =
      `q7x2 evaluate gold.jsonl EVENTS.jsonl --docs ${docs.join(",") || "…"}`;
    document.getElementById("gold-output").value = goldLines();
  }
  function download() {
    const blob = new Blob([goldLines()], { type: "application/x-ndjson" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "gold.jsonl";
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  // ---- wiring -------------------------------------------------------------------------------
  function refresh() {
    const events = shown();
    renderMap(events);
    renderTimeline(events);
    renderTable(events);
    renderExport();
    const clear = document.getElementById("clear-day");
    clear.hidden = !view.day;
    clear.textContent = `day ${view.day} ✕`;
  }
  function select(id) {
    view.selected = id;
    document.querySelectorAll("#events-table tr.selected, #map .marker.selected").forEach((el) => el.classList.remove("selected"));
    document.querySelectorAll(`[data-event-id="${CSS.escape(id)}"]`).forEach((el) => el.classList.add("selected"));
    renderDetail();
  }
  function setVerdict(id, verdict, edits) {
    state.verdict[id] = verdict;
    if (edits) state.edits[id] = edits; else delete state.edits[id];
    saveState();
    refresh();
    renderDetail();
  }

  const typeSelect = document.getElementById("filter-type");
  [...new Set(EVENTS.map((e) => e.sub_event_type))].sort().forEach((t) => typeSelect.add(new Option(t, t)));
  document.getElementById("filter-text").addEventListener("input", (ev) => { view.text = ev.target.value.trim().toLowerCase(); refresh(); });
  typeSelect.addEventListener("change", (ev) => { view.type = ev.target.value; refresh(); });
  document.getElementById("filter-verdict").addEventListener("change", (ev) => { view.verdict = ev.target.value; refresh(); });
  document.getElementById("clear-day").addEventListener("click", () => { view.day = ""; refresh(); });
  document.querySelector("#events-table tbody").addEventListener("click", (ev) => {
    const tr = ev.target.closest("tr[data-event-id]");
    if (tr) select(tr.dataset.eventId);
  });
  document.getElementById("map").addEventListener("click", (ev) => {
    const m = ev.target.closest(".marker");
    if (m) select(m.dataset.eventId);
  });
  document.getElementById("timeline").addEventListener("click", (ev) => {
    const bar = ev.target.closest(".bar");
    if (bar) { view.day = view.day === bar.dataset.day ? "" : bar.dataset.day; refresh(); }
  });
  document.getElementById("detail").addEventListener("click", (ev) => {
    const id = view.selected;
    if (ev.target.id === "mark-correct") setVerdict(id, "correct", null);
    else if (ev.target.id === "mark-wrong") setVerdict(id, "wrong", null);
    else if (ev.target.id === "save-edit") {
      const edited = readForm(document.getElementById("edit-form"));
      const original = goldOf(BY_ID.get(id));
      const changed = {};
      Object.keys(edited).forEach((k) => { if (JSON.stringify(edited[k]) !== JSON.stringify(original[k])) changed[k] = edited[k]; });
      setVerdict(id, Object.keys(changed).length ? "edited" : "correct", Object.keys(changed).length ? changed : null);
    } else if (ev.target.id === "save-added") {
      const doc = document.getElementById("add-doc").value;
      state.added.push(Object.assign(emptyGold(doc), readForm(document.getElementById("add-form"))));
      saveState();
      refresh();
      renderDetail();
    }
  });
  document.getElementById("add-event").addEventListener("click", openAddForm);
  document.getElementById("download-gold").addEventListener("click", download);

  renderLegend();
  refresh();
  window.q7x2Review = { goldLines, state, shown, spansOf, rendered: performance.now() };
})();

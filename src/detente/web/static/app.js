// detente web UI: plain JavaScript, no build step, no third-party code. Data comes from the
// /api/* endpoints of the same server; every string from the database is inserted as text
// (textContent), never as HTML, because article text is untrusted input. Charts: charts.js.
"use strict";

const FILTER_NAMES = ["country", "dyad", "type", "status", "since", "until", "include_undated", "min_confidence", "story", "unit"];
const VIEW_NAMES = ["sort", "order"];  // kept in the URL with the filters, but not filters themselves
const PAGE = 50;
const state = { offset: 0, quadOfType: {}, selected: null, world: null, ticket: 0 };

// ---- small DOM helpers -------------------------------------------------------------------
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

// The codes of international bodies are IGOs already: an "IGO" sector after one says nothing ("IGO IGO",
// "NATO IGO"; session 9 newcomer pass). Same rule as the CLI's output.actor_label.
const BODY_CODES = new Set(["NATO", "UNO", "EUR", "IGO"]);
function codes(a) {
  const sector = a.sector && !(a.sector === a.country || (a.sector === "IGO" && BODY_CODES.has(a.country))) ? a.sector : "";
  return `${a.country || "–"} ${sector}`.trim();
}
function actor(a) { return a ? [codes(a), a.text ? `(${a.text})` : ""].join(" ").trim() : "–"; }
function actorCell(a) {  // the table shows codes; the words they were read from are one hover away
  return el("td", { class: "actor", title: a && a.text ? a.text : "" }, a ? codes(a) : "–");
}

// ---- filters live in the URL hash, so a view can be reloaded and shared -----------------------
function hashParams() { return new URLSearchParams(location.hash.slice(1)); }

function currentFilters() {
  const params = hashParams(), out = {};
  for (const name of FILTER_NAMES) if (params.get(name)) out[name] = params.get(name);
  return out;
}

function currentView() {
  const params = hashParams();
  return { sort: params.get("sort") || "date", order: params.get("order") || "desc" };
}

function setFilters(changes) {
  const merged = { ...currentFilters(), ...currentView(), ...changes };
  const params = new URLSearchParams();
  for (const name of [...FILTER_NAMES, ...VIEW_NAMES]) if (merged[name]) params.set(name, merged[name]);
  if (params.get("sort") === "date" && params.get("order") === "desc") { params.delete("sort"); params.delete("order"); }
  state.offset = 0;
  const hash = params.toString();
  if (hash === location.hash.slice(1)) refresh();  // same filters applied again: no hashchange fires
  else location.hash = hash;  // hashchange → refresh()
}

function syncForm() {
  const form = document.getElementById("filters");
  const filters = currentFilters();
  for (const name of FILTER_NAMES) {
    const input = form.elements[name];
    if (input.type === "checkbox") input.checked = filters[name] === "true";
    else input.value = filters[name] || "";
  }
}

function formFilters(form) {  // a ticked box is "true" in the URL; an unticked one is left out, like an empty field
  return Object.fromEntries(FILTER_NAMES.map(n => {
    const input = form.elements[n];
    return [n, input.type === "checkbox" ? (input.checked ? "true" : "") : input.value.trim()];
  }));
}

function query(extra = {}) { return new URLSearchParams({ ...currentFilters(), ...extra }).toString(); }

async function api(path, extra = {}) {
  const response = await fetch(`${path}?${query(extra)}`);
  const body = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

function showError(error) {
  document.getElementById("error").textContent = error ? String(error.message || error) : "";
}

// An error leaves nothing that acts on a view it could not load: paging and downloads are switched off and the
// tables emptied, so no earlier rows pass for the answer to the filters in the form (session 7: previous/next
// stayed enabled and the old table stayed on screen under "since '2024-13' is not a date").
function showFailed(error) {
  showError(error);
  unitWords(chosenUnit());
  for (const id of ["prev", "next"]) document.getElementById(id).disabled = true;
  for (const id of ["incidents-more", "agreements-more"]) document.getElementById(id).hidden = true;
  for (const id of ["download-csv", "download-json"]) {
    const link = document.getElementById(id);
    link.removeAttribute("href");
    link.classList.add("disabled");
    link.title = "nothing to download: fix the filters first";
  }
  for (const id of ["events-count", "timeline-note", "map-note", "incidents-count", "agreements-count", "stories-count"]) document.getElementById(id).textContent = "";
  for (const id of ["timeline", "map", "pair-chart", "stories"]) document.getElementById(id).replaceChildren();
  for (const id of ["dyads", "incidents", "agreements"]) document.querySelector(`#${id} tbody`).replaceChildren();
  document.getElementById("undated-note").hidden = true;
  document.querySelector("#events tbody").replaceChildren(el("tr", {}, el("td", { colspan: 9, class: "muted" },
    "Nothing shown: the filters could not be applied (the message above says why).")));
}

// What the headings say the charts count. A view that failed (a bad filter, or a page opened on a bad link)
// left the page's first wording, "Events per month", on a database counted by incidents (newcomer review,
// session 12): they say what the form's Count asks for, else what the database counts by default.
function unitWords(unit, withMap = true) {  // the map's word is set with its data when a view loads (loadMap)
  document.getElementById("timeline-unit").textContent = unit === "incidents" ? "Incidents" : "Events";
  for (const id of ["dyads-unit", "dyads-what", ...(withMap ? ["map-unit"] : [])]) document.getElementById(id).textContent = unit;
  // the pair's Goldstein line sums what its bars count: it said "the month's events" over incidents (session 14)
  for (const node of document.querySelectorAll(".goldstein-unit")) node.textContent = unit;
  for (const node of document.querySelectorAll(".goldstein-each")) node.textContent = unit.replace(/s$/, "");
}

function chosenUnit() {
  return document.querySelector("select[name=unit]").value || state.defaultUnit || "events";
}

// ---- summary ------------------------------------------------------------------------------
async function loadSummary() {
  const s = await fetch("/api/summary").then(r => r.json());
  if (s.error) { document.getElementById("summary").textContent = s.error; return; }
  const c = s.counts;
  state.defaultUnit = s.unit;
  unitWords(chosenUnit());
  const d = s.event_dates;  // the body of the dates; the few far outside it said apart (web/span.py)
  const ends = [d.earliest < d.first ? `from ${d.earliest}` : "", d.latest > d.last ? `to ${d.latest}` : ""].filter(Boolean);
  const stray = d.outside ? ` (+${d.outside} far outside it, ${ends.join(" ")})` : "";
  const range = d.first ? `, dated ${d.first} to ${d.last}${stray}` : "";
  const top = s.top_countries.slice(0, 6).map(t => `${t.country} ${t.events}`).join(", ");
  document.getElementById("summary").textContent =
    `${s.db}: ${plural(c.events, "event")} in ${plural(c.documents, "document")}, ${plural(c.stories, "story", "stories")}${range}` + (top ? `; most active: ${top}` : "");
  const select = document.querySelector("select[name=type]");
  for (const t of s.event_types) {
    state.quadOfType[t.event_type] = t.quad_class;
    select.append(el("option", { value: t.event_type }, `${t.event_type} (${t.events})`));
  }
  for (const id of ["legend", "pair-legend"]) {
    document.getElementById(id).append(...QUADS.map(q => el("span", {}, el("span", { class: "swatch", style: `background:${color(q)}` }), label(q))));
  }
  document.getElementById("pair-legend").append(el("span", {}, el("span", { class: "swatch net" }),
    "Goldstein sum of the month's ", el("span", { class: "goldstein-unit" }, chosenUnit()),
    " (right axis; −10 most conflictual … +10 most cooperative per ",
    el("span", { class: "goldstein-each" }, chosenUnit().replace(/s$/, "")), ")",
    el("span", { class: "muted" }, "; no line through a month with none")));  // drawDirection's gaps
}

// ---- country pairs table ---------------------------------------------------------------------
function drawDyads(data) {
  const body = document.querySelector("#dyads tbody");
  body.replaceChildren();
  const max = niceMax(Math.max(...data.dyads.map(d => Math.max(d.cooperation, d.conflict)), 1));
  document.getElementById("dyads-scale").replaceChildren(pairScale(max));
  if (!data.dyads.length) { body.append(el("tr", {}, el("td", { colspan: 6, class: "muted" }, "No country pairs match."))); return; }
  const chosen = currentFilters().dyad;
  const unit = document.getElementById("dyads-unit").textContent;  // "events" or "incidents" (unitWords)
  for (const d of data.dyads) {
    // data-unit and data-label name each value on a phone, where the row is a card with no column head (style.css)
    const row = el("tr", { "data-dyad": d.dyad, onclick: () => setFilters({ dyad: d.dyad, country: "" }) },
      el("td", { class: "pair" }, `${d.source} → ${d.target}`),
      el("td", { class: "num", "data-unit": d.events === 1 ? unit.replace(/s$/, "") : unit }, d.events),
      el("td", { class: "num", "data-unit": "cooperation" }, d.cooperation),
      el("td", { class: "num", "data-unit": "conflict" }, d.conflict),
      el("td", { class: `num ${d.goldstein < 0 ? "neg" : d.goldstein > 0 ? "pos" : ""}`, "data-label": "Goldstein Σ" },
         goldsteinText(d.goldstein)),
      el("td", { class: "bars" }, pairBars(d, max)));
    if (chosen && samePair(chosen, d.dyad)) row.classList.add("selected");
    body.append(row);
  }
}

// One decimal always, so a column of sums lines up ("-18.0" over "-18.9", not "-18"); a sum of 0 is neither
// side's colour (it was green, as if cooperative: newcomer session 8).
function goldsteinText(sum) { return (sum > 0 ? "+" : "") + Number(sum).toFixed(1); }

function samePair(a, b) { return a.toUpperCase().split("-").sort().join("-") === b.toUpperCase().split("-").sort().join("-"); }

// ---- one pair's series (shown when the dyad filter is set) --------------------------------------
async function loadPair() {
  const section = document.getElementById("pair-section");
  const dyad = currentFilters().dyad;
  section.hidden = !dyad;
  if (!dyad) return;
  const series = await api("/api/series");
  const [a, b] = series.dyad.split("-");
  document.getElementById("pair-title").textContent = `${a} ↔ ${b}`;
  drawPairSeries(document.getElementById("pair-chart"), series, month => setFilters({ since: month, until: month }));
}

// ---- map ---------------------------------------------------------------------------------------
async function loadMap() {
  if (!state.world) state.world = await fetch("/static/world-110m.json").then(r => r.json());
  const data = await api("/api/map");
  drawMap(document.getElementById("map"), state.world, data, code => setFilters({ country: code, dyad: "" }));
  const located = data.countries.reduce((a, c) => a + c.events, 0);
  const unit = data.unit === "incidents" ? "incident" : "event";
  document.getElementById("map-unit").textContent = `${unit}s`;
  document.getElementById("map-note").textContent = data.basis === "parties" ? partiesNote(data, unit) :
    `${plural(located, unit)} located in ${plural(data.countries.length, "country", "countries")}` +
    (data.points.length ? ` (dots: ${plural(data.points.length, "town or region", "towns and regions")} with coordinates)` : "") +
    (data.unlocated ? `; ${data.unlocated} ${data.unlocated === 1 ? "has" : "have"} no known place and ${data.unlocated === 1 ? "is" : "are"} not drawn.` : ".");
}

function partiesNote(data, unit) {  // no matching row has a place: the map shades who took part instead
  const which = data.unlocated === 1 ? `this ${unit}` : `any of these ${plural(data.unlocated, unit)}`;
  return `No place is known for ${which}, so the map shades the ` +
    `${plural(data.countries.length, "country", "countries")} taking part (as source or target) instead.`;
}

// ---- events table ---------------------------------------------------------------------------
function typeChip(type) {
  const quad = state.quadOfType[type] || "";
  return el("span", { class: `type ${quad}`, style: quad ? `background:${color(quad)}` : "", title: quad ? label(quad) : "" }, type);
}

function drawSortHeads() {
  const view = currentView();
  for (const th of document.querySelectorAll("#events th[data-sort]")) {
    const active = th.dataset.sort === view.sort;
    th.classList.toggle("sorted", active);
    th.setAttribute("aria-sort", active ? (view.order === "asc" ? "ascending" : "descending") : "none");
    th.querySelector(".arrow").textContent = active ? (view.order === "asc" ? " ▲" : " ▼") : "";
  }
}

function sortBy(column) {
  const view = currentView();
  const order = view.sort === column ? (view.order === "asc" ? "desc" : "asc") : (column === "date" || column === "confidence" ? "desc" : "asc");
  setFilters({ sort: column, order });
}

function drawEvents(data) {
  const body = document.querySelector("#events tbody");
  body.replaceChildren();
  const last = Math.min(data.offset + data.events.length, data.total);
  document.getElementById("events-count").textContent =
    data.total ? `${data.offset + 1}–${last} of ${data.total}` : "none match";
  if (!data.events.length) body.append(emptyRow(9, "No events match."));
  document.getElementById("prev").disabled = data.offset === 0;
  document.getElementById("next").disabled = last >= data.total;
  const files = query(currentView());
  // Too many rows for one download: say so on the links instead of starting a download that is refused.
  const tooMany = data.total > data.max_download;
  for (const [id, kind] of [["download-csv", "csv"], ["download-json", "json"]]) {
    const link = document.getElementById(id);
    if (tooMany) link.removeAttribute("href"); else link.href = `/api/events.${kind}?${files}`;
    link.classList.toggle("disabled", tooMany);
    link.title = tooMany ? `${plural(data.total, "event")} match; a download holds at most ${data.max_download}: narrow the ` +
      "filters, or use `detente export events`" : `download the ${plural(data.total, "matching event")}`;
  }
  drawSortHeads();
  // Like the CLI's note on stderr: a date filter cannot place undated events, so say how many it left out.
  const note = document.getElementById("undated-note");
  note.hidden = !data.undated_left_out;
  note.firstElementChild.textContent = data.undated_left_out ?
    `${plural(data.undated_left_out, "undated event")} left out by Since/Until;` : "";
  for (const e of data.events) {
    const row = el("tr", { "data-id": e.event_id, onclick: () => showEvent(e.event_id) },
      el("td", {}, e.date || "undated"), el("td", {}, typeChip(e.event_type)),
      el("td", { class: `status-${e.status}` }, e.status), el("td", { class: "mode", title: e.mode || "" }, e.mode || ""),
      actorCell(e.source), actorCell(e.target),
      el("td", { class: "num" }, e.confidence === null || e.confidence === undefined ? "" : e.confidence.toFixed(2)),
      el("td", { class: "outlet", title: e.cite.outlet ? e.label : `${e.label || ""} (no outlet in the input: its file name)` }, e.label || e.cite.outlet || ""),
      el("td", { class: "snippet", title: e.evidence.sentence }, e.evidence.sentence));
    if (e.event_id === state.selected) row.classList.add("selected");
    body.append(row);
  }
}

// ---- evidence view: the sentence in its context with the trigger highlighted -----------------
function contextNodes(ev) {
  const text = ev.context, base = ev.context_start;
  const clamp = (v, lo, hi) => Math.min(Math.max(v - base, lo), hi);
  const s0 = clamp(ev.sentence_start, 0, text.length), s1 = clamp(ev.sentence_end, s0, text.length);
  const t0 = clamp(ev.trigger_start, s0, s1), t1 = clamp(ev.trigger_end, t0, s1);
  return el("p", { class: "context" },
    el("span", { class: "around" }, (ev.cut_before ? "…" : "") + text.slice(0, s0)),
    el("span", { class: "sentence" }, text.slice(s0, t0), el("mark", {}, text.slice(t0, t1)), text.slice(t1, s1)),
    el("span", { class: "around" }, text.slice(s1) + (ev.cut_after ? "…" : "")));
}

function safeLink(url, text) {
  // Only web links become anchors: a stored url could be anything, including javascript:.
  return /^https?:\/\//i.test(url || "") ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, text || url) : null;
}

function facts(pairs) {
  const list = el("dl", { class: "facts" });
  for (const [name, value] of pairs) {
    if (value === null || value === undefined || value === "") continue;
    list.append(el("dt", {}, name), el("dd", {}, value));
  }
  return list;
}

// The date as `detente explain` words it: "2023-08-03 (day, from publication)". The page printed
// "(day; publication: publication)" when the note only repeated the source (newcomer session 12).
function dateFact(e, x) {
  const note = x.date_note && x.date_note !== x.date_source ? `: ${x.date_note}` : "";
  return `${e.date || "undated"} (${e.date_precision}, from ${x.date_source}${note})`;
}

async function showEvent(eventId) {
  state.selected = eventId;
  document.querySelectorAll("#events tbody tr").forEach(r => r.classList.toggle("selected", r.dataset.id === eventId));
  const panel = document.getElementById("evidence-body");
  let d;
  try { d = await api(`/api/events/${encodeURIComponent(eventId)}`, {}); } catch (error) { showError(error); return; }
  const link = hashParams();
  link.set("event", eventId);
  history.replaceState(null, "", `#${link}`);  // a shareable link to this event; no hashchange, no reload
  const e = d.event, doc = d.document || {}, x = d.explain;
  document.getElementById("evidence").classList.add("open");
  panel.replaceChildren(el("h3", {}, typeChip(e.event_type), " ", el("span", { class: `status-${e.status}` }, e.status)),
    contextNodes(d.evidence),
    facts([["source", actor(e.source)], ["target", actor(e.target)], ["target found", x.target_how],
           ["date", dateFact(e, x)],
           ["status cue", x.status_cue], ["mode", e.mode], ["attribution", e.attribution ? `${e.attribution} (${x.attribution_kind})` : null],
           ["location", e.location ? `${e.location.text} ${e.location.country || ""}` : null],
           ["trigger", `${d.evidence.trigger} (rule ${x.rule})`], ["confidence", x.confidence],
           ["segment", `${d.evidence.segment_role}, sentence ${d.evidence.sentence_index}`],
           ["document", doc.title || doc.path || e.doc_id], ["outlet", doc.outlet], ["published", doc.published],
           ["link", safeLink(doc.url) || doc.url], ["story", e.story_id], ["event id", e.event_id]]));
}

// ---- stories: the ones holding matching events; a click filters to one ---------------------------
async function loadStories() {
  const data = await api("/api/stories", { limit: 20 });
  const list = document.getElementById("stories");
  list.replaceChildren();
  document.getElementById("stories-count").textContent = data.total ? `${data.total} with matching events` : "";
  if (!data.stories.length) { list.append(el("li", { class: "muted" }, "No stories hold matching events.")); return; }
  for (const s of data.stories) {
    // a page with no title is named by its opening words (lead), not by its document id (newcomer session 20)
    const docs = el("ul", {}, ...s.members.map(m => el("li", { title: m.title ? "" : "no title: the page's opening words" },
      safeLink(m.url, m.title || m.lead || m.url) || (m.title || m.lead || m.doc_id),
      el("span", { class: "muted" }, ` ${m.label || m.outlet || ""} ${m.published || ""}`))));
    const pick = el("button", { type: "button", class: "link", "data-story": s.story_id, onclick: () => setFilters({ story: s.story_id }) },
      `${plural(s.documents, "document")}, ${plural(s.events, "matching event")}`);
    list.append(el("li", {}, pick, el("span", { class: "muted" }, s.outlets.length ? ` — ${s.outlets.join(", ")}` : ""), docs));
  }
}

// ---- wiring -----------------------------------------------------------------------------------
// A denied attack is stacked as conflict like any other row (session 32 newcomer: a pair's only material conflict
// from one side was two denials of shelling): say how many drawn rows are negated or pending, and the way out.
function unsureNote(statuses, unit) {
  const parts = Object.entries(statuses || {}).map(([status, n]) => `${n} ${status}`);
  if (!parts.length) return "";
  const total = Object.values(statuses).reduce((a, b) => a + b, 0);
  return `The charts count ${parts.join(" and ")} ${total === 1 ? unit.replace(/s$/, "") : unit} as if ${total === 1 ? "it" : "they"} happened (negated: denied or said not done; pending: announced, planned or threatened); Status: asserted draws only acts reported as done.`;
}

async function refresh() {
  syncForm();
  showError(null);
  const ticket = ++state.ticket;  // a slower answer to an older view must not overwrite a newer one
  document.querySelector("main").setAttribute("aria-busy", "true");
  try {
    const [timeline, dyads, events] = await Promise.all([api("/api/timeline"), api("/api/dyads", { limit: 25 }),
      api("/api/events", { limit: PAGE, offset: state.offset, ...currentView() })]);
    if (ticket !== state.ticket) return;
    drawTimeline(document.getElementById("timeline"), timeline, month => setFilters({ since: month, until: month }));
    const unit = timeline.unit;
    unitWords(unit, false);
    const unplaced = Object.values(timeline.undated_or_year_only).reduce((a, b) => a + b, 0);
    // one month alone drew one bar and no word why (session 9 newcomer pass; `detente plot` says it too)
    const alone = timeline.months.length === 1 ? `Every ${unit.replace(/s$/, "")} dated to a month falls in ${timeline.months[0].month}.` : "";
    const off = timeline.off_axis;  // far outside the others (a historical mention): counted, not drawn
    const offAxis = off ? `${plural(off, unit.replace(/s$/, ""))} dated far before or after the rest ${off === 1 ? "is" : "are"} not drawn; Since/Until draw them.` : "";
    document.getElementById("timeline-note").textContent = [alone, offAxis,
      unplaced ? `${plural(unplaced, unit.replace(/s$/, ""))} ${unplaced === 1 ? "is" : "are"} dated only to a year, or not at all, and ${unplaced === 1 ? "is" : "are"} not drawn.` : "", unsureNote(timeline.not_asserted, unit)].filter(Boolean).join(" ");
    drawDyads(dyads); drawEvents(events);
    await Promise.all([loadPair(), loadIncidents(), loadAgreements(), loadMap(), loadStories()]);
    if (ticket === state.ticket) await openLinked(!state.opened);
    state.opened = true;  // scrolled to a linked incident or agreement once, when the page opened on its link
  } catch (error) { if (ticket === state.ticket) showFailed(error); }
  // <main aria-busy> until the newest view is drawn: a Playwright element shot of the Events section taken on
  // page load caught its empty table (the full-page shot, taken later, had the rows), with nothing saying it was
  // still loading (session 24 newcomer lead). Wait for main[aria-busy=false]; the table says "Loading events…".
  if (ticket === state.ticket) document.querySelector("main").setAttribute("aria-busy", "false");
}

// A link with its filters in the query (/?dyad=PAK-USA, the API's spelling) showed every event without a word
// (newcomer session 8): the page keeps its filters in the hash, so they move there, the hash's own winning.
function queryToHash() {
  const query = new URLSearchParams(location.search), hash = hashParams();
  if (!query.toString()) return;
  for (const [name, value] of query) if (!hash.has(name)) hash.set(name, value);
  history.replaceState(null, "", `${location.pathname}#${hash}`);
}

function init() {
  queryToHash();
  const form = document.getElementById("filters");
  form.addEventListener("submit", event => {
    event.preventDefault();
    setFilters(formFilters(form));
  });
  document.getElementById("clear").addEventListener("click", () => setFilters(Object.fromEntries(FILTER_NAMES.map(n => [n, ""]))));
  document.getElementById("keep-undated").addEventListener("click", () => setFilters({ include_undated: "true" }));
  document.getElementById("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); refresh(); });
  document.getElementById("next").addEventListener("click", () => { state.offset += PAGE; refresh(); });
  document.getElementById("incidents-disputed").addEventListener("change", () => loadIncidents().catch(showFailed));
  document.getElementById("close-evidence").addEventListener("click", () => document.getElementById("evidence").classList.remove("open"));
  for (const th of document.querySelectorAll("#events th[data-sort]")) th.addEventListener("click", () => sortBy(th.dataset.sort));
  window.addEventListener("hashchange", () => { state.offset = 0; refresh(); });
  const linked = hashParams().get("event");
  loadSummary().then(() => { refresh(); if (linked) showEvent(linked); }).catch(showError);
}

init();

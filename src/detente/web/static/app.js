// detente web UI: plain JavaScript, no build step, no third-party code. Data comes from the
// /api/* endpoints of the same server; every string from the database is inserted as text
// (textContent), never as HTML, because article text is untrusted input.
"use strict";

const FILTER_NAMES = ["country", "dyad", "type", "status", "since", "until"];
const QUADS = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];
const PAGE = 50;
const SVG_NS = "http://www.w3.org/2000/svg";
const state = { offset: 0, quadOfType: {}, selected: null };

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

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function label(quad) { return quad.replace("_", " "); }
function color(quad) { return `var(--${quad})`; }
function actor(a) { return a ? [a.country || "–", a.sector || "", a.text ? `(${a.text})` : ""].join(" ") : "–"; }

// ---- filters live in the URL hash, so a view can be reloaded and shared -----------------------
function currentFilters() {
  const params = new URLSearchParams(location.hash.slice(1));
  const out = {};
  for (const name of FILTER_NAMES) if (params.get(name)) out[name] = params.get(name);
  return out;
}

function setFilters(changes) {
  const filters = { ...currentFilters(), ...changes };
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) if (filters[name]) params.set(name, filters[name]);
  const hash = params.toString();
  if (hash === location.hash.slice(1)) refresh();  // same filters applied again: no hashchange fires
  else location.hash = hash;  // hashchange → refresh()
}

function syncForm() {
  const form = document.getElementById("filters");
  const filters = currentFilters();
  for (const name of FILTER_NAMES) form.elements[name].value = filters[name] || "";
}

async function api(path, extra = {}) {
  const params = new URLSearchParams({ ...currentFilters(), ...extra });
  const response = await fetch(`${path}?${params}`);
  const body = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

function showError(error) {
  document.getElementById("error").textContent = error ? String(error.message || error) : "";
}

// ---- summary ------------------------------------------------------------------------------
async function loadSummary() {
  const s = await fetch("/api/summary").then(r => r.json());
  if (s.error) { document.getElementById("summary").textContent = s.error; return; }
  const c = s.counts;
  const range = s.event_dates.first ? `, dated ${s.event_dates.first} to ${s.event_dates.last}` : "";
  const top = s.top_countries.slice(0, 6).map(t => `${t.country} ${t.events}`).join(", ");
  document.getElementById("summary").textContent =
    `${s.db}: ${c.events} events in ${c.documents} documents, ${c.stories} stories${range}` + (top ? `; most active: ${top}` : "");
  const select = document.querySelector("select[name=type]");
  for (const t of s.event_types) {
    state.quadOfType[t.event_type] = t.quad_class;
    select.append(el("option", { value: t.event_type }, `${t.event_type} (${t.events})`));
  }
  const legend = document.getElementById("legend");
  for (const q of QUADS) legend.append(el("span", {}, el("span", { class: "swatch", style: `background:${color(q)}` }), label(q)));
}

// ---- timeline: stacked bars per month, drawn as inline SVG ----------------------------------
function niceMax(value) {
  // small maxima round up to an even number so the middle gridline is a whole count
  if (value <= 10) return Math.max(value + (value % 2), 2);
  const step = Math.pow(10, Math.floor(Math.log10(value)));
  return Math.ceil(value / step) * step;
}

function monthTotals(month, quadOfType) {
  const totals = Object.fromEntries(QUADS.map(q => [q, 0]));
  for (const [type, n] of Object.entries(month.types)) {
    if (quadOfType[type]) totals[quadOfType[type]] += n;
  }
  return totals;
}

function drawTimeline(data) {
  const box = document.getElementById("timeline");
  box.replaceChildren();
  const months = data.months;
  const unplaced = Object.values(data.undated_or_year_only).reduce((a, b) => a + b, 0);
  document.getElementById("timeline-note").textContent =
    unplaced ? `${unplaced} events are dated only to a year, or not at all, and are not drawn.` : "";
  if (!months.length) { box.append(el("p", { class: "muted" }, "No dated events match.")); return; }
  const W = 960, H = 220, left = 40, bottom = 24, top = 8;
  const totals = months.map(m => monthTotals(m, data.quad_of_type));
  const max = niceMax(Math.max(...totals.map(t => QUADS.reduce((a, q) => a + t[q], 0))));
  const plotW = W - left - 8, plotH = H - top - bottom, slot = plotW / months.length;
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", role: "img", "aria-label": "events per month" });
  for (const tick of [0, max / 2, max]) {
    const y = top + plotH - (tick / max) * plotH;
    chart.append(svg("line", { x1: left, x2: W - 8, y1: y, y2: y, stroke: "#dde2e7" }));
    chart.append(svg("text", { x: left - 6, y: y + 4, "text-anchor": "end" }, Number.isInteger(tick) ? tick : tick.toFixed(1)));
  }
  const labelEvery = Math.ceil(months.length / 16);
  months.forEach((m, i) => {
    let y = top + plotH;
    const w = Math.min(Math.max(slot * 0.8, 1), 48), x = left + i * slot + (slot - w) / 2;
    const group = svg("g", { "data-month": m.month });
    for (const q of QUADS) {
      const h = (totals[i][q] / max) * plotH;
      if (!h) continue;
      y -= h;
      const rect = svg("rect", { class: "month", x, y, width: w, height: h, fill: color(q) });
      rect.append(svg("title", {}, `${m.month}: ${totals[i][q]} ${label(q)}`));
      group.append(rect);
    }
    group.addEventListener("click", () => setFilters({ since: m.month, until: m.month }));
    chart.append(group);
    if (i % labelEvery === 0) chart.append(svg("text", { x: x + w / 2, y: H - 6, "text-anchor": "middle" }, m.month));
  });
  box.append(chart);
}

// ---- country pairs: cooperation to the left, conflict to the right ----------------------------
function dyadBars(d, max) {
  const W = 400, H = 16, mid = W / 2, scale = (mid - 4) / max;
  const bars = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", height: H, preserveAspectRatio: "none" });
  let x = mid;
  for (const q of ["material_cooperation", "verbal_cooperation"]) {  // stronger cooperation outermost
    const w = d[q] * scale; x -= w;
    if (w) bars.append(svg("rect", { x, y: 2, width: w, height: H - 4, fill: color(q) }));
  }
  x = mid;
  for (const q of ["verbal_conflict", "material_conflict"]) {
    const w = d[q] * scale;
    if (w) bars.append(svg("rect", { x, y: 2, width: w, height: H - 4, fill: color(q) }));
    x += w;
  }
  bars.append(svg("line", { x1: mid, x2: mid, y1: 0, y2: H, stroke: "#6b7480" }));
  bars.append(svg("title", {}, QUADS.map(q => `${label(q)} ${d[q]}`).join(", ")));
  return bars;
}

function drawDyads(data) {
  const body = document.querySelector("#dyads tbody");
  body.replaceChildren();
  if (!data.dyads.length) { body.append(el("tr", {}, el("td", { colspan: 3, class: "muted" }, "No country pairs match."))); return; }
  const max = Math.max(...data.dyads.map(d => Math.max(d.cooperation, d.conflict)), 1);
  for (const d of data.dyads) {
    body.append(el("tr", { onclick: () => setFilters({ dyad: d.dyad, country: "" }) },
      el("td", {}, d.dyad), el("td", {}, `${d.events} (${d.cooperation} / ${d.conflict})`),
      el("td", { class: "bars" }, dyadBars(d, max))));
  }
}

// ---- events table ---------------------------------------------------------------------------
function typeChip(type) {
  const quad = state.quadOfType[type] || "";
  return el("span", { class: `type ${quad}`, style: quad ? `background:${color(quad)}` : "", title: label(quad) }, type);
}

function drawEvents(data) {
  const body = document.querySelector("#events tbody");
  body.replaceChildren();
  const last = Math.min(data.offset + data.events.length, data.total);
  document.getElementById("events-count").textContent =
    data.total ? `${data.offset + 1}–${last} of ${data.total}, newest first` : "none match";
  document.getElementById("prev").disabled = data.offset === 0;
  document.getElementById("next").disabled = last >= data.total;
  for (const e of data.events) {
    const row = el("tr", { "data-id": e.event_id, onclick: () => showEvent(e.event_id) },
      el("td", {}, e.date || "?"), el("td", {}, typeChip(e.event_type)),
      el("td", { class: `status-${e.status}` }, e.status), el("td", {}, actor(e.source)), el("td", {}, actor(e.target)),
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
    el("span", { class: "around" }, (ev.context_start > 0 ? "…" : "") + text.slice(0, s0)),
    el("span", { class: "sentence" }, text.slice(s0, t0), el("mark", {}, text.slice(t0, t1)), text.slice(t1, s1)),
    el("span", { class: "around" }, text.slice(s1) + (ev.context_end < ev.text_chars ? "…" : "")));
}

function safeLink(url) {
  // Only web links become anchors: a stored url could be anything, including javascript:.
  return /^https?:\/\//i.test(url || "") ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, url) : null;
}

function facts(pairs) {
  const list = el("dl", { class: "facts" });
  for (const [name, value] of pairs) {
    if (value === null || value === undefined || value === "") continue;
    list.append(el("dt", {}, name), el("dd", {}, value));
  }
  return list;
}

async function showEvent(eventId) {
  state.selected = eventId;
  document.querySelectorAll("#events tbody tr").forEach(r => r.classList.toggle("selected", r.dataset.id === eventId));
  const panel = document.getElementById("evidence");
  let d;
  try { d = await api(`/api/events/${encodeURIComponent(eventId)}`, {}); } catch (error) { showError(error); return; }
  const link = new URLSearchParams(location.hash.slice(1));
  link.set("event", eventId);
  history.replaceState(null, "", `#${link}`);  // a shareable link to this event; no hashchange, no reload
  const e = d.event, doc = d.document || {}, x = d.explain;
  panel.replaceChildren(el("h2", {}, "Evidence ", typeChip(e.event_type), " ", el("span", { class: `status-${e.status}` }, e.status)),
    contextNodes(d.evidence),
    facts([["source", actor(e.source)], ["target", actor(e.target)],
           ["date", `${e.date || "?"} (${e.date_precision}; ${x.date_source}${x.date_note ? ": " + x.date_note : ""})`],
           ["status cue", x.status_cue], ["attribution", e.attribution ? `${e.attribution} (${x.attribution_kind})` : null],
           ["location", e.location ? `${e.location.text} ${e.location.country || ""}` : null],
           ["trigger", `${d.evidence.trigger} (rule ${x.rule}, confidence ${x.confidence})`],
           ["segment", `${d.evidence.segment_role}, sentence ${d.evidence.sentence_index}`],
           ["document", doc.title || doc.path || e.doc_id], ["outlet", doc.outlet], ["published", doc.published],
           ["link", safeLink(doc.url) || doc.url], ["story", e.story_id], ["event id", e.event_id]]));
}

// ---- stories --------------------------------------------------------------------------------
async function loadStories() {
  const data = await fetch("/api/stories?limit=20").then(r => r.json());
  const list = document.getElementById("stories");
  list.replaceChildren();
  if (!data.stories || !data.stories.length) { list.append(el("li", { class: "muted" }, "No stories assigned yet.")); return; }
  for (const s of data.stories) {
    const docs = el("ul", {}, ...s.members.map(m => el("li", {}, safeLink(m.url) ? el("a", { href: m.url, target: "_blank", rel: "noopener noreferrer" }, m.title || m.url) : (m.title || m.doc_id),
      el("span", { class: "muted" }, ` ${m.outlet || ""} ${m.published || ""}`))));
    list.append(el("li", {}, `${s.documents} documents, ${s.events} events`,
      el("span", { class: "muted" }, s.outlets.length ? ` — ${s.outlets.join(", ")}` : ""), docs));
  }
}

// ---- wiring -----------------------------------------------------------------------------------
async function refresh() {
  syncForm();
  showError(null);
  try {
    const [timeline, dyads, events] = await Promise.all(
      [api("/api/timeline"), api("/api/dyads", { limit: 25 }), api("/api/events", { limit: PAGE, offset: state.offset })]);
    drawTimeline(timeline); drawDyads(dyads); drawEvents(events);
  } catch (error) { showError(error); }
}

function init() {
  const form = document.getElementById("filters");
  form.addEventListener("submit", event => {
    event.preventDefault();
    state.offset = 0;
    setFilters(Object.fromEntries(FILTER_NAMES.map(n => [n, form.elements[n].value.trim()])));
  });
  document.getElementById("clear").addEventListener("click", () => {
    state.offset = 0;
    setFilters(Object.fromEntries(FILTER_NAMES.map(n => [n, ""])));
  });
  document.getElementById("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); refresh(); });
  document.getElementById("next").addEventListener("click", () => { state.offset += PAGE; refresh(); });
  window.addEventListener("hashchange", () => { state.offset = 0; refresh(); });
  const linked = new URLSearchParams(location.hash.slice(1)).get("event");
  loadSummary().then(() => { refresh(); if (linked) showEvent(linked); }).catch(showError);
  loadStories().catch(showError);
}

init();

// detente web UI, the charts: timeline, directed country pairs, one pair's series, the map. Plain
// inline SVG, no third-party code; every label from the database is set as text, never as markup.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const QUADS = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];
const COOPERATION = ["verbal_cooperation", "material_cooperation"];  // inner to outer from the zero line
const CONFLICT = ["verbal_conflict", "material_conflict"];

// "1 event", "2 events", "1 story" / "3 stories" (shared with app.js, loaded after this file).
function plural(n, word, many) { return `${n} ${n === 1 ? word : (many || word + "s")}`; }

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function label(quad) { return quad.replace("_", " "); }
function color(quad) { return `var(--${quad})`; }

function niceMax(value) {
  // small maxima round up to an even number so the middle gridline is a whole count; a Goldstein sum is not
  // whole (9.5 gave an axis of ±11 with ticks at ±5.5: newcomer session 8), so it is rounded up first
  value = Math.ceil(value);
  if (value <= 10) return Math.max(value + (value % 2), 2);
  const step = Math.pow(10, Math.floor(Math.log10(value)));
  return Math.ceil(value / step) * step;
}

function tickText(value) { return Number.isInteger(value) ? String(value) : value.toFixed(1); }

// A chart wider than its card (a phone: the SVG keeps 720 px, style.css) scrolls in a box of its own, so the card's
// heading, legend and notes stay in view (newcomer review, session 20: the whole card was scrolled and at 390 px
// "Incidents per month" and "Pair CHN ↔ IND" were off the left edge). The box opens on the newest bar, at its
// right end (session 19: a corpus whose first report is a decade early opened on empty years), not on the SVG's
// right end: a single month is drawn in the middle, and the right end showed an empty plot.
function scrollBox(chart) {
  const box = el("div", { class: "chart-scroll" });
  box.append(chart);
  return box;
}

// On a phone a chart scrolls to its newest month, which leaves its value axes out of view: the bars had no
// scale (newcomer18, session 29, realnews at 390 px). A line under the chart gives it; wider screens hide it.
function phoneScale(text) {
  return el("p", { class: "phone-scale muted" }, `Scale (its axes scroll out of view): ${text}`);
}

function showNewest(box) {
  // the two directions of a pair share one offset, so a month sits above the same month (and a direction with
  // no bar at all shows the months of the other's newest bar, not an empty right end)
  const scrollers = [...box.querySelectorAll(".chart-scroll")].filter(s => s.scrollWidth > s.clientWidth);
  let newest = -Infinity;
  for (const s of scrollers) {
    const origin = s.getBoundingClientRect().left - s.scrollLeft;  // the x of the scroller's content's left edge
    for (const r of s.querySelectorAll("g.month rect:not([fill='transparent'])")) newest = Math.max(newest, r.getBoundingClientRect().right - origin);
  }
  for (const s of scrollers) {
    s.scrollLeft = Number.isFinite(newest) ? Math.max(0, newest + 24 - s.clientWidth) : s.scrollWidth;  // 24: room for its month label
  }
}

// ---- timeline: events per month stacked by quad class -------------------------------------------
function monthTotals(month, quadOfType) {
  const totals = Object.fromEntries(QUADS.map(q => [q, 0]));
  for (const [type, n] of Object.entries(month.types)) if (quadOfType[type]) totals[quadOfType[type]] += n;
  return totals;
}

function drawTimeline(box, data, onMonth) {
  box.replaceChildren();
  const months = data.months;
  if (!months.length) { box.append(el("p", { class: "muted" }, `No dated ${data.unit || "events"} match.`)); return; }
  const W = 960, H = 220, left = 48, bottom = 24, top = 8;
  const totals = months.map(m => monthTotals(m, data.quad_of_type));
  const max = niceMax(Math.max(...totals.map(t => QUADS.reduce((a, q) => a + t[q], 0))));
  const plotW = W - left - 8, plotH = H - top - bottom, slot = plotW / months.length;
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", role: "img", "aria-label": `${data.unit || "events"} per month` });
  for (const tick of [0, max / 2, max]) {
    const y = top + plotH - (tick / max) * plotH;
    chart.append(svg("line", { x1: left, x2: W - 8, y1: y, y2: y, stroke: "#dde2e7" }));
    chart.append(svg("text", { x: left - 6, y: y + 4, "text-anchor": "end" }, tickText(tick)));
  }
  chart.append(svg("text", { x: 10, y: top + plotH / 2, transform: `rotate(-90 10 ${top + plotH / 2})`, "text-anchor": "middle" }, data.unit || "events"));
  const labelEvery = Math.ceil(months.length / 16);
  months.forEach((m, i) => {
    const w = Math.min(Math.max(slot * 0.8, 1), 48), x = left + i * slot + (slot - w) / 2;
    const group = svg("g", { class: "month", "data-month": m.month });
    group.append(svg("rect", { x: left + i * slot, y: top, width: slot, height: plotH, fill: "transparent" }));
    let y = top + plotH;
    for (const q of QUADS) {
      const h = (totals[i][q] / max) * plotH;
      if (!h) continue;
      y -= h;
      group.append(svg("rect", { x, y, width: w, height: h, fill: color(q) }));
    }
    const sum = QUADS.reduce((a, q) => a + totals[i][q], 0);
    group.append(svg("title", {}, `${m.month}: ${plural(sum, data.unit === "incidents" ? "incident" : "event")} (` + QUADS.map(q => `${label(q)} ${totals[i][q]}`).join(", ") + ")"));
    group.addEventListener("click", () => onMonth(m.month));
    chart.append(group);
    if (i % labelEvery === 0) chart.append(svg("text", { x: x + w / 2, y: H - 6, "text-anchor": "middle" }, m.month));
  });
  box.append(scrollBox(chart), phoneScale(`the top line is ${plural(max, data.unit === "incidents" ? "incident" : "event")}`));
  showNewest(box);
}

// ---- directed pairs: cooperation to the left of zero, conflict to the right -----------------------
const BAR_W = 400, BAR_H = 16;

function pairScale(max) {
  // The header of the bars column: a labelled axis in HTML (an SVG stretched to the column would
  // stretch its text too), so the bars have a scale: events, cooperation left, conflict right.
  const ticks = [-1, -0.5, 0, 0.5, 1].map(frac => el("span", { class: "tick", style: `left:${50 + frac * 49}%` },
    tickText(Math.abs(frac) * max)));
  return el("div", { class: "scale" }, ...ticks,
    el("span", { class: "side left" }, "◀ cooperation"), el("span", { class: "side right" }, "conflict ▶"));
}

function pairBars(d, max) {
  const mid = BAR_W / 2, scale = (mid - 4) / max;
  const bars = svg("svg", { viewBox: `0 0 ${BAR_W} ${BAR_H}`, width: "100%", height: BAR_H, preserveAspectRatio: "none" });
  let x = mid;
  for (const q of COOPERATION) {
    const w = d[q] * scale; x -= w;
    if (w) bars.append(svg("rect", { x, y: 2, width: w, height: BAR_H - 4, fill: color(q) }));
  }
  x = mid;
  for (const q of CONFLICT) {
    const w = d[q] * scale;
    if (w) bars.append(svg("rect", { x, y: 2, width: w, height: BAR_H - 4, fill: color(q) }));
    x += w;
  }
  bars.append(svg("line", { x1: mid, x2: mid, y1: 0, y2: BAR_H, stroke: "#6b7480" }));
  bars.append(svg("title", {}, QUADS.map(q => `${label(q)} ${d[q]}`).join(", ")));
  return bars;
}

// ---- one pair, both directions: bars up for cooperation, down for conflict (events, left axis),
// and the month's Goldstein sum as a line on its own scale (right axis) -----------------------------
function seriesMax(series, field) {
  let max = 1;
  for (const dir of Object.values(series.directions)) {
    for (const m of dir.months) max = Math.max(max, ...(field ? [Math.abs(m[field])] : [m.cooperation, m.conflict]));
  }
  return niceMax(max);
}

function drawAxis(chart, x, anchor, yOf, max, cls) {
  for (const tick of [max, max / 2, 0, -max / 2, -max]) {
    chart.append(svg("text", { x, y: yOf(tick, max) + 4, "text-anchor": anchor, class: cls }, (tick > 0 ? "+" : "") + tickText(tick)));
  }
}

// Consecutive points of months with events: the pieces of the Goldstein line.
function busyRuns(points) {
  const runs = [[]];
  for (const p of points) {
    if (p[2].events) runs[runs.length - 1].push(p);
    else if (runs[runs.length - 1].length) runs.push([]);
  }
  return runs;
}

function drawDirection(dir, months, max, gmax, onMonth) {
  const W = 960, H = 170, left = 48, right = 48, top = 8, bottom = 22;
  const plotW = W - left - right, plotH = H - top - bottom, mid = top + plotH / 2, half = plotH / 2;
  const slot = plotW / Math.max(months.length, 1), yOf = (v, m) => mid - (v / m) * half;
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", role: "img",
    "aria-label": `${dir.source} to ${dir.target} per month`, "data-direction": `${dir.source}-${dir.target}` });
  for (const tick of [max, max / 2, 0, -max / 2, -max]) {
    chart.append(svg("line", { x1: left, x2: W - right, y1: yOf(tick, max), y2: yOf(tick, max), stroke: tick ? "#eef1f4" : "#6b7480" }));
  }
  drawAxis(chart, left - 6, "end", yOf, max, "");
  drawAxis(chart, W - right + 6, "start", yOf, gmax, "goldstein");
  const labelEvery = Math.ceil(months.length / 12);
  const points = [];
  dir.months.forEach((m, i) => {
    const w = Math.min(Math.max(slot * 0.7, 1), 40), x = left + i * slot + (slot - w) / 2;
    const group = svg("g", { class: "month", "data-month": m.month });
    group.append(svg("rect", { x: left + i * slot, y: top, width: slot, height: plotH, fill: "transparent" }));
    let up = mid, down = mid;
    for (const q of COOPERATION) { const h = (m[q] / max) * half; if (h) { up -= h; group.append(svg("rect", { x, y: up, width: w, height: h, fill: color(q) })); } }
    for (const q of CONFLICT) { const h = (m[q] / max) * half; if (h) { group.append(svg("rect", { x, y: down, width: w, height: h, fill: color(q) })); down += h; } }
    group.append(svg("title", {}, m.events ? `${dir.source} → ${dir.target}, ${m.month}: ${m.cooperation} cooperation, ${m.conflict} conflict, Goldstein sum ${m.goldstein}` : `${dir.source} → ${dir.target}, ${m.month}: no events`));
    group.addEventListener("click", () => onMonth(m.month));
    chart.append(group);
    points.push([left + i * slot + slot / 2, yOf(m.goldstein, gmax), m]);
    if (i % labelEvery === 0) chart.append(svg("text", { x: x + w / 2, y: H - 6, "text-anchor": "middle" }, m.month));
  });
  // a month with no events has no Goldstein sum: the line breaks there rather than running at 0, which read as
  // neutral relations in months nothing was reported (session 24 newcomer lead, as `detente plot dyad`)
  for (const run of busyRuns(points)) {
    if (run.length > 1) chart.append(svg("polyline", { points: run.map(p => `${p[0]},${p[1]}`).join(" "), class: "net", fill: "none" }));
  }
  for (const [cx, cy, m] of points) {  // a dot where something happened, so a single month still shows
    if (!m.events) continue;
    const dot = svg("circle", { cx, cy, r: 3.5, class: "net" });
    dot.append(svg("title", {}, `${m.month}: Goldstein sum ${m.goldstein}`));
    chart.append(dot);
  }
  return chart;
}

function drawPairSeries(box, series, onMonth) {
  box.replaceChildren();
  if (!series.months.length) { box.append(el("p", { class: "muted" }, `No ${series.unit} of this pair are dated to a month.`)); return; }
  const max = seriesMax(series), gmax = seriesMax(series, "goldstein");
  for (const dir of Object.values(series.directions)) {
    const total = dir.months.reduce((a, m) => a + m.events, 0);
    box.append(el("h3", {}, `${dir.source} → ${dir.target}`, el("small", { class: "muted" }, ` ${total} ${total === 1 ? series.unit.slice(0, -1) : series.unit} by month`)),
      scrollBox(drawDirection(dir, series.months, max, gmax, onMonth)));
  }
  const one = series.unit.slice(0, -1);
  box.append(phoneScale(`the top and bottom lines are ${plural(max, one)} (cooperation up, conflict down) and a `
    + `Goldstein sum of ±${tickText(gmax)}`));
  showNewest(box);
}

// ---- map: countries shaded by the events located in them -------------------------------------------
function shade(n, max) {
  if (!n) return "#eef1f4";
  const t = Math.log1p(n) / Math.log1p(max);  // log scale: one busy country should not wash out the rest
  const light = [198, 219, 239], dark = [8, 69, 148];
  return `rgb(${light.map((c, i) => Math.round(c + (dark[i] - c) * t)).join(",")})`;
}

function ringPath(ring) {
  let d = "";
  for (let i = 0; i < ring.length; i += 2) d += `${i ? "L" : "M"}${(ring[i] + 180).toFixed(1)},${(90 - ring[i + 1]).toFixed(1)}`;
  return d + "Z";
}

function drawMap(frame, world, data, onCountry) {
  frame.replaceChildren();
  const counts = Object.fromEntries(data.countries.map(c => [c.country, c]));
  const max = Math.max(1, ...data.countries.map(c => c.events));
  const unit = data.unit === "incidents" ? "incident" : "event";  // what the pairs table counts too
  // framed on what it draws (web/extent.py): a pair of neighbours was two dots lost on the whole world
  // (newcomer session 16); `k` keeps outlines and dots as thick on screen as on the world map
  const [west, south, east, north] = data.extent || [-180, -60, 180, 90];
  const box = [west + 180, 90 - north, east - west, north - south], k = (east - west) / 360;
  const chart = svg("svg", { viewBox: box.map(v => v.toFixed(1)).join(" "), width: "100%", role: "img",
                             "aria-label": `${unit}s by country where they happened`, style: `--k:${k.toFixed(3)}` });
  chart.append(svg("rect", { x: box[0], y: box[1], width: box[2], height: box[3], fill: "#f7fbff" }));
  for (const c of world.countries) {
    const n = counts[c.id] ? counts[c.id].events : 0;
    const path = svg("path", { d: c.rings.map(ringPath).join(""), fill: shade(n, max), stroke: "#fff", "stroke-width": (0.2 * k).toFixed(3),
      class: n ? "country located" : "country", "data-country": c.id || "" });
    path.append(svg("title", {}, `${c.name}${c.id ? ` (${c.id})` : ""}: ${plural(n, unit)} ${data.basis === "parties" ? "it takes part in" : "located here"}`));
    if (c.id) path.addEventListener("click", () => onCountry(c.id));
    chart.append(path);
  }
  const biggest = Math.max(1, ...data.points.map(p => p.events));
  for (const p of data.points) {  // towns and regions with coordinates, on top of the shading
    const dot = svg("circle", { cx: (p.lon + 180).toFixed(2), cy: (90 - p.lat).toFixed(2), r: (k * (0.8 + 2.2 * Math.sqrt(p.events / biggest))).toFixed(3),
      class: "place", "data-place": p.place });
    dot.append(svg("title", {}, `${p.place} (${p.country || "?"}, ${p.precision || "place"}): ${plural(p.events, unit)}`));
    chart.append(dot);
  }
  frame.append(chart, mapLegend(max, data.countries.length > 0, unit, data.basis));
}

function mapLegend(max, any, unit, basis) {
  if (!any) return el("div", { class: "legend" });  // the note under the map says why it is empty
  const steps = [...new Set([1, Math.round(Math.sqrt(max)), max])].filter(v => v >= 1);
  const what = basis === "parties" ? `${unit}s the country takes part in (no place known):` : `${unit}s located in the country:`;
  return el("div", { class: "legend" }, el("span", {}, what),
    ...steps.map(v => el("span", {}, el("span", { class: "swatch", style: `background:${shade(v, max)}` }), String(v))));
}

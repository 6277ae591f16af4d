// detente web UI, the incidents and agreements cards and the links that open one of their rows (split from
// app.js, which grew past the house limit of ~600 lines: newcomer session 21). Plain script sharing app.js's
// globals (el, api, state …); loaded before app.js, whose init() draws the page. Database text goes in as text.
"use strict";

// ---- incidents: one row per real-world event; its reports one click away, their evidence one more ----
// The list showed the newest 25 with no way to the others but narrower filters (newcomer session 12: 25 of 183
// on realnews); "show more" appends the next ones, and a new view starts again from the newest.
const INCIDENT_PAGE = 25;

// "disputed only": the incidents whose sources disagree, as `detente incidents --disputed` lists them (the page had
// only the marker of each row: newcomer review, session 19); it narrows this card alone, the counts stay all reports'.
async function loadIncidents(offset = 0) {
  const disputed = document.getElementById("incidents-disputed").checked;
  const data = await api("/api/incidents", { limit: INCIDENT_PAGE, offset, ...(disputed ? { disputed: "true" } : {}) });
  const section = document.getElementById("incidents-section");
  section.hidden = !data.available;
  if (!data.available) return;
  const shown = offset + data.incidents.length, what = disputed ? "disputed incident" : "incident";
  document.getElementById("incidents-count").textContent = !data.total ? "none match" :
    data.total > shown ? `the newest ${shown} of ${data.total}${disputed ? " disputed" : ""}` : plural(data.total, what);
  const more = document.getElementById("incidents-more");
  more.hidden = shown >= data.total;
  more.textContent = `show ${Math.min(INCIDENT_PAGE, data.total - shown)} more`;
  more.onclick = () => loadIncidents(shown).catch(showFailed);
  const body = document.querySelector("#incidents tbody");
  if (!offset) body.replaceChildren();
  // a bare header under "none match" where every other card says so in words (newcomer review, session 19)
  if (!offset && !data.incidents.length) body.append(emptyRow(8, disputed ? "No disputed incidents match." : "No incidents match."));
  for (const i of data.incidents) body.append(incidentRow(i));
}

function emptyRow(columns, words) { return el("tr", { class: "empty" }, el("td", { colspan: columns, class: "muted" }, words)); }

function incidentRow(i) {
  const row = el("tr", { "data-incident": i.incident_id, onclick: () => toggleIncident(row, i.incident_id) },
    el("td", {}, i.date || "undated"), el("td", {}, typeChip(i.event_type)),
    el("td", { class: "pair", title: otherPairs(i) ? "its reports also name these pairs; a pair or country filter matches any of them" : "" },
      `${i.source_country || "–"} → ${i.target_country || "–"}${otherPairs(i)}`),
    el("td", { class: `status-${i.status}` }, i.status),
    // data-unit and data-label name a value where a phone's card has no column head (style.css)
    el("td", { class: "num", "data-unit": i.n_mentions === 1 ? "report" : "reports" }, i.n_mentions),
    el("td", { class: "num", "data-unit": i.n_outlets === 1 ? "outlet" : "outlets" }, i.n_outlets),
    el("td", { class: "num" }, i.confidence === null ? "" : i.confidence.toFixed(2)),
    el("td", { class: i.contradicted ? "contradicted" : "muted", title: contradictionText(i),
               ...(!i.contradicted && i.n_outlets > 1 ? { "data-label": "sources agree:" } : {}) },
      i.contradicted ? `⚠ ${i.contradictions.map(c => c.field).join(", ")} disputed` : i.n_outlets > 1 ? "yes" : "one outlet"));
  return row;
}

// The other pairs an incident's reports name, as `detente incidents` shows them: "BOL → ARG (+PER)" for "Bolivia
// asked Argentina and Peru", whose pair BOL-PER otherwise matched the filter with nothing shown (newcomer, s15)
function otherPairs(i) {
  const shown = (i.other_pairs || []).map(p => { const [s, t] = p.split("-"); return s === i.source_country ? t : `${s}→${t}`; });
  return shown.length ? ` (+${shown.join(", ")})` : "";
}

// A report is named by its outlet, title or file, and its date said in words: a page of .txt files showed
// "— d4d02a54c6c244b33, ?, asserted" for each report, which a reader cannot place (newcomer session 12).
function reportSource(r) {
  return r.label || r.title || r.doc_id;  // label: outlet, URL host or file name (store.queries.report_label)
}

// Each source once, as `detente incidents ID` says it: a source whose reports give both values is named apart, not
// on both sides of "asserted (a.txt) vs pending (a.txt, b.txt)" as if two sources disagreed (newcomer session 21).
function contradictionText(incident) {
  return incident.contradictions.map(c => `${c.field}: ` + claimsText(c.claims || [])).join("; ");
}

function claimsText(claims) {
  const given = new Map();
  for (const k of claims) for (const o of k.outlets || []) given.set(o, [...(given.get(o) || []), k.value]);
  const parts = claims.map(k => {
    const sole = (k.outlets || []).filter(o => given.get(o).length === 1);
    return `${k.value} (${sole.join(", ") || "only sources that give another too"})`;
  });
  const groups = new Map();  // the values a mixed source gives → the sources giving just those
  for (const [o, values] of given) if (values.length > 1) groups.set(values.join(" and "), [...(groups.get(values.join(" and ")) || []), o]);
  const says = [...groups].map(([values, names]) =>
    `${names.join(", ")} give${names.length === 1 ? "s" : ""} ${values.split(" and ").length === 2 ? "both " : ""}${values}`);
  return [parts.join(" vs "), ...says].join("; ");
}

async function toggleIncident(row, incidentId) {
  const open = row.nextElementSibling && row.nextElementSibling.classList.contains("reports") ? row.nextElementSibling : null;
  if (open) { open.remove(); row.classList.remove("selected"); unlink("incident", incidentId); return; }
  let d;
  try { d = await api(`/api/incidents/${encodeURIComponent(incidentId)}`, {}); } catch (error) { showError(error); return; }
  row.classList.add("selected");
  setLinked("incident", incidentId);
  const list = el("ol", { class: "reports" }, ...d.reports.map(r => el("li", {},
    el("button", { type: "button", class: "link", "data-event": r.event_id, onclick: () => showEvent(r.event_id) }, r.sentence),
    // each report's own pair, as `detente incidents ID` shows it: one sentence coded toward two targets read as the
    // same line twice, and a report naming another target than the incident's was not told apart (session 14)
    el("span", { class: "muted" }, ` — `), el("span", { class: "pair" }, `${r.source_country || "–"} → ${r.target_country || "–"}`),
    el("span", { class: "muted" }, `, ${reportSource(r)}, ${r.published ? "published " + r.published : "publication date unknown"}, `),
    el("span", { class: `status-${r.status}` }, r.status))));
  const note = d.incident.contradicted ? el("p", { class: "contradicted" }, `⚠ the reports disagree: ${contradictionText(d.incident)}`) : null;
  row.after(el("tr", { class: "reports" }, el("td", { colspan: 8 }, linkTo("incident", incidentId), note, list)));
}

// ---- a link to one opened incident or agreement, kept in the hash beside the filters -------------------
// An opened incident or agreement had no URL to share or bookmark (newcomer review, session 14): opening one
// writes incident=ID (or agreement=ID) into the hash without a reload, closing it takes it out, and a page
// opened on such a link opens it, fetched by its id when the list's first page (or the filters) leave it out.
function setLinked(name, id) {
  const link = hashParams();
  for (const key of ["incident", "agreement"]) link.delete(key);
  link.set(name, id);
  history.replaceState(null, "", `#${link}`);
}

function unlink(name, id) {
  const link = hashParams();
  if (link.get(name) !== id) return;
  link.delete(name);
  history.replaceState(null, "", `#${link}`);
}

function linkTo(name, id) {  // the link itself, to copy or open in a new tab; a click copies it
  const link = hashParams();
  for (const key of ["incident", "agreement", "event"]) link.delete(key);
  link.set(name, id);
  const href = `${location.pathname}#${link}`;
  return el("p", { class: "permalink" }, el("a", { href, title: `a link to this ${name}: share or bookmark it`,
    onclick: event => { event.preventDefault(); copyLink(event.target); } }, `link to this ${name}`),
    el("span", { class: "muted" }, ` ${id}`));
}

function copyLink(anchor) {
  history.replaceState(null, "", anchor.getAttribute("href"));
  const said = () => { anchor.textContent = "link copied"; };
  if (navigator.clipboard) navigator.clipboard.writeText(anchor.href).then(said, () => {});
}

async function openLinked(scroll) {
  const link = hashParams();
  const [incident, agreement] = [link.get("incident"), link.get("agreement")];
  if (incident) await openOne("incidents", "incident", incident, incidentRow, toggleIncident, scroll);
  if (agreement) await openOne("agreements", "agreement", agreement, a => agreementRow(a), toggleAgreement, scroll);
}

// An agreement opened from its link sat above "No agreements match.", under a heading saying "none match", when
// the filters leave it out (review, session 15): both now say that it is the one opened from the link.
function saidOpenedFromLink(table, name) {
  const empty = document.querySelector(`#${table} tbody tr.empty td`);
  if (empty) empty.textContent = `No other ${table} match the filters; the ${name} above was opened from its link.`;
  const count = document.getElementById(`${table}-count`);
  if (count.textContent === "none match") count.textContent = `none match the filters; 1 opened from its link`;
}

async function openOne(table, name, id, makeRow, toggle, scroll) {
  const body = document.querySelector(`#${table} tbody`);
  let row = body.querySelector(`tr[data-${name}="${CSS.escape(id)}"]`);
  if (!row) {
    let d;
    try { d = await api(`/api/${table}/${encodeURIComponent(id)}`, {}); } catch (error) { showError(error); return; }
    if (d.stages) state.stages = d.stages;
    row = makeRow(d[name]);
    row.classList.add("linked");
    row.title = `opened from the link; the filters (if any) may leave this ${name} out of the list`;
    body.prepend(row);
    document.getElementById(`${table}-section`).hidden = false;
    saidOpenedFromLink(table, name);
  }
  if (!row.classList.contains("selected")) await toggle(row, id);
  if (scroll) row.scrollIntoView({ block: "center" });
}

// ---- agreements: parties and a dated lifecycle strip ---------------------------------------------
// The list stopped at the latest 25 with no way to the others (newcomer review, session 12): "show more"
// appends the next ones, as the incidents list does.
const AGREEMENT_PAGE = 25;

async function loadAgreements(offset = 0) {
  const data = await api("/api/agreements", { limit: AGREEMENT_PAGE, offset });
  const section = document.getElementById("agreements-section");
  section.hidden = !data.available;
  if (!data.available) return;
  const shown = offset + data.agreements.length;
  document.getElementById("agreements-count").textContent = !data.total ? "none match" :
    data.total > shown ? `the latest ${shown} of ${data.total}` : plural(data.total, "agreement");
  const more = document.getElementById("agreements-more");
  more.hidden = shown >= data.total;
  more.textContent = `show ${Math.min(AGREEMENT_PAGE, data.total - shown)} more`;
  more.onclick = () => loadAgreements(shown).catch(showFailed);
  const body = document.querySelector("#agreements tbody");
  if (offset) { appendAgreements(body, data); return; }
  body.replaceChildren();
  if (!data.agreements.length) { body.append(emptyRow(4, "No agreements match.")); return; }
  appendAgreements(body, data);
}

function appendAgreements(body, data) {
  state.stages = data.stages;
  for (const a of data.agreements) body.append(agreementRow(a));
}

function agreementRow(a) {
  const row = el("tr", { "data-agreement": a.agreement_id, onclick: () => toggleAgreement(row, a.agreement_id),
                         title: "click for its dated steps and a link to it" },
    el("td", { title: a.aliases.length ? `also: ${a.aliases.join("; ")}` : "" }, a.name || a.agreement_id),
    el("td", {}, a.parties.join(", ")), el("td", {}, (a.stage || "?").replace("_", " ")),
    el("td", {}, lifecycle(a, state.stages || [])));
  return row;
}

async function toggleAgreement(row, agreementId) {
  const open = row.nextElementSibling && row.nextElementSibling.classList.contains("reports") ? row.nextElementSibling : null;
  if (open) { open.remove(); row.classList.remove("selected"); unlink("agreement", agreementId); return; }
  let d;
  try { d = await api(`/api/agreements/${encodeURIComponent(agreementId)}`, {}); } catch (error) { showError(error); return; }
  row.classList.add("selected");
  setLinked("agreement", agreementId);
  const list = el("ol", { class: "reports" }, ...d.agreement.steps.map(s => el("li", {},
    el("b", {}, `${s.stage.replace("_", " ")} `), el("span", { class: "muted" }, `${s.date || "undated"}: `),
    s.event_id ? el("button", { type: "button", class: "link", "data-event": s.event_id, onclick: () => showEvent(s.event_id) },
                    s.sentence || s.event_id) : el("span", { class: "muted" }, "no report"),
    el("span", { class: "muted" }, s.report || s.published ? ` — ${[s.report, s.published && "published " + s.published].filter(Boolean).join(", ")}` : ""))));
  row.after(el("tr", { class: "reports" }, el("td", { colspan: 4 }, linkTo("agreement", agreementId), list)));
}

// Where a stage's name may break when its box is narrower than the word (soft hyphens): at 1400 px a box is
// 80 px and "renegotiating" needs 85, so it was cut to "renegotiatin" (newcomer review, session 12); at 64 px
// "negotiating", "suspended", and at 1024 px "proposed" and "approved" were cut too. A name breaks only when
// it does not fit. The boxes are at least 60 px (3 px padding): at 64 px the strip ran 30 px past the
// agreements card at 1024 px, which scrolled sideways (newcomer review, session 16); "renewed" then breaks.
const STAGE_BREAKS = { negotiating: "nego\u00ADtiating", renegotiating: "re\u00ADnego\u00ADtiating",
                       suspended: "sus\u00ADpended", approved: "ap\u00ADproved", proposed: "pro\u00ADposed",
                       renewed: "re\u00ADnewed", violated: "vio\u00ADlated" };

function lifecycle(agreement, stages) {
  // One box per stage in order; a stage the reports date is filled, dated, and opens its evidence.
  return el("div", { class: "strip", style: `grid-template-columns: repeat(${stages.length}, minmax(60px, 1fr))` }, ...stages.map(stage => {
    const step = agreement.steps.find(s => s.stage === stage);  // the earliest report of the step
    const text = [STAGE_BREAKS[stage] || stage.replace("_", " "), step ? step.date || "undated" : "—"];
    return step && step.event_id
      ? el("button", { type: "button", class: `step done ${stage}`, "data-stage": stage, title: "show the report",
                       onclick: event => { event.stopPropagation(); showEvent(step.event_id); } },  // not the row's toggle
          el("b", {}, text[0]), el("span", {}, text[1]))
      : el("span", { class: `step ${step ? "done" : ""} ${stage}`, "data-stage": stage }, el("b", {}, text[0]), el("span", {}, text[1]));
  }));
}


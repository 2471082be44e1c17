// newsevents dashboard: vanilla JS + SVG over the REST API under /api.
// Views (hash routes): #/articles, #/article/ID, #/events, #/dyad/A/B, #/network, #/map,
// #/quotes. Text from the store is always set as text (never as HTML).
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const QUAD = {
  1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict",
};

// ------------------------------------------------------------------ helpers

function build(ns, tag, attrs, children) {
  const node = ns ? document.createElementNS(ns, tag) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "on") {
      for (const [type, fn] of Object.entries(value)) node.addEventListener(type, fn);
    } else if (key === "text") {
      node.textContent = String(value);
    } else {
      node.setAttribute(key, value === true ? "" : String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}
const h = (tag, attrs, ...children) => build(null, tag, attrs, children);
const s = (tag, attrs, ...children) => build(SVGNS, tag, attrs, children);

class ApiError extends Error {
  constructor(error) {
    super(error.message);
    this.status = error.status;
    this.code = error.code;
  }
}

function query(params) {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && String(value).trim() !== "") {
      out.set(key, String(value).trim());
    }
  }
  return out.toString();
}

async function api(path, params) {
  const qs = query(params);
  const response = await fetch(path + (qs ? "?" + qs : ""), { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await response.json();
  } catch (err) {
    throw new ApiError({ status: response.status, code: "bad_response", message: `${path}: not JSON` });
  }
  if (!response.ok) throw new ApiError(body && body.error ? body.error : { status: response.status, code: "error", message: response.statusText });
  return body;
}

function showError(err) {
  const box = document.getElementById("error");
  box.textContent = err instanceof ApiError ? `${err.status} ${err.code}: ${err.message}` : String(err && err.message || err);
  box.hidden = false;
}

function clearError() {
  const box = document.getElementById("error");
  box.hidden = true;
  box.textContent = "";
}

function go(path, params) {
  const qs = query(params);
  location.hash = "#/" + path + (qs ? "?" + qs : "");
}

function safeUrl(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
}

function actorLabel(name, code) {
  if (!name && !code) return "–";
  return code ? `${name || "?"} (${code})` : name;
}

function fmt(n, digits = 2) {
  return n === null || n === undefined ? "–" : (n > 0 ? "+" : "") + Number(n).toFixed(digits);
}

function pager(page, onPage) {
  const { total, limit, offset, items } = page;
  const last = offset + items.length;
  return h("div", { class: "pager" },
    h("button", { type: "button", disabled: offset === 0, on: { click: () => onPage(Math.max(0, offset - limit)) } }, "‹ previous"),
    h("span", { class: "muted" }, total === undefined ? `${offset + 1}–${last}` : `${items.length ? offset + 1 : 0}–${last} of ${total}`),
    h("button", { type: "button", disabled: total === undefined ? items.length < limit : last >= total, on: { click: () => onPage(offset + limit) } }, "next ›"));
}

function field(label, name, value, attrs) {
  return h("label", { class: "field" }, h("span", null, label),
    h("input", Object.assign({ name, value: value || "" }, attrs || {})));
}

function formValues(form) {
  const out = {};
  for (const [key, value] of new FormData(form).entries()) out[key] = String(value).trim();
  return out;
}

function flash(nodes) {
  for (const node of nodes) {
    node.classList.remove("flash");
    void node.getBoundingClientRect(); // restart the animation
    node.classList.add("flash");
  }
  if (nodes.length) nodes[0].scrollIntoView({ block: "center", behavior: "smooth" });
  window.setTimeout(() => nodes.forEach((n) => n.classList.remove("flash")), 2500);
}

// ------------------------------------------------------------------ articles

async function viewArticles(main, _parts, params) {
  const offset = Number(params.get("offset") || 0);
  const q = params.get("q") || "";
  const form = h("form", { class: "filters", on: { submit: (ev) => { ev.preventDefault(); go("articles", formValues(form)); } } },
    field("Search", "q", q, { type: "search", placeholder: "text or title", id: "article-search" }),
    h("button", { type: "submit" }, "Search"));
  main.append(h("h2", null, "Articles"), form);
  const page = await api("/api/articles", { q, offset, limit: 50 });
  const rows = page.items.map((a) => h("tr", null,
    h("td", null, h("a", { href: `#/article/${encodeURIComponent(a.id)}`, class: "article-link" }, a.title || a.origin || a.id)),
    h("td", null, a.published || "–"),
    h("td", { class: "num" }, a.entities), h("td", { class: "num" }, a.quotes),
    h("td", { class: "num" }, a.events), h("td", { class: "muted" }, a.source || a.origin || "")));
  main.append(h("table", { class: "grid", id: "article-list" },
    h("thead", null, h("tr", null, ["title", "published", "entities", "quotes", "events", "source"].map((c) => h("th", null, c)))),
    h("tbody", null, rows)),
  pager(page, (o) => go("articles", { q, offset: o })));
  if (!page.items.length) main.append(h("p", { class: "muted" }, "No articles match."));
}

function speakerName(quote, entity) {
  if (entity) return entity.name;
  return quote.speaker_mention ? quote.speaker_mention.text : "unknown speaker";
}

// Split the text at every span boundary; each piece knows the spans that cover it.
function annotate(record) {
  const text = record.article.text;
  const spans = [];
  const entities = new Map(record.entities.map((e) => [e.id, e]));
  for (const e of record.entities) {
    for (const m of e.mentions) spans.push({ start: m.start, end: m.end, kind: "ent", id: e.id, type: e.type });
  }
  for (const p of record.places) {
    for (const m of p.mentions) spans.push({ start: m.start, end: m.end, kind: "place", id: p.id });
  }
  const places = new Map(record.places.map((p) => [p.id, p]));
  for (const q of record.quotes) {
    spans.push({ start: q.start, end: q.end, kind: "quote", id: q.id, quoteKind: q.kind });
    if (q.speaker_mention) spans.push({ start: q.speaker_mention.start, end: q.speaker_mention.end, kind: "speaker", id: q.id });
  }
  for (const v of record.events) {
    for (const ev of [v.evidence, ...(v.repeats || [])]) spans.push({ start: ev.start, end: ev.end, kind: "trigger", id: v.id });
  }
  const cuts = new Set([0, text.length]);
  for (const sp of spans) {
    if (sp.start >= 0 && sp.end <= text.length && sp.start < sp.end) { cuts.add(sp.start); cuts.add(sp.end); }
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const quoteStarts = new Map();
  for (const q of record.quotes) if (!quoteStarts.has(q.start)) quoteStarts.set(q.start, q);
  const events = new Map(record.events.map((v) => [v.id, v]));
  const container = h("div", { id: "article-text", class: "article-text" });
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i];
    const end = bounds[i + 1];
    if (quoteStarts.has(start)) {
      const q = quoteStarts.get(start);
      const who = entities.get(q.speaker);
      container.append(h("span", { class: "speaker-tag", "data-quote": q.id, title: `${q.kind} quote${q.cue ? ", cue: " + q.cue : ""}` },
        speakerName(q, who)));
    }
    const piece = text.slice(start, end);
    const over = spans.filter((sp) => sp.start <= start && sp.end >= end);
    if (!over.length) { container.append(piece); continue; }
    const classes = new Set();
    const ids = { ent: [], quote: [], trigger: [] };
    const titles = [];
    for (const sp of over) {
      if (sp.kind === "ent") {
        classes.add("ent"); classes.add("ent-" + sp.type); ids.ent.push(sp.id);
        const e = entities.get(sp.id);
        titles.push(`${e.name} · ${e.type}${e.actor ? " · " + e.actor.code : ""}`);
      } else if (sp.kind === "quote") {
        classes.add("quote"); if (sp.quoteKind) classes.add("quote-" + sp.quoteKind); ids.quote.push(sp.id);
      } else if (sp.kind === "place") {
        classes.add("place-mention");
        const p = places.get(sp.id);
        titles.push(`place: ${p.name}${p.country ? " (" + p.country + ")" : ""}` +
          (p.lat !== null && p.lon !== null ? ` ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}` : ""));
      } else if (sp.kind === "speaker") {
        classes.add("speaker");
      } else if (sp.kind === "trigger") {
        classes.add("trigger"); ids.trigger.push(sp.id);
        const v = events.get(sp.id);
        titles.push(`event ${v.cameo.code}${v.plover ? " " + v.plover.category : ""}`);
      }
    }
    container.append(h("span", {
      class: [...classes].join(" "),
      "data-ents": ids.ent.join(" ") || null,
      "data-quotes": ids.quote.join(" ") || null,
      "data-events": ids.trigger.join(" ") || null,
      title: titles.join("\n") || null,
    }, piece));
  }
  return container;
}

function eventItem(v, record, onClick) {
  const ents = new Map(record.entities.map((e) => [e.id, e]));
  const places = new Map(record.places.map((p) => [p.id, p]));
  const src = ents.get(v.source);
  const tgt = ents.get(v.target);
  const place = places.get(v.place);
  const badges = [];
  if (v.negated) badges.push(h("span", { class: "badge neg" }, "negated"));
  if (v.modality && v.modality !== "asserted") badges.push(h("span", { class: "badge" }, v.modality));
  return h("li", { class: `event-item q${v.cameo.quad_class}`, "data-event": v.id, tabindex: "0", role: "button",
    title: "show the words it came from", on: { click: onClick, keydown: (ev) => { if (ev.key === "Enter") onClick(); } } },
  h("div", null, h("span", { class: "code" }, v.cameo.code),
    h("span", { class: "plover" }, v.plover ? v.plover.category + (v.plover.mode ? " / " + v.plover.mode : "") : ""),
    " ", badges),
  h("div", { class: "who" }, actorLabel(src && src.name, src && src.actor && src.actor.code), " → ",
    actorLabel(tgt && tgt.name, tgt && tgt.actor && tgt.actor.code)),
  h("div", { class: "muted" }, [place ? place.name : "no place", v.date || "no date"].join(" · "),
    " · “", v.evidence.text, "”"));
}

async function viewArticle(main, parts, params) {
  const id = parts[0];
  const record = await api(`/api/articles/${encodeURIComponent(id)}`);
  const a = record.article;
  const url = safeUrl(a.url);
  const textBox = annotate(record);
  const flashEvent = (vid) => flash([...textBox.querySelectorAll(`[data-events~="${CSS.escape(vid)}"]`)]);
  const flashQuote = (qid) => flash([...textBox.querySelectorAll(`[data-quotes~="${CSS.escape(qid)}"]`)]);
  const flashEntity = (eid) => flash([...textBox.querySelectorAll(`[data-ents~="${CSS.escape(eid)}"]`)]);
  const ents = new Map(record.entities.map((e) => [e.id, e]));

  const events = h("ol", { id: "event-list", class: "side-list" },
    record.events.map((v) => eventItem(v, record, () => flashEvent(v.id))));
  const quotes = h("ol", { id: "quote-list", class: "side-list" }, record.quotes.map((q) => {
    const who = ents.get(q.speaker);
    return h("li", { class: "quote-item", "data-quote": q.id, tabindex: "0", role: "button",
      on: { click: () => flashQuote(q.id) } },
    h("strong", { class: "speaker-name" }, speakerName(q, who)),
    who && who.actor ? h("span", { class: "muted" }, ` (${who.actor.code})`) : null,
    h("span", { class: "muted" }, ` ${q.kind}: `), "“", q.text.length > 140 ? q.text.slice(0, 137) + "…" : q.text, "”");
  }));
  const entities = h("ul", { id: "entity-list", class: "chips" }, record.entities.map((e) =>
    h("li", { class: `chip ent-${e.type}`, tabindex: "0", role: "button", on: { click: () => flashEntity(e.id) },
      title: `${e.type}, ${e.mentions.length} mentions` }, e.name, e.actor ? h("small", null, " " + e.actor.code) : null)));

  main.append(
    h("p", null, h("a", { href: "#/articles" }, "‹ articles")),
    h("h2", { id: "article-title" }, a.title || a.origin || a.id),
    h("p", { class: "muted" }, [a.published || "no date", a.source, a.dateline, a.license].filter(Boolean).join(" · "),
      url ? [" · ", h("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, "original")] : null),
    h("p", { class: "legend" }, h("span", { class: "ent ent-PERSON" }, "person"), h("span", { class: "ent ent-ORG" }, "organisation"),
      h("span", { class: "ent ent-GPE" }, "country"), h("span", { class: "place-mention" }, "place"),
      h("span", { class: "quote" }, "quotation"),
      h("span", { class: "speaker-tag" }, "speaker"), h("span", { class: "trigger" }, "event trigger")),
    h("div", { class: "article-layout" },
      h("article", null, textBox),
      h("aside", null,
        h("h3", null, `Events (${record.events.length})`),
        record.events.length ? events : h("p", { class: "muted", id: "event-list" }, "No events found in this article."),
        h("h3", null, `Quotes (${record.quotes.length})`), quotes,
        h("h3", null, `Entities (${record.entities.length})`), entities)));
  if (params.get("event")) flashEvent(params.get("event"));
  if (params.get("quote")) flashQuote(params.get("quote"));
}

// ------------------------------------------------------------------ events

const EVENT_FILTERS = ["actor", "dyad", "code", "plover", "quad_class", "since", "until", "place"];

function eventTable(items) {
  return h("table", { class: "grid", id: "events-table" },
    h("thead", null, h("tr", null, ["date", "source", "event", "target", "place", "trigger", "article"].map((c) => h("th", null, c)))),
    h("tbody", null, items.map((r) => h("tr", { class: `q${r.quad_class}` },
      h("td", null, r.date || "–"),
      h("td", null, actorLabel(r.source_name, r.source_code)),
      h("td", null, h("span", { class: "code" }, r.code), " ", r.plover_category || "",
        r.negated ? h("span", { class: "badge neg" }, "negated") : null,
        r.modality !== "asserted" ? h("span", { class: "badge" }, r.modality) : null),
      h("td", null, actorLabel(r.target_name, r.target_code)),
      h("td", null, r.place_name || "–"),
      h("td", null, h("a", { href: `#/article/${encodeURIComponent(r.article_id)}?event=${encodeURIComponent(r.id)}` }, r.trigger)),
      h("td", { class: "muted" }, r.title || r.origin || r.article_id)))));
}

async function viewEvents(main, _parts, params) {
  const values = {};
  for (const key of EVENT_FILTERS) values[key] = params.get(key) || "";
  const offset = Number(params.get("offset") || 0);
  const form = h("form", { class: "filters", id: "event-filters", on: { submit: (ev) => { ev.preventDefault(); go("events", formValues(form)); } } },
    field("Actor", "actor", values.actor, { placeholder: "IRN" }),
    field("Dyad", "dyad", values.dyad, { placeholder: "IRN,AZE" }),
    field("CAMEO", "code", values.code, { placeholder: "04", size: 5 }),
    field("PLOVER", "plover", values.plover, { placeholder: "CONSULT" }),
    h("label", { class: "field" }, h("span", null, "QuadClass"),
      h("select", { name: "quad_class" }, h("option", { value: "" }, "any"),
        [1, 2, 3, 4].map((q) => h("option", { value: q, selected: String(q) === values.quad_class }, `${q} ${QUAD[q]}`)))),
    field("Since", "since", values.since, { type: "date" }),
    field("Until", "until", values.until, { type: "date" }),
    field("Place", "place", values.place, { placeholder: "Baku, AZE" }),
    h("button", { type: "submit" }, "Filter"));
  const filters = {};
  for (const key of EVENT_FILTERS) if (values[key]) filters[key] = values[key];
  main.append(h("h2", null, "Events"), form);
  const page = await api("/api/events", Object.assign({ limit: 50, offset }, filters));
  main.append(
    h("p", null, h("a", { href: "/api/events.csv?" + query(filters), download: "events.csv", id: "csv-link", class: "button" }, "Download CSV"),
      h("span", { class: "muted" }, ` ${page.total} events`)),
    eventTable(page.items),
    pager(page, (o) => go("events", Object.assign({}, filters, { offset: o }))));
}

// ------------------------------------------------------------------ dyads

async function actorCodes() {
  const net = await api("/api/network", { level: "country", limit: 500 });
  return net.nodes.map((n) => n.id);
}

function timelineChart(periods, a, b) {
  const W = 900, H = 320, M = { l: 44, r: 48, t: 16, b: 56 };
  const iw = W - M.l - M.r, ih = H - M.t - M.b;
  const n = Math.max(periods.length, 1);
  const band = iw / n;
  const barW = Math.max(2, Math.min(40, band * 0.8));
  const yMax = Math.max(1, ...periods.map((p) => p.total));
  const y = (v) => M.t + ih - (v / yMax) * ih;
  const g = (v) => M.t + ih / 2 - (v / 10) * (ih / 2);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", id: "dyad-chart", role: "img",
    "aria-label": `events between ${a} and ${b} per period` });
  const step = Math.max(1, Math.ceil(yMax / 4));
  for (let t = 0; t <= yMax; t += step) {
    svg.append(s("line", { x1: M.l, x2: W - M.r, y1: y(t), y2: y(t), class: "gridline" }),
      s("text", { x: M.l - 6, y: y(t) + 4, class: "axis", "text-anchor": "end" }, Math.round(t)));
  }
  for (const t of [-10, 0, 10]) {
    svg.append(s("text", { x: W - M.r + 6, y: g(t) + 4, class: "axis gold-axis" }, (t > 0 ? "+" : "") + t));
  }
  svg.append(s("line", { x1: M.l, x2: W - M.r, y1: g(0), y2: g(0), class: "zeroline" }));
  const every = Math.ceil(n / 12);
  periods.forEach((p, i) => {
    const x = M.l + i * band + (band - barW) / 2;
    let base = 0;
    for (const q of [1, 2, 3, 4]) {
      const v = p["q" + q];
      if (!v) continue;
      svg.append(s("rect", { x, y: y(base + v), width: barW, height: y(base) - y(base + v), class: `bar q${q}` },
        s("title", null, `${p.period}: ${v} ${QUAD[q]}`)));
      base += v;
    }
    if (i % every === 0) {
      svg.append(s("text", { x: M.l + i * band + band / 2, y: H - M.b + 16, class: "axis", "text-anchor": "middle" }, p.period));
    }
  });
  // the mean Goldstein line, broken where a period has no events
  let d = "";
  let prev = null;
  periods.forEach((p, i) => {
    if (p.goldstein === null) { prev = null; return; }
    const x = M.l + i * band + band / 2;
    d += `${prev === null ? "M" : "L"}${x.toFixed(1)},${g(p.goldstein).toFixed(1)}`;
    prev = p.goldstein;
    svg.append(s("circle", { cx: x, cy: g(p.goldstein), r: 3, class: "gold-dot" },
      s("title", null, `${p.period}: mean Goldstein ${fmt(p.goldstein)}`)));
  });
  if (d) svg.insertBefore(s("path", { d, class: "gold-line" }), svg.querySelector(".gold-dot"));
  svg.append(s("text", { x: M.l, y: H - 8, class: "axis" }, "events per period (bars, left) · mean Goldstein −10…+10 (line, right)"));
  return svg;
}

function legendQuad() {
  return h("p", { class: "legend" }, [1, 2, 3, 4].map((q) => h("span", { class: `swatch q${q}` }, QUAD[q])),
    h("span", { class: "swatch gold" }, "mean Goldstein"));
}

async function viewDyad(main, parts, params) {
  const a = (parts[0] || params.get("a") || "").toUpperCase();
  const b = (parts[1] || params.get("b") || "").toUpperCase();
  const by = params.get("by") || "week";
  const list = h("datalist", { id: "actor-codes" });
  const form = h("form", { class: "filters", id: "dyad-form", on: { submit: (ev) => {
    ev.preventDefault();
    const v = formValues(form);
    if (v.a && v.b) go(`dyad/${encodeURIComponent(v.a.toUpperCase())}/${encodeURIComponent(v.b.toUpperCase())}`, { by: v.by });
  } } },
  field("Actor A", "a", a, { list: "actor-codes", placeholder: "IRN", required: true, id: "dyad-a" }),
  field("Actor B", "b", b, { list: "actor-codes", placeholder: "AZE", required: true, id: "dyad-b" }),
  h("label", { class: "field" }, h("span", null, "Period"),
    h("select", { name: "by", id: "dyad-by" }, ["day", "week", "month"].map((p) => h("option", { value: p, selected: p === by }, p)))),
  h("button", { type: "submit", id: "dyad-show" }, "Show"), list);
  main.append(h("h2", null, "Dyad"), form);
  actorCodes().then((codes) => list.replaceChildren(...codes.map((c) => h("option", { value: c })))).catch(() => {});
  if (!a || !b) {
    main.append(h("p", { class: "muted" }, "Pick two actors (country codes such as IRN and AZE, or full codes such as IRNGOV)."));
    return;
  }
  let tl;
  try {
    tl = await api(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/timeline`, { by, fill: true });
  } catch (err) {
    if (!(err instanceof ApiError) || err.status !== 400) throw err;
    tl = await api(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/timeline`, { by });
  }
  const withEvents = tl.periods.filter((p) => p.total > 0);
  const total = withEvents.reduce((n, p) => n + p.total, 0);
  const ab = withEvents.reduce((n, p) => n + p.a_to_b, 0);
  const ba = withEvents.reduce((n, p) => n + p.b_to_a, 0);
  main.append(h("h3", { id: "dyad-title" }, `${tl.a} and ${tl.b} by ${tl.by}`));
  if (!withEvents.length) {
    main.append(h("p", { class: "muted", id: "dyad-empty" }, `No asserted, dated events between ${tl.a} and ${tl.b}.`));
    return;
  }
  main.append(h("p", null, `${total} events in ${withEvents.length} ${by}s: ${tl.a} → ${tl.b} ${ab}, ${tl.b} → ${tl.a} ${ba}`),
    legendQuad(), timelineChart(tl.periods, tl.a, tl.b));
  const dyad = `${tl.a},${tl.b}`;
  const page = await api("/api/events", { dyad, limit: 50 });
  main.append(h("h3", null, "Events"),
    h("p", null, h("a", { href: "/api/events.csv?" + query({ dyad }), download: "events.csv", class: "button" }, "Download CSV"),
      " ", h("a", { href: "#/events?" + query({ dyad }) }, `all ${page.total} in the events view`)),
    eventTable(page.items));
}

// ------------------------------------------------------------------ network

function forceLayout(nodes, edges, W, H) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => ({
    x: W / 2 + (W / 3) * Math.cos((2 * Math.PI * i) / Math.max(n, 1)),
    y: H / 2 + (H / 3) * Math.sin((2 * Math.PI * i) / Math.max(n, 1)),
  }));
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const links = edges.filter((e) => e.source !== e.target).map((e) => [index.get(e.source), index.get(e.target)]);
  const k = Math.sqrt((W * H) / Math.max(n, 1)) * 0.6;
  let temp = W / 8;
  for (let iter = 0; iter < 250; iter++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        const f = (k * k) / d;
        dx /= d; dy /= d;
        disp[i].x += dx * f; disp[i].y += dy * f; disp[j].x -= dx * f; disp[j].y -= dy * f;
      }
    }
    for (const [i, j] of links) {
      let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
      const d = Math.max(Math.hypot(dx, dy), 0.01);
      const f = (d * d) / k;
      dx /= d; dy /= d;
      disp[i].x -= dx * f; disp[i].y -= dy * f; disp[j].x += dx * f; disp[j].y += dy * f;
    }
    for (let i = 0; i < n; i++) {
      disp[i].x += (W / 2 - pos[i].x) * 0.05 * k / 10;
      disp[i].y += (H / 2 - pos[i].y) * 0.05 * k / 10;
      const d = Math.max(Math.hypot(disp[i].x, disp[i].y), 0.01);
      pos[i].x = Math.min(W - 30, Math.max(30, pos[i].x + (disp[i].x / d) * Math.min(d, temp)));
      pos[i].y = Math.min(H - 20, Math.max(20, pos[i].y + (disp[i].y / d) * Math.min(d, temp)));
    }
    temp *= 0.98;
  }
  return pos;
}

async function viewNetwork(main, _parts, params) {
  const level = params.get("level") || "country";
  const since = params.get("since") || "";
  const until = params.get("until") || "";
  const form = h("form", { class: "filters", on: { submit: (ev) => { ev.preventDefault(); go("network", formValues(form)); } } },
    h("label", { class: "field" }, h("span", null, "Nodes"),
      h("select", { name: "level" }, ["country", "actor"].map((l) => h("option", { value: l, selected: l === level }, l === "country" ? "countries (IRN)" : "actor codes (IRNGOV)")))),
    field("Since", "since", since, { type: "date" }), field("Until", "until", until, { type: "date" }),
    h("button", { type: "submit" }, "Draw"));
  const filters = { level, since, until };
  main.append(h("h2", null, "Actor network"), form);
  const net = await api("/api/network", Object.assign({ limit: 80 }, filters));
  main.append(h("p", null,
    h("a", { href: "/api/network.graphml?" + query(filters), download: "newsevents-network.graphml", class: "button", id: "graphml-link" }, "Download GraphML (Gephi)"),
    h("span", { class: "muted" }, ` ${net.nodes.length} actors, ${net.edges.length} directed edges. Click two actors to see their dyad.`)),
  h("p", { class: "legend" }, h("span", { class: "swatch coop" }, "cooperation (QuadClass 1–2)"), h("span", { class: "swatch conf" }, "conflict (QuadClass 3–4)")));
  if (!net.nodes.length) {
    main.append(h("p", { class: "muted" }, "No events with both a source and a target actor yet."));
    return;
  }
  const W = 900, H = 600;
  const pos = forceLayout(net.nodes, net.edges, W, H);
  const at = new Map(net.nodes.map((node, i) => [node.id, pos[i]]));
  const pairs = new Map();
  for (const e of net.edges) {
    if (e.source === e.target) continue;
    const key = [e.source, e.target].sort().join("\u0000");
    const p = pairs.get(key) || { a: [e.source, e.target].sort()[0], b: [e.source, e.target].sort()[1], coop: 0, conf: 0 };
    p.coop += e.cooperation; p.conf += e.conflict;
    pairs.set(key, p);
  }
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart network", id: "network-chart" });
  for (const p of pairs.values()) {
    const A = at.get(p.a), B = at.get(p.b);
    const dx = B.x - A.x, dy = B.y - A.y, len = Math.max(Math.hypot(dx, dy), 1);
    for (const [count, cls, bend] of [[p.coop, "edge coop", 1], [p.conf, "edge conf", -1]]) {
      if (!count) continue;
      const cx = (A.x + B.x) / 2 + bend * (-dy / len) * 14, cy = (A.y + B.y) / 2 + bend * (dx / len) * 14;
      svg.append(s("path", { d: `M${A.x.toFixed(1)},${A.y.toFixed(1)}Q${cx.toFixed(1)},${cy.toFixed(1)} ${B.x.toFixed(1)},${B.y.toFixed(1)}`,
        class: cls, "stroke-width": (1 + Math.log2(1 + count)).toFixed(2) },
      s("title", null, `${p.a} – ${p.b}: ${count} ${bend > 0 ? "cooperative" : "conflictual"} events`)));
    }
  }
  let picked = null;
  net.nodes.forEach((node, i) => {
    const r = Math.min(28, 5 + 2 * Math.sqrt(node.events));
    const g = s("g", { class: "node", transform: `translate(${pos[i].x.toFixed(1)},${pos[i].y.toFixed(1)})`, "data-id": node.id,
      on: { click: () => {
        if (picked && picked !== node.id) { go(`dyad/${encodeURIComponent(picked)}/${encodeURIComponent(node.id)}`); return; }
        picked = node.id;
        svg.querySelectorAll(".node").forEach((el) => el.classList.toggle("picked", el.getAttribute("data-id") === picked));
      } } },
    s("circle", { r, class: node.conflict > node.cooperation ? "conf" : "coop" }),
    s("text", { y: -r - 3, "text-anchor": "middle" }, node.id),
    s("title", null, `${node.id}: ${node.events} events (${node.cooperation} cooperative, ${node.conflict} conflictual)`));
    svg.append(g);
  });
  main.append(svg);
}

// ------------------------------------------------------------------ map

let worldCache = null;

async function world() {
  if (!worldCache) {
    const response = await fetch("/static/vendor/world-atlas/countries-110m.json");
    if (!response.ok) throw new Error("the world outline could not be loaded");
    worldCache = await response.json();
  }
  return worldCache;
}

// Longitudes made continuous along a ring; a ring round a pole is closed through it.
function unwrapRing(ring) {
  const out = [];
  let offset = 0;
  let prev = null;
  for (const [lon, lat] of ring) {
    let x = lon + offset;
    if (prev !== null && x - prev > 180) { offset -= 360; x -= 360; }
    else if (prev !== null && x - prev < -180) { offset += 360; x += 360; }
    out.push([x, lat]);
    prev = x;
  }
  if (out.length && Math.abs(out[out.length - 1][0] - out[0][0]) > 180) {
    const pole = out.reduce((sum, p) => sum + p[1], 0) < 0 ? -90 : 90;
    out.push([out[out.length - 1][0], pole], [out[0][0], pole]);
  }
  return out;
}

function mapLayer(W, H, geo) {
  const X = (lon) => ((lon + 180) / 360) * W;
  const Y = (lat) => ((90 - lat) / 180) * H;
  const layer = s("g", { class: "countries" });
  for (const feature of geo.features) {
    const g = feature.geometry;
    if (!g) continue;
    const polygons = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
    let d = "";
    let lo = 0, hi = 0;
    for (const polygon of polygons) {
      for (const ring of polygon) {
        const pts = unwrapRing(ring);
        for (const p of pts) { lo = Math.min(lo, p[0]); hi = Math.max(hi, p[0]); }
        d += pts.map((p, i) => `${i ? "L" : "M"}${X(p[0]).toFixed(1)},${Y(p[1]).toFixed(1)}`).join("") + "Z";
      }
    }
    const name = feature.properties && feature.properties.name;
    layer.append(s("path", { d, class: "country" }, name ? s("title", null, name) : null));
    if (hi > 180) layer.append(s("path", { d, class: "country", transform: `translate(${-W},0)` }));
    if (lo < -180) layer.append(s("path", { d, class: "country", transform: `translate(${W},0)` }));
  }
  return layer;
}

async function viewMap(main) {
  main.append(h("h2", null, "Places"));
  const W = 960, H = 480;
  const X = (lon) => ((lon + 180) / 360) * W;
  const Y = (lat) => ((90 - lat) / 180) * H;
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart map", id: "map-chart" });
  svg.append(s("rect", { x: 0, y: 0, width: W, height: H, class: "ocean" }));
  const grat = s("g", { class: "graticule" });
  for (let lon = -180; lon <= 180; lon += 30) grat.append(s("line", { x1: X(lon), x2: X(lon), y1: 0, y2: H }));
  for (let lat = -60; lat <= 60; lat += 30) grat.append(s("line", { x1: 0, x2: W, y1: Y(lat), y2: Y(lat) }));
  svg.append(grat);
  try {
    const topo = await world();
    if (window.topojson) svg.append(mapLayer(W, H, window.topojson.feature(topo, topo.objects.countries)));
  } catch (err) {
    main.append(h("p", { class: "muted" }, "World outline unavailable: " + err.message));
  }
  const places = await api("/api/places", { limit: 500 });
  const details = h("div", { id: "place-events" });
  const points = s("g", { class: "points" });
  for (const p of places.items) {
    if (p.lat === null || p.lon === null) continue;
    const r = 3 + 2 * Math.sqrt(p.events);
    points.append(s("circle", { cx: X(p.lon).toFixed(1), cy: Y(p.lat).toFixed(1), r: Math.min(r, 24).toFixed(1),
      class: p.events ? "place has-events" : "place", "data-name": p.name,
      on: { click: () => placeEvents(details, p) } },
    s("title", null, `${p.name}${p.country ? " (" + p.country + ")" : ""}: ${p.events} events, ${p.articles} articles`)));
  }
  svg.append(points);
  main.append(h("p", { class: "muted" }, `${places.items.length} of ${places.total} places; circles grow with the events that happened there. Click one for its events.`),
    svg, details);
}

async function placeEvents(box, place) {
  const key = place.geonameid !== null ? String(place.geonameid) : place.name;
  const page = await api("/api/events", { place: key, limit: 50 });
  box.replaceChildren(h("h3", null, `${place.name}: ${page.total} events`), eventTable(page.items));
}

// ------------------------------------------------------------------ quotes

async function viewQuotes(main, _parts, params) {
  const values = { speaker: params.get("speaker") || "", actor: params.get("actor") || "", q: params.get("q") || "" };
  const offset = Number(params.get("offset") || 0);
  const form = h("form", { class: "filters", id: "quote-filters", on: { submit: (ev) => { ev.preventDefault(); go("quotes", formValues(form)); } } },
    field("Speaker", "speaker", values.speaker, { placeholder: "name" }),
    field("Actor", "actor", values.actor, { placeholder: "IRN" }),
    field("Text", "q", values.q, { type: "search", placeholder: "words in the quote" }),
    h("button", { type: "submit" }, "Filter"));
  main.append(h("h2", null, "Who said what"), form);
  const page = await api("/api/quotes", Object.assign({ limit: 50, offset }, values));
  main.append(h("table", { class: "grid", id: "quotes-table" },
    h("thead", null, h("tr", null, ["speaker", "quote", "article"].map((c) => h("th", null, c)))),
    h("tbody", null, page.items.map((r) => h("tr", null,
      h("td", { class: "speaker-cell" }, h("strong", null, r.speaker_name || r.speaker_text || "unknown speaker"),
        r.actor_code ? h("div", { class: "muted" }, r.actor_code) : null),
      h("td", null, h("span", { class: "muted" }, r.kind + (r.cue ? ", " + r.cue : "") + ": "), "“", r.text, "”"),
      h("td", null, h("a", { href: `#/article/${encodeURIComponent(r.article_id)}?quote=${encodeURIComponent(r.id)}` }, r.title || r.origin || r.article_id),
        h("div", { class: "muted" }, r.published || "")))))),
  pager(page, (o) => go("quotes", Object.assign({}, values, { offset: o }))));
}

// ------------------------------------------------------------------ router

const VIEWS = {
  articles: viewArticles, article: viewArticle, events: viewEvents, dyad: viewDyad,
  network: viewNetwork, map: viewMap, quotes: viewQuotes,
};

let routing = 0;

async function route() {
  const hash = location.hash;
  const [path, search] = hash.replace(/^#\/?/, "").split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const name = VIEWS[parts[0]] ? parts[0] : "articles";
  const main = document.getElementById("main");
  const mine = ++routing; // a newer route replaces this one's view, even mid-render
  const view = h("div", { class: "view" });
  document.querySelectorAll("#nav a").forEach((a) => a.classList.toggle("active", a.dataset.view === name || (name === "article" && a.dataset.view === "articles")));
  clearError();
  main.replaceChildren(view);
  Object.assign(main.dataset, { view: name, route: hash, ready: "false" });
  try {
    await VIEWS[name](view, parts.slice(1), new URLSearchParams(search || ""));
  } catch (err) {
    if (mine === routing) showError(err);
  } finally {
    if (mine === routing) main.dataset.ready = "true";
  }
}

async function loadStats() {
  try {
    const st = await api("/api/stats");
    const c = st.counts;
    document.getElementById("stats").textContent =
      `${c.articles} articles · ${c.events} events · ${c.quotes} quotes · ${c.entities} entities` + (st.writable ? "" : " · read-only");
  } catch (err) {
    showError(err);
  }
}

window.addEventListener("hashchange", route);
window.addEventListener("DOMContentLoaded", () => { loadStats(); route(); });

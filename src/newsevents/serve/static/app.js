// newsevents dashboard: vanilla JS + SVG over the REST API under /api.
// Views (hash routes): #/articles, #/article/ID, #/events, #/dyad/A/B, #/network, #/map,
// #/quotes. Every list is paged, sorted and filtered by the server; text from the store
// is always set as text (never as HTML). Every control works from the keyboard.
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const QUAD = {
  1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict",
};
const PAGE_SIZES = [25, 50, 100, 200];
const MODALITIES = ["asserted", "attempted", "intended", "hoped", "demanded", "denied", "conditional"];

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

// Handlers that make an element with role=button act like one: click, Enter and Space.
function activate(fn) {
  return {
    click: fn,
    keydown: (ev) => {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); fn(ev); }
    },
  };
}

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

function setTitle(text) {
  document.title = `${text} · newsevents`;
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

// The QuadClass as words beside its colour (colour is never the only signal).
function quadBadge(q) {
  return h("span", { class: `quad quad-${q}` }, `Q${q} ${QUAD[q]}`);
}

// Read the common paging parameters of a route.
function paging(params, fallback = 50) {
  const size = Number(params.get("limit") || fallback);
  return {
    offset: Math.max(0, Number(params.get("offset") || 0)),
    limit: PAGE_SIZES.includes(size) ? size : fallback,
  };
}

// The page size as a route parameter: left out when it is the default.
function size(limit, fallback = 50) {
  return limit === fallback ? "" : limit;
}

function pager(page, onPage, onSize) {
  const { total, limit, offset, items } = page;
  const last = offset + items.length;
  return h("nav", { class: "pager", "aria-label": "pages" },
    h("button", { type: "button", disabled: offset === 0, on: { click: () => onPage(Math.max(0, offset - limit)) } }, "‹ previous"),
    h("span", { class: "muted", "aria-live": "polite" }, total === undefined ? `${offset + 1}–${last}` : `${items.length ? offset + 1 : 0}–${last} of ${total}`),
    h("button", { type: "button", disabled: total === undefined ? items.length < limit : last >= total, on: { click: () => onPage(offset + limit) } }, "next ›"),
    onSize ? h("label", { class: "inline" }, "rows per page ",
      h("select", { on: { change: (ev) => onSize(Number(ev.target.value)) } },
        PAGE_SIZES.map((n) => h("option", { value: n, selected: n === limit }, n)))) : null);
}

let fieldIds = 0;

function field(label, name, value, attrs) {
  const id = (attrs && attrs.id) || `f-${name}-${++fieldIds}`;
  return h("div", { class: "field" }, h("label", { for: id }, label),
    h("input", Object.assign({ name, value: value || "", id }, attrs || {})));
}

function selectField(label, name, value, options) {
  const id = `f-${name}-${++fieldIds}`;
  return h("div", { class: "field" }, h("label", { for: id }, label),
    h("select", { name, id }, options.map(([v, text]) => h("option", { value: v, selected: String(v) === String(value || "") }, text))));
}

function checkField(label, name, checked) {
  const id = `f-${name}-${++fieldIds}`;
  return h("div", { class: "field check" },
    h("input", { type: "checkbox", name, id, value: "true", checked: Boolean(checked) }),
    h("label", { for: id }, label));
}

function formValues(form) {
  const out = {};
  for (const [key, value] of new FormData(form).entries()) out[key] = String(value).trim();
  return out;
}

function filterForm(id, label, fields, onSubmit) {
  const form = h("form", { class: "filters", id, role: "search", "aria-label": label,
    on: { submit: (ev) => { ev.preventDefault(); onSubmit(formValues(form)); } } },
  fields, h("button", { type: "submit" }, "Apply"));
  return form;
}

// A wide table scrolls inside its own box, never the page (phone widths).
function tableWrap(table, label) {
  return h("div", { class: "table-wrap", role: "region", "aria-label": label, tabindex: "0" }, table);
}

// A column header that sorts by `key` on the server (aria-sort tells which way).
function sortHeader(label, key, sort, onSort) {
  if (!key) return h("th", { scope: "col" }, label);
  const current = (sort || "").replace(/^-/, "");
  const descending = (sort || "").startsWith("-");
  const state = current === key ? (descending ? "descending" : "ascending") : "none";
  const next = current === key && !descending ? "-" + key : key;
  return h("th", { scope: "col", "aria-sort": state },
    h("button", { type: "button", class: "sort", on: { click: () => onSort(next) },
      "aria-label": `${label}: sort ${next.startsWith("-") ? "descending" : "ascending"}` },
    label, h("span", { "aria-hidden": "true" }, state === "ascending" ? " ▲" : state === "descending" ? " ▼" : " ↕")));
}

function empty(text, id) {
  return h("p", { class: "empty", id: id || null }, text);
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

// Zoom and pan an SVG's viewBox: wheel, drag, and buttons (+, −, reset) for the keyboard.
// `onChange(scale)` is told the zoom after each change.
function zoomable(svg, W, H, onChange) {
  let view = { x: 0, y: 0, w: W, h: H };
  const apply = () => {
    svg.setAttribute("viewBox", `${view.x.toFixed(2)} ${view.y.toFixed(2)} ${view.w.toFixed(2)} ${view.h.toFixed(2)}`);
    if (onChange) onChange(W / view.w, view);
  };
  const zoom = (factor, cx, cy) => {
    const w = Math.min(W, Math.max(W / 64, view.w / factor));
    const hh = w * (H / W);
    const fx = cx === undefined ? 0.5 : (cx - view.x) / view.w;
    const fy = cy === undefined ? 0.5 : (cy - view.y) / view.h;
    const px = view.x + fx * view.w, py = view.y + fy * view.h;
    view = { x: px - fx * w, y: py - fy * hh, w, h: hh };
    clamp();
    apply();
  };
  const clamp = () => {
    view.x = Math.min(Math.max(view.x, -view.w * 0.5), W - view.w * 0.5);
    view.y = Math.min(Math.max(view.y, -view.h * 0.5), H - view.h * 0.5);
  };
  const point = (ev) => {
    const r = svg.getBoundingClientRect();
    return { x: view.x + ((ev.clientX - r.left) / r.width) * view.w, y: view.y + ((ev.clientY - r.top) / r.height) * view.h };
  };
  svg.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const p = point(ev);
    zoom(ev.deltaY < 0 ? 1.25 : 0.8, p.x, p.y);
  }, { passive: false });
  let drag = null;
  svg.addEventListener("pointerdown", (ev) => {
    if (ev.target.closest("[data-drag]")) return; // a node being dragged, not the view
    drag = { x: ev.clientX, y: ev.clientY, view: Object.assign({}, view), moved: false };
    svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    const r = svg.getBoundingClientRect();
    const dx = ((ev.clientX - drag.x) / r.width) * view.w, dy = ((ev.clientY - drag.y) / r.height) * view.h;
    if (Math.abs(ev.clientX - drag.x) + Math.abs(ev.clientY - drag.y) > 3) drag.moved = true;
    view.x = drag.view.x - dx; view.y = drag.view.y - dy;
    clamp();
    apply();
  });
  const end = (ev) => {
    if (drag && drag.moved) svg.dataset.panned = String(Date.now());
    drag = null;
    if (svg.hasPointerCapture && svg.hasPointerCapture(ev.pointerId)) svg.releasePointerCapture(ev.pointerId);
  };
  svg.addEventListener("pointerup", end);
  svg.addEventListener("pointercancel", end);
  const controls = h("div", { class: "zoom-controls", role: "group", "aria-label": "zoom" },
    h("button", { type: "button", class: "zoom-in", "aria-label": "zoom in", on: { click: () => zoom(1.5) } }, "+"),
    h("button", { type: "button", class: "zoom-out", "aria-label": "zoom out", on: { click: () => zoom(1 / 1.5) } }, "−"),
    h("button", { type: "button", class: "zoom-reset", on: { click: () => { view = { x: 0, y: 0, w: W, h: H }; apply(); } } }, "reset"),
    h("button", { type: "button", class: "pan", "aria-label": "pan left", on: { click: () => { view.x -= view.w / 4; clamp(); apply(); } } }, "←"),
    h("button", { type: "button", class: "pan", "aria-label": "pan right", on: { click: () => { view.x += view.w / 4; clamp(); apply(); } } }, "→"),
    h("button", { type: "button", class: "pan", "aria-label": "pan up", on: { click: () => { view.y -= view.h / 4; clamp(); apply(); } } }, "↑"),
    h("button", { type: "button", class: "pan", "aria-label": "pan down", on: { click: () => { view.y += view.h / 4; clamp(); apply(); } } }, "↓"));
  apply();
  const zoomTo = (x, y, factor) => {
    const w = Math.min(W, Math.max(W / 64, view.w / factor));
    const hh = w * (H / W);
    view = { x: x - w / 2, y: y - hh / 2, w, h: hh };
    clamp();
    apply();
  };
  return { controls, zoomTo, point };
}

// ------------------------------------------------------------------ codebook

// CAMEO code -> name, loaded once (GET /api/cameo) before the first view is drawn.
let CAMEO = {};

async function loadCodebook() {
  try {
    CAMEO = (await api("/api/cameo")).codes;
  } catch (err) {
    CAMEO = {};
  }
}

// ------------------------------------------------------------------ articles

async function viewArticles(main, _parts, params) {
  setTitle("Articles");
  const { offset, limit } = paging(params);
  const values = { q: params.get("q") || "", since: params.get("since") || "", until: params.get("until") || "" };
  const form = filterForm("article-filters", "filter articles", [
    field("Search", "q", values.q, { type: "search", placeholder: "text or title", id: "article-search" }),
    field("Published since", "since", values.since, { type: "date" }),
    field("until", "until", values.until, { type: "date" }),
  ], (v) => go("articles", Object.assign(v, { limit: size(limit) })));
  main.append(h("h2", null, "Articles"), form);
  const page = await api("/api/articles", Object.assign({ offset, limit }, values));
  if (!page.items.length) {
    main.append(empty(page.total === 0 && !values.q && !values.since && !values.until
      ? "The store has no articles yet: `newsevents ingest FILES` adds some."
      : "No articles match these filters.", "articles-empty"));
    return;
  }
  const rows = page.items.map((a) => h("tr", null,
    h("td", null, h("a", { href: `#/article/${encodeURIComponent(a.id)}`, class: "article-link" }, a.title || a.origin || a.id)),
    h("td", null, a.published || "–"),
    h("td", { class: "num" }, a.entities), h("td", { class: "num" }, a.quotes),
    h("td", { class: "num" }, a.events), h("td", { class: "muted" }, a.source || a.origin || "")));
  main.append(tableWrap(h("table", { class: "grid", id: "article-list" },
    h("caption", { class: "sr-only" }, "Articles, newest first"),
    h("thead", null, h("tr", null, ["title", "published", "entities", "quotes", "events", "source"].map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", null, rows)), "articles"),
  pager(page, (o) => go("articles", Object.assign({}, values, { offset: o, limit: size(limit) })),
    (n) => go("articles", Object.assign({}, values, { limit: size(n) }))));
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
    title: "show the words it came from", on: activate(onClick) },
  h("div", null, h("span", { class: "code" }, v.cameo.code), CAMEO[v.cameo.code] ? h("span", { class: "code-name" }, CAMEO[v.cameo.code] + " ") : null,
    h("span", { class: "plover" }, v.plover ? v.plover.category + (v.plover.mode ? " / " + v.plover.mode : "") : ""),
    " ", quadBadge(v.cameo.quad_class), " ", badges),
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
      on: activate(() => flashQuote(q.id)) },
    h("strong", { class: "speaker-name" }, speakerName(q, who)),
    who && who.actor ? h("span", { class: "muted" }, ` (${who.actor.code})`) : null,
    h("span", { class: "muted" }, ` ${q.kind}: `), "“", q.text.length > 140 ? q.text.slice(0, 137) + "…" : q.text, "”");
  }));
  const entities = h("ul", { id: "entity-list", class: "chips" }, record.entities.map((e) =>
    h("li", { class: `chip ent-${e.type}`, tabindex: "0", role: "button", on: activate(() => flashEntity(e.id)),
      title: `${e.type}, ${e.mentions.length} mentions` }, e.name, e.actor ? h("small", null, " " + e.actor.code) : null)));

  main.append(
    h("p", null, h("a", { href: "#/articles" }, "‹ articles")),
    h("h2", { id: "article-title" }, a.title || a.origin || a.id),
    (setTitle(a.title || a.origin || a.id), null),
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
        h("h3", null, `Quotes (${record.quotes.length})`),
        record.quotes.length ? quotes : h("p", { class: "muted", id: "quote-list" }, "No quotations found in this article."),
        h("h3", null, `Entities (${record.entities.length})`), entities)));
  if (params.get("event")) flashEvent(params.get("event"));
  if (params.get("quote")) flashQuote(params.get("quote"));
}

// ------------------------------------------------------------------ events

const EVENT_FILTERS = ["actor", "dyad", "code", "plover", "quad_class", "modality", "negated",
  "goldstein_min", "goldstein_max", "q", "since", "until", "place", "sort"];

const EVENT_COLUMNS = [
  ["date", "date"], ["source", "source_code"], ["event", "code"], ["target", "target_code"],
  ["Goldstein", "goldstein"], ["QuadClass", "quad_class"], ["place", null], ["sentence", null],
  ["article", "published"],
];

// The sentence with its trigger marked (as text, never HTML).
function sentenceCell(r) {
  const link = `#/article/${encodeURIComponent(r.article_id)}?event=${encodeURIComponent(r.id)}`;
  const text = r.context || r.trigger;
  const at = text.indexOf(r.trigger);
  if (at < 0) return h("td", { class: "sentence" }, h("a", { href: link }, r.trigger));
  return h("td", { class: "sentence" }, text.slice(0, at),
    h("a", { href: link, class: "trigger-link", title: "show it in the article" }, r.trigger),
    text.slice(at + r.trigger.length));
}

function eventTable(items, sort, onSort) {
  const head = EVENT_COLUMNS.map(([label, key]) => (onSort ? sortHeader(label, key, sort, onSort) : h("th", { scope: "col" }, label)));
  return tableWrap(h("table", { class: "grid", id: "events-table" },
    h("caption", { class: "sr-only" }, "Events"),
    h("thead", null, h("tr", null, head)),
    h("tbody", null, items.map((r) => h("tr", { class: `q${r.quad_class}` },
      h("td", { class: "nowrap" }, r.date || "–"),
      h("td", null, actorLabel(r.source_name, r.source_code)),
      h("td", null, h("span", { class: "code" }, r.code), h("span", { class: "code-name" }, r.code_name || CAMEO[r.code] || ""),
        r.plover_category ? h("div", { class: "plover" }, "PLOVER " + r.plover_category + (r.plover_mode ? " / " + r.plover_mode : "")) : null,
        r.negated ? h("span", { class: "badge neg" }, "negated") : null,
        r.modality !== "asserted" ? h("span", { class: "badge" }, r.modality) : null),
      h("td", null, actorLabel(r.target_name, r.target_code)),
      h("td", { class: "num" }, fmt(r.goldstein, 1)),
      h("td", null, quadBadge(r.quad_class)),
      h("td", null, r.place_name || "–"),
      sentenceCell(r),
      h("td", { class: "muted" }, r.title || r.origin || r.article_id))))), "events");
}

function downloads(filters) {
  const pick = {};
  for (const key of EVENT_FILTERS) if (filters[key]) pick[key] = filters[key];
  const dates = { since: filters.since, until: filters.until };
  const link = (href, text, id) => h("a", { href, download: "", class: "button", id }, text);
  return h("section", { class: "downloads", "aria-labelledby": "downloads-h" },
    h("h3", { id: "downloads-h" }, "Downloads"),
    h("p", null, "These events, every row (streamed, never cut short): ",
      link("/api/events.csv?" + query(pick), "CSV", "csv-link"), " ",
      link("/api/events.jsonl?" + query(pick), "JSON Lines", "jsonl-link")),
    h("p", null, "The whole store", dates.since || dates.until ? " (articles published in these dates)" : "", ": ",
      link("/api/export/gdelt-events?" + query(dates), "GDELT events", "gdelt-events-link"), " ",
      link("/api/export/gdelt-mentions?" + query(dates), "GDELT mentions", "gdelt-mentions-link"), " ",
      link("/api/export/gkg?" + query(dates), "GKG", "gkg-link"), " ",
      link("/api/export/jsonl?" + query(dates), "records (JSON Lines)", "records-link"), " ",
      link("/api/export/parquet?" + query(dates), "Parquet dataset (zip)", "parquet-link")));
}

async function viewEvents(main, _parts, params) {
  setTitle("Events");
  const values = {};
  for (const key of EVENT_FILTERS) values[key] = params.get(key) || "";
  const { offset, limit } = paging(params);
  const form = filterForm("event-filters", "filter events", [
    field("Actor", "actor", values.actor, { placeholder: "IRN" }),
    field("Dyad", "dyad", values.dyad, { placeholder: "IRN,AZE" }),
    field("CAMEO", "code", values.code, { placeholder: "04", size: 5 }),
    field("PLOVER", "plover", values.plover, { placeholder: "CONSULT" }),
    selectField("QuadClass", "quad_class", values.quad_class, [["", "any"], ...[1, 2, 3, 4].map((q) => [q, `${q} ${QUAD[q]}`])]),
    selectField("Modality", "modality", values.modality, [["", "any"], ...MODALITIES.map((m) => [m, m])]),
    field("Goldstein from", "goldstein_min", values.goldstein_min, { type: "number", min: -10, max: 10, step: "0.1", placeholder: "-10" }),
    field("to", "goldstein_max", values.goldstein_max, { type: "number", min: -10, max: 10, step: "0.1", placeholder: "10" }),
    field("Words", "q", values.q, { type: "search", placeholder: "in the sentence" }),
    field("Since", "since", values.since, { type: "date" }),
    field("Until", "until", values.until, { type: "date" }),
    field("Place", "place", values.place, { placeholder: "Baku, AZE" }),
    checkField("include negated", "negated", values.negated === "true"),
    h("input", { type: "hidden", name: "sort", value: values.sort }),
  ], (v) => go("events", Object.assign(v, { limit: size(limit) })));
  main.append(h("h2", null, "Events"), form);
  const filters = {};
  for (const key of EVENT_FILTERS) if (values[key]) filters[key] = values[key];
  const page = await api("/api/events", Object.assign({ limit, offset }, filters));
  main.append(h("p", { id: "events-total" }, `${page.total} events`,
    h("span", { class: "muted" }, " (each article's report of an event is a row)")));
  if (!page.items.length) {
    main.append(empty(Object.keys(filters).length ? "No events match these filters." : "No events in the store yet.", "events-empty"));
  } else {
    main.append(eventTable(page.items, values.sort, (sort) => go("events", Object.assign({}, filters, { sort, limit: size(limit) }))),
      pager(page, (o) => go("events", Object.assign({}, filters, { offset: o, limit: size(limit) })),
        (n) => go("events", Object.assign({}, filters, { limit: size(n) }))));
  }
  main.append(downloads(filters));
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

function legendQuad() {
  return h("p", { class: "legend" }, [1, 2, 3, 4].map((q) => h("span", { class: `swatch q${q}` }, QUAD[q])),
    h("span", { class: "swatch gold" }, "mean Goldstein"));
}

async function viewDyad(main, parts, params) {
  const a = (parts[0] || params.get("a") || "").toUpperCase();
  const b = (parts[1] || params.get("b") || "").toUpperCase();
  const by = params.get("by") || "week";
  const since = params.get("since") || "";
  const until = params.get("until") || "";
  setTitle(a && b ? `Dyad ${a}–${b}` : "Dyads");
  const list = h("datalist", { id: "actor-codes" });
  const form = h("form", { class: "filters", id: "dyad-form", "aria-label": "pick a dyad", on: { submit: (ev) => {
    ev.preventDefault();
    const v = formValues(form);
    if (v.a && v.b) go(`dyad/${encodeURIComponent(v.a.toUpperCase())}/${encodeURIComponent(v.b.toUpperCase())}`, { by: v.by, since: v.since, until: v.until });
  } } },
  field("Actor A", "a", a, { list: "actor-codes", placeholder: "IRN", required: true, id: "dyad-a" }),
  field("Actor B", "b", b, { list: "actor-codes", placeholder: "AZE", required: true, id: "dyad-b" }),
  h("div", { class: "field" }, h("label", { for: "dyad-by" }, "Period"),
    h("select", { name: "by", id: "dyad-by" }, ["day", "week", "month"].map((p) => h("option", { value: p, selected: p === by }, p)))),
  field("Since", "since", since, { type: "date" }),
  field("Until", "until", until, { type: "date" }),
  h("button", { type: "submit", id: "dyad-show" }, "Show"), list);
  main.append(h("h2", null, "Dyad"), form);
  actorCodes().then((codes) => list.replaceChildren(...codes.map((c) => h("option", { value: c })))).catch(() => {});
  if (!a || !b) {
    main.append(empty("Pick two actors (country codes such as IRN and AZE, or full codes such as IRNGOV)."));
    return;
  }
  let tl;
  try {
    tl = await api(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/timeline`, { by, since, until, fill: true });
  } catch (err) {
    if (!(err instanceof ApiError) || err.status !== 400) throw err;
    tl = await api(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/timeline`, { by, since, until });
  }
  const withEvents = tl.periods.filter((p) => p.total > 0);
  const total = withEvents.reduce((n, p) => n + p.total, 0);
  const ab = withEvents.reduce((n, p) => n + p.a_to_b, 0);
  const ba = withEvents.reduce((n, p) => n + p.b_to_a, 0);
  main.append(h("h3", { id: "dyad-title" }, `${tl.a} and ${tl.b} by ${tl.by}`));
  if (!withEvents.length) {
    main.append(empty(`No asserted or attempted, dated events between ${tl.a} and ${tl.b}.`, "dyad-empty"));
    return;
  }
  main.append(h("p", null, `${total} events in ${withEvents.length} ${by}s: ${tl.a} → ${tl.b} ${ab}, ${tl.b} → ${tl.a} ${ba}`),
    legendQuad(), timelineChart(tl.periods, tl.a, tl.b));
  const dyad = `${tl.a},${tl.b}`;
  const page = await api("/api/events", { dyad, since, until, limit: 50 });
  main.append(h("h3", null, "Events"),
    h("p", null, h("a", { href: "/api/events.csv?" + query({ dyad, since, until }), download: "", class: "button" }, "Download CSV"),
      " ", h("a", { href: "#/events?" + query({ dyad, since, until }) }, `all ${page.total} in the events view`)),
    eventTable(page.items));
}

// ------------------------------------------------------------------ network

// Fruchterman-Reingold, with the pull of edges scaled down in dense graphs (so that a
// near-complete graph does not collapse into one blob), then overlapping circles pushed
// apart. `radii[i]` is node i's circle.
function forceLayout(nodes, edges, W, H, radii) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => ({
    x: W / 2 + (W / 3) * Math.cos((2 * Math.PI * i) / Math.max(n, 1)),
    y: H / 2 + (H / 3) * Math.sin((2 * Math.PI * i) / Math.max(n, 1)),
  }));
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const links = edges.filter((e) => e.source !== e.target).map((e) => [index.get(e.source), index.get(e.target)]);
  const k = Math.sqrt((W * H) / Math.max(n, 1)) * 0.6;
  const pull = 1 / Math.max(1, Math.sqrt((2 * links.length) / Math.max(n, 1) / 2));
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
      const f = ((d * d) / k) * pull;
      dx /= d; dy /= d;
      disp[i].x -= dx * f; disp[i].y -= dy * f; disp[j].x += dx * f; disp[j].y += dy * f;
    }
    for (let i = 0; i < n; i++) {
      disp[i].x += (W / 2 - pos[i].x) * 0.05 * k / 10;
      disp[i].y += (H / 2 - pos[i].y) * 0.05 * k / 10;
      const d = Math.max(Math.hypot(disp[i].x, disp[i].y), 0.01);
      pos[i].x = Math.min(W - 30, Math.max(30, pos[i].x + (disp[i].x / d) * Math.min(d, temp)));
      pos[i].y = Math.min(H - 24, Math.max(24, pos[i].y + (disp[i].y / d) * Math.min(d, temp)));
    }
    temp *= 0.98;
  }
  for (let iter = 0; iter < 60; iter++) { // no two circles (and their labels) overlap
    let moved = false;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[j].x - pos[i].x, dy = pos[j].y - pos[i].y;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        const need = radii[i] + radii[j] + 14;
        if (d >= need) continue;
        const push = (need - d) / 2;
        pos[i].x -= (dx / d) * push; pos[i].y -= (dy / d) * push;
        pos[j].x += (dx / d) * push; pos[j].y += (dy / d) * push;
        moved = true;
      }
    }
    for (const p of pos) { p.x = Math.min(W - 20, Math.max(20, p.x)); p.y = Math.min(H - 16, Math.max(24, p.y)); }
    if (!moved) break;
  }
  return pos;
}

// Both directions of each pair of actors, summed (cooperation and conflict apart).
function pairsOf(edges) {
  const pairs = new Map();
  for (const e of edges) {
    if (e.source === e.target) continue;
    const [a, b] = [e.source, e.target].sort();
    const key = a + "\u0000" + b;
    const p = pairs.get(key) || { a, b, coop: 0, conf: 0 };
    p.coop += e.cooperation; p.conf += e.conflict;
    pairs.set(key, p);
  }
  return [...pairs.values()];
}

// Most edges a graph draws: the strongest pairs; the rest are in the matrix and downloads.
const MAX_DRAWN_PAIRS = 150;

function networkGraph(net, found, onPick) {
  const W = 900, H = 600;
  const most = Math.max(1, ...net.nodes.map((n) => n.events));
  const radii = net.nodes.map((n) => 5 + 17 * Math.sqrt(n.events / most));
  const pairs = pairsOf(net.edges).sort((x, y) => (y.coop + y.conf) - (x.coop + x.conf));
  const drawn = pairs.slice(0, MAX_DRAWN_PAIRS);
  const drawnEdges = drawn.map((p) => ({ source: p.a, target: p.b }));
  const heaviest = Math.max(1, ...drawn.map((p) => Math.max(p.coop, p.conf)));
  const pos = forceLayout(net.nodes, drawnEdges, W, H, radii);
  const at = new Map(net.nodes.map((node, i) => [node.id, pos[i]]));
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart network", id: "network-chart", role: "group",
    "aria-label": `actor network: ${net.nodes.length} actors; nodes can be focused, Enter picks one` });
  const edgeLayer = s("g", { class: "edges" });
  const edgeEls = [];
  const drawEdges = () => {
    for (const { el, p, bend } of edgeEls) {
      const A = at.get(p.a), B = at.get(p.b);
      const dx = B.x - A.x, dy = B.y - A.y, len = Math.max(Math.hypot(dx, dy), 1);
      const cx = (A.x + B.x) / 2 + bend * (-dy / len) * 14, cy = (A.y + B.y) / 2 + bend * (dx / len) * 14;
      el.setAttribute("d", `M${A.x.toFixed(1)},${A.y.toFixed(1)}Q${cx.toFixed(1)},${cy.toFixed(1)} ${B.x.toFixed(1)},${B.y.toFixed(1)}`);
    }
  };
  for (const p of drawn) {
    for (const [count, cls, bend, word] of [[p.coop, "edge coop", 1, "cooperative"], [p.conf, "edge conf", -1, "conflictual"]]) {
      if (!count) continue;
      const el = s("path", { class: cls, "stroke-width": (0.6 + 5 * Math.sqrt(count / heaviest)).toFixed(2), "data-a": p.a, "data-b": p.b,
        "stroke-dasharray": bend < 0 ? "6 3" : null },
      s("title", null, `${p.a} – ${p.b}: ${count} ${word} events`));
      edgeEls.push({ el, p, bend });
      edgeLayer.append(el);
    }
  }
  drawEdges();
  svg.append(s("title", null, "Actor network"), edgeLayer);
  const nodeLayer = s("g", { class: "nodes" });
  const zoom = zoomable(svg, W, H);
  net.nodes.forEach((node, i) => {
    const r = radii[i];
    const label = `${node.id}: ${node.events} events (${node.cooperation} cooperative, ${node.conflict} conflictual)`;
    const g = s("g", { class: "node" + (found && node.id.includes(found) ? " found" : ""), "data-id": node.id, "data-drag": "",
      transform: `translate(${pos[i].x.toFixed(1)},${pos[i].y.toFixed(1)})`, tabindex: "0", role: "button", "aria-label": label,
      on: activate((ev) => { if (!g.dataset.dragged) onPick(node.id, svg); delete g.dataset.dragged; }) },
    s("circle", { r, class: node.conflict > node.cooperation ? "conf" : "coop" }),
    s("text", { y: -r - 3, "text-anchor": "middle" }, node.id),
    s("title", null, label));
    // drag a node to move it; its edges follow
    let start = null;
    g.addEventListener("pointerdown", (ev) => { start = { x: ev.clientX, y: ev.clientY }; g.setPointerCapture(ev.pointerId); ev.stopPropagation(); });
    g.addEventListener("pointermove", (ev) => {
      if (!start) return;
      if (Math.abs(ev.clientX - start.x) + Math.abs(ev.clientY - start.y) < 4) return;
      const p = zoom.point(ev);
      pos[i].x = p.x; pos[i].y = p.y;
      g.setAttribute("transform", `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`);
      g.dataset.dragged = "true";
      drawEdges();
    });
    g.addEventListener("pointerup", () => { start = null; });
    nodeLayer.append(g);
  });
  svg.append(nodeLayer);
  const note = pairs.length > drawn.length
    ? h("p", { class: "muted", id: "network-pruned" }, `The ${drawn.length} busiest of ${pairs.length} pairs of actors are drawn; raise “Edges of at least” or show the matrix for the rest.`)
    : null;
  return h("div", { class: "chart-box" }, note, zoom.controls, svg);
}

// The dense alternative: a matrix of source (rows) by target (columns).
function networkMatrix(net) {
  const ids = net.nodes.map((n) => n.id);
  const cell = new Map(net.edges.map((e) => [e.source + "\u0000" + e.target, e]));
  return tableWrap(h("table", { class: "grid matrix", id: "network-matrix" },
    h("caption", null, "Events from the row's actor to the column's (cooperative / conflictual)"),
    h("thead", null, h("tr", null, h("th", { scope: "col" }, "source \\ target"), ids.map((id) => h("th", { scope: "col" }, id)))),
    h("tbody", null, ids.map((a) => h("tr", null, h("th", { scope: "row" }, a), ids.map((b) => {
      const e = cell.get(a + "\u0000" + b);
      if (!e) return h("td", { class: "num muted" }, "");
      const kind = e.conflict > e.cooperation ? "conf" : "coop";
      return h("td", { class: `num cell-${kind}`, title: `${a} → ${b}: ${e.events} events` },
        h("a", { href: "#/events?" + query({ dyad: `${a},${b}` }) }, `${e.cooperation}/${e.conflict}`));
    }))))), "network matrix");
}

async function viewNetwork(main, _parts, params) {
  setTitle("Network");
  const v = {
    level: params.get("level") || "country", since: params.get("since") || "", until: params.get("until") || "",
    quad_class: params.get("quad_class") || "", min_events: params.get("min_events") || "1",
    limit: params.get("limit") || "60", find: params.get("find") || "", as: params.get("as") || "graph",
  };
  const form = filterForm("network-filters", "filter the network", [
    selectField("Nodes", "level", v.level, [["country", "countries (IRN)"], ["actor", "actor codes (IRNGOV)"]]),
    field("Since", "since", v.since, { type: "date" }), field("Until", "until", v.until, { type: "date" }),
    selectField("QuadClass", "quad_class", v.quad_class, [["", "any"], ...[1, 2, 3, 4].map((q) => [q, `${q} ${QUAD[q]}`])]),
    field("Edges of at least", "min_events", v.min_events, { type: "number", min: 1, step: 1, id: "min-events" }),
    field("Top actors", "limit", v.limit, { type: "number", min: 2, max: 500, step: 1, id: "top-n" }),
    field("Find", "find", v.find, { type: "search", placeholder: "IRN", id: "network-find" }),
    selectField("Show as", "as", v.as, [["graph", "graph"], ["matrix", "matrix"]]),
  ], (x) => go("network", x));
  main.append(h("h2", null, "Actor network"), form);
  const filters = { level: v.level, since: v.since, until: v.until, quad_class: v.quad_class, min_events: v.min_events };
  const net = await api("/api/network", Object.assign({ limit: v.limit }, filters));
  main.append(h("p", null,
    h("a", { href: "/api/network.graphml?" + query(filters), download: "", class: "button", id: "graphml-link" }, "Download GraphML (Gephi)"),
    h("span", { class: "muted", id: "network-summary" }, ` ${net.nodes.length} actors, ${net.edges.length} directed edges.`)),
  h("p", { class: "legend" }, h("span", { class: "swatch coop" }, "cooperation (QuadClass 1–2, solid)"),
    h("span", { class: "swatch conf" }, "conflict (QuadClass 3–4, dashed)")));
  if (!net.nodes.length) {
    main.append(empty("No events with both a source and a target actor match these filters.", "network-empty"));
    return;
  }
  if (v.as === "matrix") {
    main.append(networkMatrix(net));
    return;
  }
  const status = h("p", { class: "muted", id: "network-picked", "aria-live": "polite" }, "Pick two actors (click, or Tab then Enter) to see their dyad; drag to move, wheel or buttons to zoom.");
  let picked = null;
  const onPick = (id, svg) => {
    if (picked && picked !== id) { go(`dyad/${encodeURIComponent(picked)}/${encodeURIComponent(id)}`); return; }
    picked = id;
    svg.querySelectorAll(".node").forEach((el) => el.classList.toggle("picked", el.getAttribute("data-id") === picked));
    status.textContent = `${id} picked: pick a second actor for their dyad.`;
  };
  main.append(status, networkGraph(net, v.find.trim().toUpperCase(), onPick));
  if (net.nodes.length > 40 && net.edges.length > 300) {
    main.append(h("p", { class: "muted" }, "A dense graph: raise “Edges of at least”, lower “Top actors”, or show it as a matrix."));
  }
}

// ------------------------------------------------------------------ map

let atlasCache = null;

async function atlas() {
  if (!atlasCache) atlasCache = await api("/api/atlas");
  return atlasCache;
}

// The QuadClass most of a place's events are in (0 without events).
function mainQuad(p) {
  let best = 0, n = 0;
  for (const q of [1, 2, 3, 4]) if ((p["q" + q] || 0) > n) { best = q; n = p["q" + q]; }
  return best;
}

// Places whose circles would overlap at this zoom are drawn as one cluster.
function clusters(places, X, Y, cell) {
  const groups = new Map();
  for (const p of places) {
    const key = Math.floor(X(p.lon) / cell) + ":" + Math.floor(Y(p.lat) / cell);
    const g = groups.get(key) || { places: [], events: 0, q1: 0, q2: 0, q3: 0, q4: 0, x: 0, y: 0 };
    g.places.push(p);
    g.events += p.events;
    for (const q of [1, 2, 3, 4]) g["q" + q] += p["q" + q] || 0;
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    const w = g.places.reduce((n, p) => n + p.events + 1, 0);
    g.x = g.places.reduce((n, p) => n + X(p.lon) * (p.events + 1), 0) / w;
    g.y = g.places.reduce((n, p) => n + Y(p.lat) * (p.events + 1), 0) / w;
  }
  return [...groups.values()];
}

async function viewMap(main, _parts, params) {
  setTitle("Map");
  const v = { since: params.get("since") || "", until: params.get("until") || "", quad_class: params.get("quad_class") || "",
    min_events: params.get("min_events") || "0", country: params.get("country") || "" };
  const form = filterForm("map-filters", "filter the map", [
    field("Since", "since", v.since, { type: "date" }), field("Until", "until", v.until, { type: "date" }),
    selectField("QuadClass", "quad_class", v.quad_class, [["", "any"], ...[1, 2, 3, 4].map((q) => [q, `${q} ${QUAD[q]}`])]),
    field("Places with at least", "min_events", v.min_events, { type: "number", min: 0, step: 1 }),
    field("Country", "country", v.country, { placeholder: "AZE", size: 4 }),
  ], (x) => go("map", x));
  main.append(h("h2", null, "Places"), form);
  const W = 960, H = 480;
  const X = (lon) => ((lon + 180) / 360) * W;
  const Y = (lat) => ((90 - lat) / 180) * H;
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart map", id: "map-chart", role: "group",
    "aria-label": "map of the places where events happened; circles can be focused, Enter lists their events" });
  svg.append(s("title", null, "Map of places"), s("rect", { x: -W, y: -H, width: 3 * W, height: 3 * H, class: "ocean" }));
  const grat = s("g", { class: "graticule", "aria-hidden": "true" });
  for (let lon = -180; lon <= 180; lon += 30) grat.append(s("line", { x1: X(lon), x2: X(lon), y1: 0, y2: H }));
  for (let lat = -60; lat <= 60; lat += 30) grat.append(s("line", { x1: 0, x2: W, y1: Y(lat), y2: Y(lat) }));
  svg.append(grat);
  try {
    const world = await atlas();
    const k = `scale(${W / world.width},${H / world.height})`;
    svg.append(s("g", { class: "world", transform: k, "aria-hidden": "true" },
      s("path", { d: world.land, class: "land" }), s("path", { d: world.lakes, class: "lake" }),
      s("path", { d: world.borders, class: "border" })));
  } catch (err) {
    main.append(h("p", { class: "muted" }, "World outline unavailable: " + err.message));
  }
  const page = await api("/api/places", Object.assign({ limit: 500 }, v));
  const placed = page.items.filter((p) => p.lat !== null && p.lon !== null);
  const unplaced = page.items.length - placed.length;
  const details = h("div", { id: "place-events", "aria-live": "polite" });
  const points = s("g", { class: "points" });
  svg.append(points);
  const maxEvents = Math.max(1, ...placed.map((p) => p.events));
  const radius = (events, scale) => (3 + 14 * Math.sqrt(events / maxEvents)) / scale;
  let zoomer = null;
  const draw = (scale) => {
    const groups = clusters(placed, X, Y, 18 / scale);
    points.replaceChildren(...groups.map((g) => {
      const one = g.places.length === 1 ? g.places[0] : null;
      const q = mainQuad(g);
      const name = one ? `${one.name}${one.country ? " (" + one.country + ")" : ""}` : `${g.places.length} places`;
      const label = `${name}: ${g.events} events${q ? ", mostly " + QUAD[q] : ""}` + (one ? `, ${one.articles} articles` : "");
      const r = radius(g.events, scale);
      return s("g", { class: "place-mark" + (one ? "" : " cluster"), tabindex: "0", role: "button", "aria-label": label,
        "data-name": one ? one.name : null,
        on: activate(() => {
          if (svg.dataset.panned && Date.now() - Number(svg.dataset.panned) < 300) return;
          if (one) placeEvents(details, one, v);
          else zoomer.zoomTo(g.x, g.y, 3);
        }) },
      s("circle", { cx: g.x.toFixed(2), cy: g.y.toFixed(2), r: r.toFixed(2), "stroke-width": (1 / scale).toFixed(3),
        class: `place q${q}` + (g.events ? " has-events" : "") }),
      one ? null : s("text", { x: g.x.toFixed(2), y: (g.y + 3.5 / scale).toFixed(2), "font-size": (10 / scale).toFixed(2), "text-anchor": "middle", class: "cluster-count" }, g.places.length),
      s("title", null, label));
    }));
  };
  let drawn = 0;
  zoomer = zoomable(svg, W, H, (scale) => { if (Math.abs(scale - drawn) > 1e-6) { drawn = scale; draw(scale); } });
  const legend = h("div", { class: "legend map-legend", id: "map-legend" },
    h("span", null, "circle area: events there (largest ", maxEvents, ")"),
    [1, 2, 3, 4].map((q) => h("span", { class: `swatch q${q}` }, "mostly " + QUAD[q])),
    h("span", { class: "swatch q0" }, "no events"),
    h("span", null, "numbered circle: nearby places, Enter or click zooms in"));
  main.append(h("p", { class: "muted", id: "map-summary" },
    `${placed.length} places drawn (of ${page.total} matching${page.total > page.items.length ? `, the ${page.items.length} with most events` : ""})`,
    unplaced ? `; ${unplaced} without coordinates are not drawn` : "", "."),
  h("div", { class: "chart-box" }, zoomer.controls, svg), legend, details);
  if (!page.items.length) main.append(empty("No places match these filters.", "map-empty"));
  else main.append(placeTable(page.items, details, v));
}

function placeTable(items, details, filters) {
  return h("details", { class: "place-list" }, h("summary", null, "The places as a table"),
    h("p", null, h("a", { href: "/api/places.csv?" + query(filters), download: "", class: "button", id: "places-csv-link" }, "Download the places (CSV)")),
    tableWrap(h("table", { class: "grid", id: "places-table" },
      h("thead", null, h("tr", null, ["place", "country", "events", "articles", "lat, lon"].map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", null, items.map((p) => h("tr", null,
        h("td", null, h("button", { type: "button", class: "link", on: { click: () => placeEvents(details, p, filters) } }, p.name)),
        h("td", null, p.country || "–"), h("td", { class: "num" }, p.events), h("td", { class: "num" }, p.articles),
        h("td", { class: "num" }, p.lat === null ? "no coordinates" : `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`))))), "places"));
}

async function placeEvents(box, place, filters) {
  const key = place.geonameid !== null ? String(place.geonameid) : place.name;
  const page = await api("/api/events", { place: key, since: filters.since, until: filters.until, quad_class: filters.quad_class, limit: 50 });
  box.replaceChildren(h("h3", null, `${place.name}: ${page.total} events`),
    page.items.length ? eventTable(page.items) : empty("No events here with these filters."));
}

// ------------------------------------------------------------------ quotes

async function viewQuotes(main, _parts, params) {
  setTitle("Quotes");
  const values = { speaker: params.get("speaker") || "", actor: params.get("actor") || "", q: params.get("q") || "",
    since: params.get("since") || "", until: params.get("until") || "" };
  const { offset, limit } = paging(params);
  const form = filterForm("quote-filters", "filter quotations", [
    field("Speaker", "speaker", values.speaker, { placeholder: "name" }),
    field("Actor", "actor", values.actor, { placeholder: "IRN" }),
    field("Text", "q", values.q, { type: "search", placeholder: "words in the quote" }),
    field("Published since", "since", values.since, { type: "date" }),
    field("until", "until", values.until, { type: "date" }),
  ], (v) => go("quotes", Object.assign(v, { limit: size(limit) })));
  main.append(h("h2", null, "Who said what"), form);
  const page = await api("/api/quotes", Object.assign({ limit, offset }, values));
  if (!page.items.length) {
    main.append(empty("No quotations match these filters.", "quotes-empty"));
    return;
  }
  main.append(tableWrap(h("table", { class: "grid", id: "quotes-table" },
    h("caption", { class: "sr-only" }, "Quotations, newest article first"),
    h("thead", null, h("tr", null, ["speaker", "quote", "article"].map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", null, page.items.map((r) => h("tr", null,
      h("td", { class: "speaker-cell" }, h("strong", null, r.speaker_name || r.speaker_text || "unknown speaker"),
        r.actor_code ? h("div", { class: "muted" }, r.actor_code) : null),
      h("td", null, h("span", { class: "muted" }, r.kind + (r.cue ? ", " + r.cue : "") + ": "), "“", r.text, "”"),
      h("td", null, h("a", { href: `#/article/${encodeURIComponent(r.article_id)}?quote=${encodeURIComponent(r.id)}` }, r.title || r.origin || r.article_id),
        h("div", { class: "muted" }, r.published || "")))))), "quotations"),
  pager(page, (o) => go("quotes", Object.assign({}, values, { offset: o, limit: size(limit) })),
    (n) => go("quotes", Object.assign({}, values, { limit: size(n) }))),
  h("p", null, h("a", { href: "/api/quotes.csv?" + query(values), download: "", class: "button", id: "quotes-csv-link" }, "Download these quotations (CSV)")));
}

// ------------------------------------------------------------------ router

const VIEWS = {
  articles: viewArticles, article: viewArticle, events: viewEvents, dyad: viewDyad,
  network: viewNetwork, map: viewMap, quotes: viewQuotes,
};

let routing = 0;
let codebook = null;

async function route() {
  const hash = location.hash;
  const [path, search] = hash.replace(/^#\/?/, "").split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const name = VIEWS[parts[0]] ? parts[0] : "articles";
  const main = document.getElementById("main");
  const mine = ++routing; // a newer route replaces this one's view, even mid-render
  const loading = h("p", { class: "loading", role: "status" }, "Loading…");
  const view = h("div", { class: "view" }, loading);
  document.querySelectorAll("#nav a").forEach((a) => {
    const on = a.dataset.view === name || (name === "article" && a.dataset.view === "articles");
    a.classList.toggle("active", on);
    if (on) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
  });
  clearError();
  main.replaceChildren(view);
  Object.assign(main.dataset, { view: name, route: hash, ready: "false" });
  main.setAttribute("aria-busy", "true");
  try {
    if (!codebook) codebook = loadCodebook();
    await codebook;
    await VIEWS[name](view, parts.slice(1), new URLSearchParams(search || ""));
  } catch (err) {
    if (mine === routing) {
      view.append(empty("This view could not be drawn: see the message above."));
      showError(err);
    }
  } finally {
    if (mine === routing) {
      loading.remove();
      main.dataset.ready = "true";
      main.removeAttribute("aria-busy");
    }
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

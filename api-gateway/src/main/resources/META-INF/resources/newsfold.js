// Newsfold's reader: a live list of stories and a story page, from the gateway's API. Plain JS, no build step.
"use strict";

const main = () => document.getElementById("main");
const liveStatus = () => document.getElementById("live-status");

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v; else if (k === "text") node.textContent = v; else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

function when(instant) {
  return instant ? new Date(instant).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "";
}

// ---- story list -------------------------------------------------------------------------------------------
let listState = { query: "", cursor: null };

async function showList(query) {
  listState = { query: query || "", cursor: null };
  const root = main();
  root.replaceChildren(el("h1", { class: "visually-hidden", text: "Stories" }),
    el("ul", { class: "stories", id: "stories", "aria-live": "polite" }),
    el("button", { id: "more", type: "button", hidden: "" }, "More stories"));
  document.getElementById("more").addEventListener("click", () => loadStories(false));
  await loadStories(true);
  document.title = "Newsfold — stories";
}

async function loadStories(first) {
  const params = new URLSearchParams({ limit: "20" });
  if (listState.query) params.set("q", listState.query);
  if (!first && listState.cursor) params.set("cursor", listState.cursor);
  const page = await getJson(`/v1/stories?${params}`);
  const list = document.getElementById("stories");
  if (first) list.replaceChildren();
  if (first && page.items.length === 0) list.append(el("li", { text: "No stories yet." }));
  for (const story of page.items) list.append(storyItem(story));
  listState.cursor = page.nextCursor || null;
  document.getElementById("more").hidden = !listState.cursor;
}

function storyItem(story, fresh) {
  return el("li", { class: fresh ? "fresh" : "", "data-story": story.id },
    el("h2", {}, el("a", { href: `#/story/${encodeURIComponent(story.id)}`, text: story.headline || story.id })),
    el("div", { class: "meta", text: `${story.articleCount} article${story.articleCount === 1 ? "" : "s"} · ` +
      `updated ${when(story.updatedAt)}` }));
}

async function refreshStoryInList(storyId) {
  const list = document.getElementById("stories");
  if (!list || listState.query) return;
  let story;
  try { story = await getJson(`/v1/stories/${encodeURIComponent(storyId)}`); } catch (e) { return; }
  const old = list.querySelector(`[data-story="${CSS.escape(storyId)}"]`);
  const item = storyItem({ id: story.id, headline: story.headline, articleCount: story.articleCount,
    updatedAt: story.to }, true);
  if (old) old.replaceWith(item); else list.prepend(item);
}

// ---- story page ---------------------------------------------------------------------------------------------
async function showStory(storyId) {
  const story = await getJson(`/v1/stories/${encodeURIComponent(storyId)}`);
  const articles = await Promise.all(story.sources.map(s => getJson(`/v1/articles/${encodeURIComponent(s.articleId)}`)));
  const root = main();
  root.replaceChildren(el("article", { class: "story", "data-story": story.id },
    el("h1", { text: story.headline || story.id }),
    el("p", { class: "meta", text: `${story.articleCount} sources · ${when(story.from)} – ${when(story.to)}` }),
    story.lead ? el("p", { class: "lead", text: story.lead }) : null,
    disagreementsSection(story.disagreements),
    claimsSection(story.claims),
    entitiesSection(story.entities),
    sourcesSection(story.sources, articles)));
  document.title = `Newsfold — ${story.headline || story.id}`;
  root.focus({ preventScroll: true });
}

function disagreementsSection(disagreements) {
  if (!disagreements || disagreements.length === 0) return null;
  return el("section", { "aria-labelledby": "h-disagree" }, el("h2", { id: "h-disagree", text: "Sources disagree" }),
    ...disagreements.map(d => el("div", { class: "disagreement", role: "note" },
      el("h3", { text: d.kind === "date" ? "When it happened" : `How many: ${d.about}` }),
      el("ul", {}, ...d.positions.map(p => el("li", {},
        el("strong", { text: p.text || String(p.value ?? p.date) }),
        ` — ${p.sources.map(s => s.outlet).join(", ")}`))))));
}

function claimsSection(claims) {
  const quotes = (claims || []).filter(c => c.kind === "quote");
  if (quotes.length === 0) return null;
  return el("section", { "aria-labelledby": "h-quotes" }, el("h2", { id: "h-quotes", text: "Who said what" }),
    el("ul", { class: "claims" }, ...quotes.map(c => el("li", {},
      el("blockquote", { text: `“${c.text}”` }),
      el("div", { class: "who", text: `— ${c.speaker ? c.speaker.name : "unattributed"} · carried by ` +
        `${c.sources.map(s => s.outlet).join(", ")} · first seen in ${c.firstSeen.outlet}` +
        (c.variants.length > 1 ? ` · ${c.variants.length} wordings` : "") })))));
}

function entitiesSection(entities) {
  if (!entities || entities.length === 0) return null;
  return el("section", { "aria-labelledby": "h-entities" }, el("h2", { id: "h-entities", text: "Who and where" }),
    el("ul", { class: "entities" }, ...entities.slice(0, 30).map(e =>
      el("li", { title: Object.entries(e.perSource).map(([s, n]) => `${s}: ${n}`).join("\n"),
        text: `${e.name} (${e.mentions})` }))));
}

function sourcesSection(sources, articles) {
  return el("section", { "aria-labelledby": "h-sources" }, el("h2", { id: "h-sources", text: "Sources side by side" }),
    el("div", { class: "sources" }, ...sources.map((s, i) => el("div", { class: "source", "data-article": s.articleId },
      el("h3", {}, s.url ? el("a", { href: s.url, rel: "noopener", text: s.outlet }) : s.outlet),
      el("div", { class: "meta" }, el("span", { class: `badge ${s.relation}`, text: s.relation }),
        s.reuseShare ? `${Math.round(s.reuseShare * 100)}% shared · ` : "", when(s.publishedAt)),
      el("div", { class: "text" }, ...highlighted(articles[i]))))));
}

// The article's text with the passages it shares with other articles marked.
function highlighted(article) {
  const text = article.text || "";
  const ranges = (article.relations || []).flatMap(r => (r.passages || []).map(p => [p.start, p.end]))
    .sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [s, e] of ranges) {
    if (merged.length && s <= merged[merged.length - 1][1]) merged[merged.length - 1][1] = Math.max(e, merged[merged.length - 1][1]);
    else merged.push([s, e]);
  }
  const out = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out.push(text.slice(at, s));
    out.push(el("mark", { class: "shared", title: "also in another source", text: text.slice(s, e) }));
    at = e;
  }
  out.push(text.slice(at));
  return out;
}

// ---- live updates -----------------------------------------------------------------------------------------
function connectLive() {
  const source = new EventSource("/v1/stream");
  source.onopen = () => { liveStatus().textContent = "live"; };
  source.onerror = () => { liveStatus().textContent = "reconnecting…"; };
  for (const type of ["story-created", "article-added", "stories-merged", "disagreement-added", "claims-added"]) {
    source.addEventListener(type, event => {
      const data = JSON.parse(event.data);
      const current = location.hash.match(/^#\/story\/(.+)$/);
      if (current && decodeURIComponent(current[1]) === data.storyId && type !== "story-created") {
        showStory(data.storyId).catch(showError);
      } else if (!current) {
        refreshStoryInList(data.storyId);
      }
    });
  }
}

function showError(error) {
  main().replaceChildren(el("p", { role: "alert", text: `Could not load: ${error.message}` }));
}

function route() {
  const match = location.hash.match(/^#\/story\/(.+)$/);
  (match ? showStory(decodeURIComponent(match[1])) : showList(new URLSearchParams(location.hash.slice(2)).get("q")))
    .catch(showError);
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("search").addEventListener("submit", event => {
    event.preventDefault();
    const q = document.getElementById("q").value.trim();
    location.hash = q ? `#/?q=${encodeURIComponent(q)}` : "#/";
  });
  window.addEventListener("hashchange", route);
  route();
  // ?live=off shows a still page (for printing, or a headless browser that waits for the network to go quiet).
  if (new URLSearchParams(location.search).get("live") === "off") liveStatus().textContent = "not live";
  else connectLive();
});

/**
 * The site in the browser: draws every chart with vega-embed from data/charts/*.json, runs the
 * model explorer on the search shards (loaded on demand) and the family view. Every URL is
 * relative to the page, so the site works from any sub-path; nothing is asked of another origin.
 */
/** id, creation day (days since 1970-01-01 UTC), 30-day downloads, likes, downloads since the previous snapshot (see sinceOf), pipeline tag (its position in the page's list; see chosenTag); trailing zeros left off. */
type SearchRow = [string, number, number?, number?, number?, number?];
interface SearchIndex {
  minPrefix: number;
  sinceMeasured: boolean;
  nodes: Record<string, { n: number; split: boolean; next?: number }>;
}
interface Family {
  root: string;
  rootInDataset: boolean;
  derivatives: number;
  byRelation: Record<string, number>;
  downloads: number;
  shareOfRecentNew: number;
  top: Array<{ id: string; downloads: number; category: string }>;
}

const fmt = (n: number) => n.toLocaleString("en-US");
const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;

async function json<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The Hub's page of a model: each part of the id encoded, the slash kept. */
function hubUrl(id: string): string {
  return `https://huggingface.co/${id.split("/").map(encodeURIComponent).join("/")}`;
}

// ---- charts: a static image at once, vega when the chart is wanted --------------------------

/** vega (most of the app's bytes) in a chunk of its own, loaded once, when the first chart is made interactive. */
let vega: Promise<{ embed: typeof import("vega-embed").default; expr: typeof import("vega-interpreter").expressionInterpreter }> | undefined;
function loadVega() {
  return (vega ??= Promise.all([import("vega-embed"), import("vega-interpreter")]).then(([e, i]) => ({ embed: e.default, expr: i.expressionInterpreter })));
}

const drawing = new Map<HTMLElement, Promise<void>>();

/**
 * Replaces a chart's image with the interactive chart, in the same box: the box keeps the image's
 * height until vega has drawn, so nothing below it moves while it loads.
 */
function makeInteractive(element: HTMLElement): Promise<void> {
  let done = drawing.get(element);
  if (done) return done;
  done = (async () => {
    element.style.minHeight = `${element.getBoundingClientRect().height}px`;
    // The layout the image shows: the phone's where the page chose its phone image (its <source> matches), so a tap keeps the proportions.
    const media = element.querySelector("source")?.media;
    const layout = media && matchMedia(media).matches ? "phone/" : "";
    const [{ embed, expr }, spec] = await Promise.all([loadVega(), json<object>(`data/charts/${layout}${element.dataset.chart}.json`)]);
    const target = document.createElement("div");
    target.className = "vega";
    element.append(target);
    // Under the page's Content-Security-Policy: expressions interpreted (no eval), and no injected <style> (style.css has the tooltip's).
    await embed(target, spec as never, { actions: false, renderer: "svg", ast: true, expr, defaultStyle: false, tooltip: { disableDefaultStyle: true } });
    (element.querySelector("picture") ?? element.querySelector("img"))?.remove();
    element.style.minHeight = "";
    element.dataset.drawn = "true";
    if (document.querySelectorAll("[data-chart]:not([data-drawn])").length === 0) document.body.dataset.charts = "drawn";
  })();
  drawing.set(element, done);
  return done;
}

/** Fetches a chart's image: its phone source first (the browser chooses when the img's src is set), then the image. */
function load(img: HTMLImageElement): void {
  for (const source of img.parentElement?.querySelectorAll<HTMLSourceElement>("source[data-srcset]") ?? []) source.srcset = source.dataset.srcset ?? "";
  img.src = img.dataset.src ?? "";
}

/**
 * Charts on screen when the page opens become interactive when touched, hovered or focused;
 * the others as they near the viewport once the reader scrolls. The first view never waits for vega.
 */
function prepareCharts(): void {
  const charts = [...document.querySelectorAll<HTMLElement>("[data-chart]")];
  for (const element of charts) {
    for (const event of ["pointerenter", "touchstart", "focusin"]) element.addEventListener(event, () => void makeInteractive(element), { once: true, passive: true });
  }
  // Images below the first are fetched as they near the screen.
  const images = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      images.unobserve(entry.target);
      load(entry.target as HTMLImageElement);
    }
  }, { rootMargin: "200px 0px" });
  // Those on screen now are fetched at once; the others once the reader scrolls, as they near the screen.
  const later = [...document.querySelectorAll<HTMLImageElement>("img[data-src]")].filter((img) => {
    if (img.getBoundingClientRect().top >= innerHeight) return true;
    load(img);
    return false;
  });
  addEventListener("scroll", () => later.forEach((img) => images.observe(img)), { once: true, passive: true });
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      void makeInteractive(entry.target as HTMLElement);
    }
  }, { rootMargin: "300px 0px" });
  addEventListener("scroll", () => charts.forEach((element) => observer.observe(element)), { once: true, passive: true });
}

// ---- the model explorer -------------------------------------------------------------------

let index: Promise<SearchIndex> | undefined;
const shards = new Map<string, Promise<SearchRow[]>>();

function hex(text: string): string {
  return [...new TextEncoder().encode(text)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The rows that can match a query: the deepest shard whose prefix starts the query. */
async function candidates(query: string): Promise<{ rows: SearchRow[]; partial: number | undefined }> {
  const idx = await (index ??= json<SearchIndex>("data/search/index.json"));
  sinceMeasured = idx.sinceMeasured;
  // Every model is indexed by its whole id and by its name: the query is a prefix of one of them.
  const token = query.padEnd(idx.minPrefix, " ");
  let key = token.slice(0, idx.minPrefix);
  let node = idx.nodes[key];
  // Down the split nodes while the query is longer than the children's prefixes.
  while (node?.split && token.length >= (node.next ?? key.length + 1)) {
    const longer = token.slice(0, node.next ?? key.length + 1);
    if (!idx.nodes[longer]) return { rows: [], partial: undefined };
    key = longer;
    node = idx.nodes[key];
  }
  if (!node) return { rows: [], partial: undefined };
  const file = `data/search/${hex(key)}${node.split ? ".top" : ""}.json`;
  let shard = shards.get(file);
  if (!shard) shards.set(file, (shard = json<SearchRow[]>(file)));
  return { rows: await shard, partial: node.split ? node.n : undefined };
}

const SORTS: Record<string, (a: SearchRow, b: SearchRow) => number> = {
  downloads: (a, b) => (b[2] ?? 0) - (a[2] ?? 0),
  likes: (a, b) => (b[3] ?? 0) - (a[3] ?? 0),
  since: (a, b) => (sinceOf(b) ?? -1) - (sinceOf(a) ?? -1),
  created: (a, b) => b[1] - a[1],
};
const SHOWN = 100;
let sinceMeasured = false;

/** A row's downloads since the previous snapshot: left off means 0 when they were measured; -1 (a new model) or not measured, unknown. */
function sinceOf(row: SearchRow): number | undefined {
  if (!sinceMeasured) return undefined;
  const value = row[4] ?? 0;
  return value < 0 ? undefined : value;
}

/** The tag filter, when the page tracks several tags: the chosen tag's position in its list (rows carry it), or undefined for all. */
function chosenTag(): number | undefined {
  const select = document.querySelector<HTMLSelectElement>("#tag");
  return select && select.selectedIndex > 0 ? select.selectedIndex - 1 : undefined;
}
let searchRun = 0;

async function search(): Promise<void> {
  const run = ++searchRun;
  const query = $<HTMLInputElement>("#q").value.trim().toLowerCase();
  const status = $("#status");
  const table = $<HTMLTableElement>("#results");
  if (query.length < 2) {
    status.textContent = "Type two characters or more.";
    table.hidden = true;
    return;
  }
  status.textContent = "Searching…";
  const { rows, partial } = await candidates(query);
  if (run !== searchRun) return; // a newer query took over
  const sort = SORTS[$<HTMLSelectElement>("#sort").value] ?? SORTS.downloads!;
  const tag = chosenTag();
  const found = rows.filter((row) => row[0].toLowerCase().includes(query) && (tag === undefined || (row[5] ?? 0) === tag)).sort((a, b) => sort(a, b) || (a[0] < b[0] ? -1 : 1));
  const body = table.tBodies[0]!;
  body.replaceChildren(
    ...found.slice(0, SHOWN).map((row) => {
      const tr = document.createElement("tr");
      const link = document.createElement("a");
      link.href = hubUrl(row[0]);
      link.textContent = row[0];
      link.rel = "noopener";
      const between = sinceOf(row);
      const cells = [fmt(row[2] ?? 0), fmt(row[3] ?? 0), between === undefined ? "—" : fmt(between), new Date(row[1] * 86_400_000).toISOString().slice(0, 10)];
      const first = document.createElement("th");
      first.scope = "row";
      first.append(link);
      tr.append(first, ...cells.map((text) => Object.assign(document.createElement("td"), { textContent: text })));
      return tr;
    }),
  );
  table.hidden = found.length === 0;
  const more = partial !== undefined ? ` (from the best of ${fmt(partial)} models under “${query}”: type more to narrow)` : "";
  status.textContent = found.length === 0 ? `No model found for “${query}”.` : `${fmt(found.length)} found${found.length > SHOWN ? `, the first ${SHOWN} shown` : ""}${more}.`;
  status.dataset.query = query;
}

// ---- families -----------------------------------------------------------------------------

let families: Promise<Family[]> | undefined;

async function showFamily(): Promise<void> {
  const root = $<HTMLSelectElement>("#family").value;
  const family = (await (families ??= json<Family[]>("data/families.json"))).find((f) => f.root === root);
  const view = $("#family-view");
  if (!family) return void view.replaceChildren();
  const relations = Object.entries(family.byRelation).map(([relation, n]) => `${relation} ${fmt(n)}`).join(", ");
  const summary = Object.assign(document.createElement("p"), {
    textContent: `${fmt(family.derivatives)} derivatives (${relations}); ${fmt(family.downloads)} downloads in 30 days; ${(family.shareOfRecentNew * 100).toFixed(1)}% of the models created in the last two quarters.${family.rootInDataset ? "" : " The root is not in this dataset."}`,
  });
  const list = document.createElement("ol");
  for (const model of family.top) {
    const item = document.createElement("li");
    const link = Object.assign(document.createElement("a"), { href: hubUrl(model.id), textContent: model.id, rel: "noopener" });
    item.append(link, ` — ${model.category}, ${fmt(model.downloads)} downloads in 30 days`);
    list.append(item);
  }
  view.replaceChildren(summary, Object.assign(document.createElement("h3"), { textContent: "Its most downloaded models" }), list);
}

/** The snapshot's age on the day the page is read: said plainly once it is older than the bound a daily run refreshes at. */
function showSnapshotAge(): void {
  const note = document.querySelector<HTMLElement>("#snapshot-age");
  const snapshot = note?.dataset.snapshot;
  if (!note || !snapshot) return;
  const days = Math.floor((Date.parse(new Date().toISOString().slice(0, 10)) - Date.parse(snapshot)) / 86_400_000);
  if (!(days > Number(note.dataset.maxAgeDays))) return;
  note.textContent = `This snapshot, ${snapshot}, is ${fmt(days)} days old: the weekly refresh has not published a newer one.`;
  note.hidden = false;
}

function debounce(run: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
}

// ---- the view in the address: a copied link reopens the same search, sort and family ----------

const STATE_KEYS = ["q", "sort", "tag", "family"] as const;

/** The explorer's and the family view's state as it would be in the address. */
function currentState(): URLSearchParams {
  const params = new URLSearchParams();
  const q = $<HTMLInputElement>("#q").value.trim();
  const sort = $<HTMLSelectElement>("#sort");
  const family = $<HTMLSelectElement>("#family");
  const tag = document.querySelector<HTMLSelectElement>("#tag");
  if (q) params.set("q", q);
  if (sort.selectedIndex > 0) params.set("sort", sort.value);
  if (tag && tag.selectedIndex > 0) params.set("tag", tag.value);
  if (family.selectedIndex > 0) params.set("family", family.value);
  return params;
}

/** A new history entry when the view changed (typing is debounced, so one entry per query). */
function rememberState(): void {
  const state = currentState().toString();
  const url = new URL(location.href);
  for (const key of STATE_KEYS) url.searchParams.delete(key);
  for (const [key, value] of new URLSearchParams(state)) url.searchParams.set(key, value);
  if (url.href !== location.href) history.pushState(null, "", url);
}

/** Sets the controls from the address (on load, and on back/forward). */
function restoreState(): void {
  const params = new URLSearchParams(location.search);
  $<HTMLInputElement>("#q").value = params.get("q") ?? "";
  const pick = (select: HTMLSelectElement, value: string | null) => {
    const k = value === null ? -1 : [...select.options].findIndex((o) => o.value === value);
    select.selectedIndex = Math.max(0, k);
  };
  pick($<HTMLSelectElement>("#sort"), params.get("sort"));
  const tag = document.querySelector<HTMLSelectElement>("#tag");
  if (tag) pick(tag, params.get("tag"));
  pick($<HTMLSelectElement>("#family"), params.get("family"));
  void search();
  void showFamily();
}

function start(): void {
  showSnapshotAge();
  const q = $<HTMLInputElement>("#q");
  q.addEventListener("input", debounce(() => {
    void search();
    rememberState();
  }, 80));
  q.addEventListener("focus", () => void (index ??= json<SearchIndex>("data/search/index.json")), { once: true });
  $<HTMLSelectElement>("#sort").addEventListener("change", () => {
    void search();
    rememberState();
  });
  document.querySelector<HTMLSelectElement>("#tag")?.addEventListener("change", () => {
    void search();
    rememberState();
  });
  $<HTMLSelectElement>("#family").addEventListener("change", () => {
    void showFamily();
    rememberState();
  });
  addEventListener("popstate", restoreState);
  restoreState();
  prepareCharts();
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();

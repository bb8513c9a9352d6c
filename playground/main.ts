/**
 * The playground page: paste, drop or pick a page; the worker parses it with
 * `explain: true`; the page shows every line coloured by its role (the rules
 * that decided it on hover and on keyboard focus), the story's fields as
 * JSON, and its warnings.
 *
 * The parse runs in a Web Worker made from a Blob URL of the bundled worker
 * code, so that it runs from file:// as from any static host, and the page
 * stays responsive on a page of megabytes. The lines are drawn in slices of
 * a few milliseconds each, for the same reason.
 *
 * @module
 */
import samples from "virtual:wirecopy-samples";
import workerSource from "virtual:wirecopy-worker";
import type { ExplainLine, WireStory } from "../src/schema.js";
import type { InputFormat, ParseRequest, ParseResponse } from "./protocol.js";
import { CATEGORIES, ROLE_CATEGORY, ROLES, ruleRows, signed, textRuns, looksLikeHtml, type Category } from "./roles.js";

/** How long typing pauses before the page is parsed again. Paste, drop and picking parse at once. */
const TYPING_PAUSE_MS = 300;

/** Lines drawn per slice before the page checks whether its time is up. */
const LINES_PER_CHUNK = 100;

/** Time one drawing slice may take before it yields to the browser (a frame is 16 ms). */
const SLICE_MS = 8;

/**
 * Pages longer than this (in characters) are not put in the text box whole:
 * a browser takes most of a second to lay out a megabyte in a text box. The
 * box shows the first {@link PREVIEW_CHARS} read-only; the whole page is parsed.
 */
const LARGE_INPUT = 100_000;
const PREVIEW_CHARS = 20_000;

/** Lines of JSON per block; blocks out of view are not laid out. */
const JSON_LINES_PER_BLOCK = 400;

/** An element of the page, by id; a missing one is a bug of this page, so it throws. */
function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`#${id} is missing from the page`);
  return el as T;
}

const ui = {
  input: byId<HTMLTextAreaElement>("input"),
  sample: byId<HTMLSelectElement>("sample"),
  open: byId<HTMLButtonElement>("open"),
  file: byId<HTMLInputElement>("file"),
  status: byId<HTMLParagraphElement>("status"),
  legend: byId<HTMLUListElement>("legend"),
  scroller: byId<HTMLDivElement>("scroller"),
  lines: byId<HTMLDivElement>("lines"),
  why: byId<HTMLDivElement>("why"),
  copy: byId<HTMLButtonElement>("copy"),
  warnings: byId<HTMLUListElement>("warnings"),
  json: byId<HTMLDivElement>("json"),
  large: byId<HTMLParagraphElement>("large"),
  largeText: byId<HTMLSpanElement>("large-text"),
  clear: byId<HTMLButtonElement>("clear"),
  version: byId<HTMLSpanElement>("version"),
};

/** The last story drawn, its JSON, and its lines by their index among the drawn rows. */
let shown: { story: WireStory; json: string; entries: readonly ExplainLine[] } | null = null;

/** A page too large for the text box (see {@link LARGE_INPUT}): the whole of it, while the box shows its start. */
let large: string | null = null;

// ---------------------------------------------------------------- the worker

/** The parser thread, made on first use and again after it was stopped for a newer request. */
let worker: Worker | null = null;
/** The Blob URL the worker is made from: one for the page's life. */
let workerUrl: string | null = null;
/** The request in flight, if any. */
let pending: { id: number; format: InputFormat; chars: number; sent: number } | null = null;
let nextId = 1;
/** Bumped by every new request and every new drawing: a slice of an older drawing stops when it sees a newer one. */
let generation = 0;

function startWorker(): Worker {
  workerUrl ??= URL.createObjectURL(new Blob([workerSource], { type: "text/javascript" }));
  const w = new Worker(workerUrl, { name: "wirecopy-parser" });
  w.onmessage = (event: MessageEvent<ParseResponse>) => onAnswer(event.data);
  w.onerror = (event) => {
    event.preventDefault();
    pending = null;
    setStatus(`The parser stopped: ${event.message || "unknown error"}`, true);
  };
  return w;
}

/**
 * Sends the page to the worker. A request still in flight is abandoned: its
 * worker is stopped (a long parse cannot be interrupted otherwise) and a new
 * one started.
 */
function parse(input: string, format: InputFormat): void {
  generation++;
  if (pending !== null && worker !== null) {
    worker.terminate();
    worker = null;
  }
  if (input.trim() === "") {
    pending = null;
    clearResult();
    setStatus("Paste a page or choose an example to begin.");
    return;
  }
  worker ??= startWorker();
  const request: ParseRequest = { id: nextId++, format, input };
  pending = { id: request.id, format, chars: input.length, sent: performance.now() };
  document.body.dataset.state = "parsing";
  setStatus(`Reading ${size(input.length)} as ${format === "html" ? "HTML" : "text"}…`);
  worker.postMessage(request);
}

function onAnswer(answer: ParseResponse): void {
  if (pending === null || answer.id !== pending.id) return;
  const { format, chars, sent } = pending;
  pending = null;
  const wall = performance.now() - sent;
  // Read by the browser test (test/browser/playground.test.ts) and handy in devtools: the parse's length, and
  // when it ran on this page's clock (the worker's clock has another origin).
  document.body.dataset.parseMs = answer.ms.toFixed(1);
  document.body.dataset.parseStart = (answer.startedAt - performance.timeOrigin).toFixed(1);
  document.body.dataset.parseEnd = (answer.endedAt - performance.timeOrigin).toFixed(1);
  const how = `${size(chars)} read as ${format === "html" ? "HTML" : "text"} in ${Math.round(answer.ms)} ms (in a worker; ${Math.round(wall)} ms with the round trip)`;
  if (!answer.ok) {
    clearResult();
    setStatus(`No story: ${answer.error.code}: ${answer.error.message} (${how})`, true);
    document.body.dataset.state = "done";
    return;
  }
  void draw(answer.story, answer.json, how);
}

// ---------------------------------------------------------------- drawing

function setStatus(message: string, error = false): void {
  ui.status.textContent = message;
  ui.status.classList.toggle("error", error);
}

/** "1 paragraph", "11 paragraphs". */
const count = (n: number, noun: string): string => `${n.toLocaleString("en")} ${noun}${n === 1 ? "" : "s"}`;

/** "812 characters", "1.0 MB". */
function size(chars: number): string {
  return chars < 100_000 ? `${chars.toLocaleString("en")} characters` : `${(chars / 1_000_000).toFixed(1)} MB`;
}

function clearResult(): void {
  shown = null;
  hideWhy();
  ui.lines.replaceChildren();
  ui.legend.replaceChildren();
  ui.warnings.replaceChildren();
  ui.json.replaceChildren();
  ui.copy.disabled = true;
}

/** One line's row: number, role and text, coloured by its role's class; a split line's parts each in their own. */
function lineRow(entry: ExplainLine, index: number): HTMLDivElement {
  const row = document.createElement("div");
  row.className = `line cat-${ROLE_CATEGORY[entry.role]}${entry.parts ? " split" : ""}`;
  row.setAttribute("role", "listitem");
  row.tabIndex = -1;
  row.dataset.index = String(index);
  row.dataset.line = String(entry.line);
  row.dataset.role = entry.role;
  const num = document.createElement("span");
  num.className = "num";
  num.textContent = String(entry.line);
  num.setAttribute("aria-label", `line ${entry.line}`);
  const role = document.createElement("span");
  role.className = "role";
  if (entry.parts) {
    entry.parts.forEach((p, i) => {
      const name = document.createElement("span");
      name.className = `cat-${ROLE_CATEGORY[p.role]}`;
      name.textContent = p.role;
      role.append(...(i > 0 ? [" + ", name] : [name]));
    });
  } else {
    role.textContent = entry.role;
  }
  const text = document.createElement("span");
  text.className = "text";
  for (const run of textRuns(entry)) {
    if (run.role === null || entry.parts === undefined) {
      text.append(run.text);
    } else {
      const part = document.createElement("span");
      part.className = `part cat-${ROLE_CATEGORY[run.role]}`;
      part.title = run.role;
      part.textContent = run.text;
      text.append(part);
    }
  }
  row.append(num, role, text);
  return row;
}

/** Waits for the browser to draw and handle input: the next task after the current frame's work. */
const yieldToBrowser = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Draws a story: the legend, warnings and JSON at once, then the lines in
 * slices of {@link SLICE_MS}, each chunk of {@link LINES_PER_CHUNK} lines in
 * an element the browser lays out only when it is scrolled into view.
 */
async function draw(story: WireStory, json: string, how: string): Promise<void> {
  const mine = ++generation;
  // Each step its own task, so that the browser draws a frame between them on a large page.
  clearResult();
  await yieldToBrowser();
  if (mine !== generation) return;
  const entries = story.explain ?? [];
  shown = { story, json, entries };
  drawLegend(entries);
  drawWarnings(story);
  await yieldToBrowser();
  if (mine !== generation) return;
  drawJson(json);
  ui.copy.disabled = false;
  setStatus(`${how}. Drawing ${entries.length.toLocaleString("en")} lines…`);
  await yieldToBrowser();
  if (mine !== generation) return;
  let sliceStart = performance.now();
  for (let start = 0; start < entries.length; start += LINES_PER_CHUNK) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToBrowser();
      if (mine !== generation) return;
      sliceStart = performance.now();
    }
    const chunk = document.createElement("div");
    chunk.className = "chunk";
    chunk.setAttribute("role", "none");
    const end = Math.min(entries.length, start + LINES_PER_CHUNK);
    for (let i = start; i < end; i++) chunk.append(lineRow(entries[i]!, i));
    ui.lines.append(chunk);
  }
  const first = ui.lines.querySelector<HTMLElement>(".line");
  if (first) first.tabIndex = 0;
  const found = [count(entries.length, "line"), count(story.body.length, "paragraph"), count(story.moreNews.length, "teaser"), count(story.warnings.length, "warning")];
  setStatus(`${how}. ${found.join(", ")}.`);
  document.body.dataset.state = "done";
}

/** The JSON in blocks of {@link JSON_LINES_PER_BLOCK} lines, each laid out only when scrolled into view. */
function drawJson(json: string): void {
  const lines = json.split("\n");
  const blocks: HTMLPreElement[] = [];
  for (let i = 0; i < lines.length; i += JSON_LINES_PER_BLOCK) {
    const pre = document.createElement("pre");
    const last = i + JSON_LINES_PER_BLOCK >= lines.length;
    pre.textContent = lines.slice(i, i + JSON_LINES_PER_BLOCK).join("\n") + (last ? "" : "\n");
    blocks.push(pre);
  }
  ui.json.replaceChildren(...blocks);
}

function drawLegend(entries: readonly ExplainLine[]): void {
  const counts = new Map<Category, number>(CATEGORIES.map((c) => [c, 0]));
  for (const e of entries) counts.set(ROLE_CATEGORY[e.role], (counts.get(ROLE_CATEGORY[e.role]) ?? 0) + 1);
  const items = CATEGORIES.map((cat) => {
    const li = document.createElement("li");
    li.className = `cat-${cat}`;
    li.dataset.category = cat;
    const roles = ROLES.filter((r) => ROLE_CATEGORY[r] === cat);
    li.title = roles.join(", ");
    const count = document.createElement("span");
    count.className = "count";
    count.textContent = ` ${counts.get(cat) ?? 0}`;
    li.append(cat, count);
    return li;
  });
  ui.legend.replaceChildren(...items);
}

function drawWarnings(story: WireStory): void {
  if (story.warnings.length === 0) {
    const li = document.createElement("li");
    li.className = "none";
    li.textContent = "None";
    ui.warnings.replaceChildren(li);
    return;
  }
  ui.warnings.replaceChildren(
    ...story.warnings.map((w) => {
      const li = document.createElement("li");
      const code = document.createElement("code");
      code.textContent = w.code;
      li.append(code, `: ${w.message}`);
      return li;
    }),
  );
}

// ---------------------------------------------------------------- why a line got its role

/** The row under the pointer or focus, whose rules the tooltip shows. */
let whyFor: HTMLElement | null = null;

function showWhy(row: HTMLElement): void {
  if (shown === null) return;
  const entry = shown.entries[Number(row.dataset.index)];
  if (entry === undefined) return;
  if (whyFor !== row) {
    whyFor?.removeAttribute("aria-describedby");
    whyFor = row;
    row.setAttribute("aria-describedby", "why");
    ui.why.replaceChildren(...whyContent(entry));
  }
  ui.why.hidden = false;
  const box = ui.scroller.getBoundingClientRect();
  const at = row.getBoundingClientRect();
  const below = at.bottom - box.top + ui.scroller.scrollTop + 2;
  const tipHeight = ui.why.offsetHeight;
  // Under the line, or over it when it would run past the bottom of the scroller's view.
  const top = at.bottom + tipHeight > box.bottom && at.top - box.top > tipHeight ? at.top - box.top + ui.scroller.scrollTop - tipHeight - 2 : below;
  ui.why.style.top = `${top}px`;
}

function hideWhy(): void {
  whyFor?.removeAttribute("aria-describedby");
  whyFor = null;
  ui.why.hidden = true;
}

/** The tooltip's content: the line's role (and parts), then each rule with its score, grouped as the stages named them. */
function whyContent(entry: ExplainLine): Node[] {
  const head = document.createElement("p");
  const roleName = document.createElement("strong");
  roleName.className = `cat-${ROLE_CATEGORY[entry.role]}`;
  roleName.textContent = entry.role;
  head.append(`Line ${entry.line}: `, roleName);
  if (entry.parts) head.append(` (split: ${entry.parts.map((p) => p.role).join(" + ")})`);
  const rows = ruleRows(entry);
  if (rows.length === 0) {
    const none = document.createElement("p");
    none.className = "none";
    none.textContent = "No rule scored this line: it took the role of the lines around it.";
    return [head, none];
  }
  const list = document.createElement("ul");
  for (const r of rows) {
    const li = document.createElement("li");
    if (r.total) li.className = "total";
    const name = document.createElement("span");
    if (r.group !== null) {
      const group = document.createElement("span");
      group.className = "group";
      group.textContent = `${r.group}: `;
      name.append(group);
    }
    name.append(r.total ? "total" : r.name);
    const score = document.createElement("span");
    score.className = r.score === null ? "none" : r.score > 0 ? "plus" : "minus";
    score.textContent = r.score === null ? "noted" : signed(r.score);
    li.append(name, score);
    list.append(li);
  }
  return [head, list];
}

// ---------------------------------------------------------------- keyboard

/** All drawn rows (in order). */
const rows = (): HTMLElement[] => Array.from(ui.lines.querySelectorAll<HTMLElement>(".line"));

/** Moves the focus (and the single tab stop) to a row. */
function focusRow(row: HTMLElement | undefined): void {
  if (!row) return;
  for (const r of ui.lines.querySelectorAll<HTMLElement>('.line[tabindex="0"]')) r.tabIndex = -1;
  row.tabIndex = 0;
  row.focus();
  row.scrollIntoView({ block: "nearest" });
}

ui.lines.addEventListener("keydown", (event) => {
  const current = (event.target as HTMLElement).closest<HTMLElement>(".line");
  if (!current) return;
  const all = rows();
  const at = all.indexOf(current);
  const page = Math.max(1, Math.floor(ui.scroller.clientHeight / Math.max(1, current.offsetHeight)) - 1);
  const to: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1, PageDown: at + page, PageUp: at - page };
  const target = to[event.key];
  if (target === undefined) {
    if (event.key === "Escape") hideWhy();
    return;
  }
  event.preventDefault();
  focusRow(all[Math.max(0, Math.min(all.length - 1, target))]);
});

ui.lines.addEventListener("focusin", (event) => {
  const row = (event.target as HTMLElement).closest<HTMLElement>(".line");
  if (row) showWhy(row);
});
ui.lines.addEventListener("focusout", () => hideWhy());
ui.lines.addEventListener("pointerover", (event) => {
  const row = (event.target as HTMLElement).closest<HTMLElement>(".line");
  if (row) showWhy(row);
});
ui.lines.addEventListener("pointerleave", () => {
  const focused = document.activeElement?.closest<HTMLElement>(".line");
  if (focused && ui.lines.contains(focused)) showWhy(focused);
  else hideWhy();
});
ui.scroller.addEventListener("scroll", () => {
  if (whyFor) showWhy(whyFor);
});

// ---------------------------------------------------------------- input

/** The format chosen with the radio buttons, or the one the input looks like. */
function formatOf(input: string): InputFormat {
  const chosen = document.querySelector<HTMLInputElement>('input[name="format"]:checked')?.value;
  if (chosen === "text" || chosen === "html") return chosen;
  return looksLikeHtml(input) ? "html" : "text";
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;
/** Set by a paste: the input event that follows parses at once. */
let parseNow = false;

/** The page as it stands: the large page held aside, or the text box's text. */
const currentPage = (): string => large ?? ui.input.value;

function parseInput(): void {
  clearTimeout(typingTimer);
  const page = currentPage();
  parse(page, formatOf(page));
}

/** Puts a page in the text box: whole, or (a large one) its start, read-only, the whole held aside. */
function setInput(text: string): void {
  if (text.length > LARGE_INPUT) {
    large = text;
    ui.input.value = text.slice(0, PREVIEW_CHARS);
    ui.input.readOnly = true;
    ui.largeText.textContent = `A large page (${size(text.length)}): the box shows its first ${size(PREVIEW_CHARS)}; the whole page is read. `;
    ui.large.hidden = false;
  } else {
    large = null;
    ui.input.value = text;
    ui.input.readOnly = false;
    ui.large.hidden = true;
  }
}

ui.input.addEventListener("paste", (event) => {
  const text = event.clipboardData?.getData("text/plain") ?? "";
  if (text.length > LARGE_INPUT || large !== null) {
    // Large, or pasted over a large page: replace the page (the browser would lay the megabyte out in the box).
    event.preventDefault();
    ui.sample.value = "";
    load(text, null);
    return;
  }
  parseNow = true;
});

ui.clear.addEventListener("click", () => {
  setInput("");
  ui.input.focus();
  parseInput();
});
ui.input.addEventListener("input", () => {
  clearTimeout(typingTimer);
  if (parseNow) {
    parseNow = false;
    parseInput();
  } else {
    typingTimer = setTimeout(parseInput, TYPING_PAUSE_MS);
  }
});

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="format"]')) radio.addEventListener("change", parseInput);

/** Puts a page in the input and parses it; the format radio follows the page's kind. */
function load(text: string, format: InputFormat | null): void {
  setInput(text);
  if (format !== null) {
    const radio = document.querySelector<HTMLInputElement>(`input[name="format"][value="auto"]`);
    if (radio) radio.checked = true;
  }
  parse(text, format ?? formatOf(text));
}

/** The format a file's name or type says, or null to look at its content. */
function fileFormat(file: File): InputFormat | null {
  if (/\.html?$/i.test(file.name) || file.type === "text/html") return "html";
  if (/\.(txt|text)$/i.test(file.name) || file.type === "text/plain") return "text";
  return null;
}

async function loadFile(file: File): Promise<void> {
  ui.sample.value = "";
  load(await file.text(), fileFormat(file));
}

ui.open.addEventListener("click", () => ui.file.click());
ui.file.addEventListener("change", () => {
  const file = ui.file.files?.[0];
  if (file) void loadFile(file);
  ui.file.value = "";
});

ui.input.addEventListener("dragover", (event) => {
  if (!event.dataTransfer?.types.includes("Files")) return;
  event.preventDefault();
  ui.input.classList.add("dropping");
});
ui.input.addEventListener("dragleave", () => ui.input.classList.remove("dropping"));
ui.input.addEventListener("drop", (event) => {
  ui.input.classList.remove("dropping");
  const file = event.dataTransfer?.files[0];
  if (!file) return;
  event.preventDefault();
  void loadFile(file);
});

// ---------------------------------------------------------------- examples

function fillSamples(): void {
  for (const [label, format] of [["Text pages", "text"], ["HTML pages", "html"]] as const) {
    const group = document.createElement("optgroup");
    group.label = label;
    samples.forEach((s, i) => {
      if (s.format !== format) return;
      const option = document.createElement("option");
      option.value = String(i);
      option.textContent = s.name;
      group.append(option);
    });
    ui.sample.append(group);
  }
}

ui.sample.addEventListener("change", () => {
  const s = samples[Number(ui.sample.value)];
  if (ui.sample.value === "" || s === undefined) return;
  load(s.text, s.format);
});

// ---------------------------------------------------------------- copy

ui.copy.addEventListener("click", async () => {
  if (shown === null) return;
  const json = shown.json + "\n";
  try {
    await navigator.clipboard.writeText(json);
  } catch {
    // No clipboard API (an insecure context, or permission refused): copy through a selection.
    const area = document.createElement("textarea");
    area.value = json;
    area.setAttribute("readonly", "");
    area.className = "skip";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    if (!ok) {
      setStatus("The browser did not allow copying: select the JSON and copy it by hand.", true);
      return;
    }
  }
  setStatus("Copied the story's JSON.");
});

// ---------------------------------------------------------------- start

ui.version.textContent = __VERSION__;
fillSamples();
document.body.dataset.state = "ready";

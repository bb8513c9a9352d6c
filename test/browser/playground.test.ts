/**
 * The playground in a real browser: Debian's Chromium driven by playwright-core
 * (through `executablePath`; it downloads no browser of its own). Opens the
 * built page (dist/playground/index.html) from file://, pastes pages through
 * the clipboard, and checks what the page shows against the library run in
 * Node: every line's role, the JSON, the warnings; the rules on hover and on
 * keyboard focus; the copy button; both colour schemes; no console error; and
 * that a 1 MB page parses without freezing the page.
 *
 * Skipped, with a notice, when no Chromium is found (see chromium.ts); under
 * CI=true a missing Chromium fails instead, since .ci/run installs one.
 * `npm run docs:screenshot` rewrites docs/playground.png from the same run.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parseWireStory, type WireStory } from "../../src/index.js";
import { parseWireStoryHtml } from "../../src/html.js";
import { ROLE_CATEGORY, signed, storyJson } from "../../playground/roles.js";
import { findChromium } from "./chromium.js";

const root = join(import.meta.dirname, "..", "..");
const pageUrl = pathToFileURL(join(root, "dist", "playground", "index.html")).href;
const read = (path: string): string => readFileSync(join(root, path), "utf8");
const sample = read("fixtures/seed-sample.txt");
const wholePageText = read("playground/samples/harbour-courier.txt");
const wholePageHtml = read("playground/samples/harbour-courier.html");

const chromiumPath = findChromium();
if (chromiumPath === null) {
  const notice = "test/browser/playground.test.ts: no Chromium found (set WIRECOPY_CHROMIUM, or `apt-get install chromium`): the browser tests are skipped";
  if (process.env.CI) throw new Error(`${notice}. Under CI=true that is a failure: .ci/run installs Chromium first.`);
  console.warn(`NOTICE ${notice}.`);
}

/** What a drawn row says: its line number, role and text. */
interface Row {
  line: number;
  role: string;
  text: string;
}

/** The rows of the page's line view, in order. */
const shownRows = (page: Page): Promise<Row[]> =>
  page.$$eval(".line", (els) =>
    (els as HTMLElement[]).map((e) => ({ line: Number(e.dataset.line), role: e.dataset.role ?? "", text: e.querySelector(".text")?.textContent ?? "" })),
  );

/** The rows Node's parse gives: `explain`'s line, role and text. */
const expectedRows = (story: WireStory): Row[] => (story.explain ?? []).map((e) => ({ line: e.line, role: e.role, text: e.text }));

/** Puts `text` on the clipboard and pastes it into the page's input with Ctrl+V, as a person would. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus("#input");
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("ControlOrMeta+V");
}

/** Waits until the page has parsed and drawn a page (body[data-state="done"]), after `action`. */
async function parsed(page: Page, action: () => Promise<void>): Promise<void> {
  await page.evaluate(() => {
    document.body.dataset.state = "waiting";
  });
  await action();
  await page.waitForFunction(() => document.body.dataset.state === "done", null, { timeout: 30_000 });
}

/** The WCAG contrast ratio of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const lum = (css: string): number => {
    const [r, g, bl] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe.skipIf(chromiumPath === null)("the playground in Chromium", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Console errors and uncaught exceptions of the page: any one fails the test that caused it. */
  let errors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(root, "dist", "playground", "index.html"))) throw new Error("dist/playground/ is missing: run `npm run build` (npm test does)");
    browser = await chromium.launch({ executablePath: chromiumPath!, args: ["--disable-gpu"] });
    context = await browser.newContext({ viewport: { width: 1360, height: 900 }, colorScheme: "light" });
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`console.error: ${m.text()}`);
    });
    page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
    // No network at run time: the page loads its own files and its worker's Blob, nothing else.
    page.on("request", (r) => {
      if (!/^(file|blob|data):/.test(r.url())) errors.push(`network request: ${r.url()}`);
    });
    await page.goto(pageUrl);
    await page.waitForFunction(() => document.body.dataset.state === "ready");
  });

  afterEach(() => {
    const seen = errors;
    errors = [];
    expect(seen, "the page logged errors").toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("opens from file:// with every control named", async () => {
    expect(page.url().startsWith("file://")).toBe(true);
    // Each control has an accessible name (label, legend or text), and the sample picker lists the project's pages.
    // Each control has an accessible name (its label, legend or text): found by role and name, once.
    const named = [
      ["combobox", "Example page"],
      ["textbox", "The page's text or HTML (paste, type or drop a file here)"],
      ["button", "Open a file…"],
      ["button", "Copy JSON"],
      ["radio", "Detect"],
      ["radio", "HTML"],
      ["list", "What wirecopy saw"],
      ["group", "Read as"],
    ] as const;
    for (const [role, name] of named) expect(await page.getByRole(role, { name, exact: true }).count(), `${role} "${name}"`).toBe(1);
    const options = await page.$$eval("#sample option", (els) => els.map((e) => e.textContent));
    expect(options).toContain("fixtures/seed-sample.txt");
    expect(options).toContain("fixtures/html/seed-sample.html");
    expect(options).toContain("playground/samples/harbour-courier.html");
  });

  it("shows the sample's lines with the roles parseWireStory gives them", async () => {
    await parsed(page, () => paste(page, sample));
    expect(await page.inputValue("#input")).toBe(sample);
    const story = parseWireStory(sample, { explain: true });
    const rows = await shownRows(page);
    expect(rows).toEqual(expectedRows(story));
    expect(rows.find((r) => r.role === "headline")?.text).toBe("Russia, N Korea agree on mutual support if attacked");
    expect(await page.textContent("#json")).toBe(storyJson(story));
    expect(await page.isHidden("#large")).toBe(true);
    expect(await page.$$eval("#warnings li", (els) => els.map((e) => e.textContent))).toEqual(["None"]);
    // Each row wears its role's colour class.
    const classes = await page.$$eval(".line", (els) => els.map((e) => e.className));
    classes.forEach((c, i) => expect(c).toContain(`cat-${ROLE_CATEGORY[story.explain![i]!.role]}`));
  });

  it("shows a whole page, pasted as text, with the roles parseWireStory gives it", async () => {
    await parsed(page, () => paste(page, wholePageText));
    const story = parseWireStory(wholePageText, { explain: true });
    expect(await shownRows(page)).toEqual(expectedRows(story));
    expect(await page.textContent("#json")).toBe(storyJson(story));
    expect(await page.textContent("#status")).toMatch(/read as text/);
  });

  it("reads pasted HTML as HTML, with the roles parseWireStoryHtml gives it", async () => {
    await parsed(page, () => paste(page, wholePageHtml));
    const story = parseWireStoryHtml(wholePageHtml, { explain: true });
    expect(await page.textContent("#status")).toMatch(/read as HTML/);
    expect(await shownRows(page)).toEqual(expectedRows(story));
    expect(await page.textContent("#json")).toBe(storyJson(story));
    expect(story.headline).toBe("Island ferry service resumes after three-week storm closure");
  });

  it("parses a fixture picked from the list, and lists its warnings", async () => {
    // A page with no date anywhere: its year-less dateline gets a warning.
    const name = "fixtures/no-dateline.txt";
    const text = read(name);
    await parsed(page, () => page.selectOption("#sample", { label: name }).then(() => undefined));
    expect(await page.inputValue("#input")).toBe(text);
    const story = parseWireStory(text, { explain: true });
    expect(await shownRows(page)).toEqual(expectedRows(story));
    const warnings = await page.$$eval("#warnings li", (els) => els.map((e) => e.textContent));
    expect(warnings).toEqual(story.warnings.length === 0 ? ["None"] : story.warnings.map((w) => `${w.code}: ${w.message}`));
  });

  it("shows the rules that decided a line on hover and on keyboard focus", async () => {
    await parsed(page, () => paste(page, sample));
    const story = parseWireStory(sample, { explain: true });
    const entries = story.explain!;
    const headline = entries.findIndex((e) => e.role === "headline");

    await page.hover(`.line[data-index="${headline}"]`);
    await expect.poll(() => page.isVisible("#why")).toBe(true);
    const tip = (await page.textContent("#why")) ?? "";
    expect(tip).toContain(`Line ${entries[headline]!.line}: headline`);
    for (const rule of entries[headline]!.rules) {
      const name = rule.name.endsWith(":score") ? "total" : rule.name.slice(rule.name.indexOf(":") + 1);
      expect(tip).toContain(name);
      if (rule.score !== 0) expect(tip).toContain(signed(rule.score));
    }
    await page.mouse.move(0, 0);

    // From the text box, Tab reaches the line list (one tab stop); the arrow keys move along it.
    await page.focus("#input");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.index)).toBe("0");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { index: el.dataset.index, describedBy: el.getAttribute("aria-describedby"), tabIndex: el.tabIndex };
    });
    expect(focused).toEqual({ index: "1", describedBy: "why", tabIndex: 0 });
    expect(await page.isVisible("#why")).toBe(true);
    expect(await page.textContent("#why")).toContain(`Line ${entries[1]!.line}: ${entries[1]!.role}`);
    await page.keyboard.press("End");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.index)).toBe(String(entries.length - 1));
    await page.keyboard.press("Escape");
    expect(await page.isVisible("#why")).toBe(false);
    // Tab leaves the list for the copy button: the list is one stop, not one per line.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("copy");
  });

  it("copies the story's JSON", async () => {
    await parsed(page, () => paste(page, sample));
    await page.evaluate(() => navigator.clipboard.writeText(""));
    await page.click("#copy");
    await expect.poll(() => page.textContent("#status")).toBe("Copied the story's JSON.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(storyJson(parseWireStory(sample, { explain: true })) + "\n");
  });

  it("is readable in light and dark colour schemes, and a screenshot shows it", async () => {
    await parsed(page, () => paste(page, wholePageHtml));
    const colours = async () =>
      page.evaluate(() => {
        const bg = getComputedStyle(document.body).backgroundColor;
        const rows = Array.from(document.querySelectorAll<HTMLElement>(".line"));
        const byCategory = new Map<string, string>();
        for (const r of rows) {
          const cat = Array.from(r.classList).find((c) => c.startsWith("cat-"));
          if (cat && !byCategory.has(cat)) byCategory.set(cat, getComputedStyle(r.querySelector(".role")!).color);
        }
        return { bg, roles: Object.fromEntries(byCategory) };
      });
    const light = await colours();
    await page.emulateMedia({ colorScheme: "dark" });
    const dark = await colours();
    await page.emulateMedia({ colorScheme: "light" });
    expect(light.bg).not.toBe(dark.bg);
    expect(Object.keys(light.roles).length).toBeGreaterThanOrEqual(7);
    for (const scheme of [light, dark]) {
      for (const [cat, colour] of Object.entries(scheme.roles)) expect(contrast(colour, scheme.bg), `${cat} on ${scheme.bg}`).toBeGreaterThanOrEqual(4.5);
    }

    // The screenshot: the whole page read from its HTML, the headline's rules showing.
    await page.hover('.line[data-role="headline"]');
    await expect.poll(() => page.isVisible("#why")).toBe(true);
    const png = await page.screenshot();
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(1360);
    const out = process.env.WIRECOPY_SCREENSHOT ? join(root, "docs", "playground.png") : join(mkdtempSync(join(tmpdir(), "wirecopy-")), "playground.png");
    writeFileSync(out, png);
    // README shows the committed screenshot: it must be there, and the same size as the page.
    const committed = readFileSync(join(root, "docs", "playground.png"));
    expect(committed.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([committed.readUInt32BE(16), committed.readUInt32BE(20)]).toEqual([png.readUInt32BE(16), png.readUInt32BE(20)]);
    await page.mouse.move(0, 0);
  });

  it("parses a 1 MB page without freezing the page", async () => {
    // A page of 1 MB: the whole page, then every fixture, over and over.
    const parts = [wholePageText, ...[...read("fixtures/README.md").matchAll(/^- `([\w-]+)`/gm)].map((m) => read(`fixtures/${m[1]}.txt`)), sample];
    let big = "";
    for (let i = 0; big.length < 1_000_000; i++) big += parts[i % parts.length] + "\n\n";
    expect(big.length).toBeGreaterThanOrEqual(1_000_000);

    // Frames: a requestAnimationFrame loop notes when each frame was drawn while the page works.
    await page.evaluate(() => {
      const w = window as unknown as { frames_: { times: number[]; on: boolean } };
      w.frames_ = { times: [performance.now()], on: true };
      const tick = (t: number) => {
        if (!w.frames_.on) return;
        w.frames_.times.push(t);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const started = Date.now();
    await parsed(page, () => paste(page, big));
    const wall = Date.now() - started;
    const run = await page.evaluate(() => {
      const w = window as unknown as { frames_: { times: number[]; on: boolean } };
      w.frames_.on = false;
      w.frames_.times.push(performance.now());
      const d = document.body.dataset;
      return { times: w.frames_.times, parseMs: Number(d.parseMs), parseStart: Number(d.parseStart), parseEnd: Number(d.parseEnd) };
    });
    const gaps = run.times.slice(1).map((t, i) => ({ from: run.times[i]!, to: t, gap: t - run.times[i]! }));
    const longest = Math.max(...gaps.map((g) => g.gap));
    // The gaps that overlap the parse in the worker (on the page's clock).
    const duringParse = Math.max(...gaps.filter((g) => g.to > run.parseStart && g.from < run.parseEnd).map((g) => g.gap));

    // The page shows the start of a page this large, read-only, and parses the whole of it.
    expect(await page.evaluate(() => (document.getElementById("input") as HTMLTextAreaElement).readOnly)).toBe(true);
    expect(await page.textContent("#status")).toMatch(/^1\.\d MB read as text/);
    const story = parseWireStory(big, { explain: true });
    expect(await shownRows(page)).toEqual(expectedRows(story));

    console.log(
      `1 MB page (${big.length.toLocaleString("en")} characters, ${story.explain!.length.toLocaleString("en")} lines): ` +
        `parse ${run.parseMs.toFixed(0)} ms in the worker, longest frame gap during it ${duringParse.toFixed(0)} ms; ` +
        `${wall} ms from paste to every line drawn, ${gaps.length} frames, longest gap ${longest.toFixed(0)} ms`,
    );
    // Off the page's thread: while the worker parsed, frames went on. Had the parse run on the page's thread, one
    // gap would span all of it; a ratio, so a slow or busy machine slows both sides alike.
    expect(run.parseEnd).toBeGreaterThan(run.parseStart);
    expect(duringParse).toBeLessThan(run.parseMs);
    // And the page never stood still for long from the paste until every line was drawn: a generous bound (the
    // first version, which put the megabyte in the text box, froze for 1.4 s on an idle machine; this one for
    // about 0.1 s, 0.3 s when the machine is busy).
    expect(gaps.length).toBeGreaterThanOrEqual(5);
    expect(longest).toBeLessThan(1000);

    // Clear empties the page and makes the box editable again.
    await page.click("#clear");
    expect(await page.inputValue("#input")).toBe("");
    expect(await page.evaluate(() => (document.getElementById("input") as HTMLTextAreaElement).readOnly)).toBe(false);
    expect(await page.$$eval(".line", (els) => els.length)).toBe(0);
  });
});

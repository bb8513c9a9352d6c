/**
 * The HTML path's blocks (src/html/tree.ts, src/html/blocks.ts, src/html/page.ts):
 * one line per visible block, and what the markup says of each line.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { htmlToText } from "../src/html.js";
import { isHidden } from "../src/html/blocks.js";
import { htmlToPage } from "../src/html/page.js";
import { walkHtml } from "../src/html/tree.js";

const lines = (html: string): string[] => htmlToText(html).split("\n\n").filter((l) => l !== "");
const evidence = (html: string) => htmlToPage(html).page.lines;

/** The element events walkHtml reports, as "tag" and "/tag". */
function events(html: string): string[] {
  const out: string[] = [];
  walkHtml(html, { open: (t) => out.push(t), close: (t) => out.push("/" + t), text: () => {} });
  return out;
}

describe("walkHtml: balanced element events", () => {
  it("should close unclosed elements at the end", () => {
    expect(events("<div><p>a<b>b")).toEqual(["div", "p", "b", "/b", "/p", "/div"]);
  });

  it("should close misnested elements down to the matching one", () => {
    expect(events("<p>a<b>b</p>c")).toEqual(["p", "b", "/b", "/p"]);
  });

  it("should drop an end tag with nothing open to close", () => {
    expect(events("<div></span></div>")).toEqual(["div", "/div"]);
  });

  it("should close an open p when a block opens, and an li when an li opens", () => {
    expect(events("<p>a<div>b</div>")).toEqual(["p", "/p", "div", "/div"]);
    expect(events("<ul><li>a<li>b</ul>")).toEqual(["ul", "li", "/li", "li", "/li", "/ul"]);
  });

  it("should close void elements at once and read </br> as <br>", () => {
    expect(events("a<br>b<img src=x></br>")).toEqual(["br", "/br", "img", "/img", "br", "/br"]);
  });

  it("should not read tags inside scripts, styles, comments or CDATA", () => {
    expect(events("<script>if (a</p>b) '<div>'</script><!-- <p> --><![CDATA[<p>]]><style>p::after{content:'</p>'}</style>"))
      .toEqual(["script", "/script", "style", "/style"]);
  });

  it("should flatten elements past 512 levels and still balance", () => {
    const ev = events("<div>".repeat(600) + "x" + "</div>".repeat(600));
    expect(ev.filter((e) => e === "div").length).toBe(ev.filter((e) => e === "/div").length);
  });

  it("should make self-closing tags close themselves only in foreign content", () => {
    expect(events('<svg><path d="M0"/></svg><div/>x')).toEqual(["svg", "path", "/path", "/svg", "div", "/div"]);
  });
});

describe("blocks: the visible text, one block a line", () => {
  it("should put each block element on a line of its own and join inline elements", () => {
    expect(lines("<h1>Port <em>reopens</em></h1><p>The <a href=#>port</a> reopened.</p><div>Tail</div>"))
      .toEqual(["Port reopens", "The port reopened.", "Tail"]);
  });

  it("should break text on either side of a block inside another block", () => {
    expect(lines("<div>Before<p>Inside</p>after</div>")).toEqual(["Before", "Inside", "after"]);
  });

  it("should split lines at <br> and give every piece its block's evidence", () => {
    const html = "<h2>One<br>Two<br/>Three</h2>";
    expect(lines(html)).toEqual(["One", "Two", "Three"]);
    expect(evidence(html).map((e) => [e.tag, e.heading])).toEqual([["h2", 2], ["h2", 2], ["h2", 2]]);
  });

  it("should squash white space and decode entities", () => {
    expect(lines("<p>  Dubai,\n\t March&nbsp;5 &amp;  &#8216;more&#x2019;  </p>")).toEqual(["Dubai, March 5 & ‘more’"]);
  });

  it("should normalise each line as the pipeline does, so that no line is lost or split", () => {
    // A double-encoded newline entity and a double-encoded zero-width joiner: text after the tokenizer, decoded again by the pipeline.
    expect(lines("<p>a&amp;#10;b</p><p>&amp;zwnj;</p><p>c</p>")).toEqual(["a b", "c"]);
  });

  it("should drop script, style, template, noscript, svg and the page's head", () => {
    expect(lines("<head><title>T</title></head><body><script>x()</script><style>p{}</style><template><p>t</p></template><noscript>Enable JS</noscript><svg><text>s</text></svg><p>Kept</p></body>"))
      .toEqual(["Kept"]);
  });

  it("should drop hidden elements: hidden, aria-hidden, inline display:none", () => {
    expect(lines('<p hidden>a</p><p aria-hidden="true">b</p><p style="color:red; display : none">c</p><p aria-hidden="false">d</p><p style="display:block">e</p>'))
      .toEqual(["d", "e"]);
  });

  it("should not break the line where a hidden element stood", () => {
    expect(lines('<p>Wel<span hidden>xx</span>come</p>')).toEqual(["Welcome"]);
  });

  it("should give the same text as page-text.mjs made for the aeb pages, but for aria-hidden and normalised characters", () => {
    const dir = join(import.meta.dirname, "..", "..", "shared", "aeb", "dev");
    const ids = readdirSync(dir).filter((f) => f.endsWith(".html.gz")).map((f) => f.slice(0, -8));
    expect(ids.length).toBeGreaterThan(90);
    let same = 0;
    let total = 0;
    for (const id of ids) {
      const want = new Set(readFileSync(join(dir, `${id}.txt`), "utf8").trim().split("\n\n").map((l) => l.normalize("NFC")));
      for (const line of lines(gunzipSync(readFileSync(join(dir, `${id}.html.gz`))).toString("utf8"))) {
        total++;
        if (want.has(line)) same++;
      }
    }
    expect(same / total).toBeGreaterThan(0.98);
  });
});

describe("blocks: evidence", () => {
  it("should give the tag of the innermost block and the heading level", () => {
    expect(evidence("<h3><span>Title</span></h3><p>Text</p><span>Loose</span>").map((e) => [e.tag, e.heading]))
      .toEqual([["h3", 3], ["p", 0], ["body", 0]]);
  });

  it("should read role=heading with aria-level (default 2)", () => {
    expect(evidence('<div role="heading" aria-level="1">A</div><div role="heading">B</div><div role="heading" aria-level="9">C</div>').map((e) => e.heading))
      .toEqual([1, 2, 6]);
  });

  it("should give the heading level to a block inside a heading", () => {
    expect(evidence("<h1><div>Title</div></h1>")[0]).toMatchObject({ tag: "div", heading: 1 });
  });

  it("should measure the share of link text, white space aside", () => {
    const [all, half, none] = evidence('<p><a href="/">Home</a></p><p><a href="/x">abcd</a> efgh</p><p>plain</p>');
    expect([all?.linkShare, half?.linkShare, none?.linkShare]).toEqual([1, 0.5, 0]);
  });

  it("should mark lines inside lists", () => {
    expect(evidence("<ul><li>a</li></ul><ol><li><p>b</p></li></ol><dl><dt>c</dt></dl><p>d</p>").map((e) => e.inList))
      .toEqual([true, true, true, false]);
  });

  it("should list the containers outermost first, each once", () => {
    const ev = evidence("<header><nav><nav><a>Menu</a></nav></nav></header><main><article><figure><figcaption>Cap</figcaption></figure></article></main><aside><form>F</form></aside><footer>Foot</footer>");
    expect(ev.map((e) => e.within)).toEqual([["header", "nav"], ["main", "article", "figure"], ["aside", "form"], ["footer"]]);
  });

  it("should give one evidence entry per non-empty line of the text", () => {
    const { text, page } = htmlToPage("<div>a<br><br>b<p> </p><p>c</p></div>");
    expect(text.split("\n").filter((l) => l.trim() !== "")).toHaveLength(page.lines.length);
  });
});

describe("isHidden", () => {
  it("should read the three ways a page hides an element", () => {
    const attrs = (o: Record<string, string>) => Object.assign(Object.create(null) as Record<string, string>, o);
    expect(isHidden(attrs({ hidden: "" }))).toBe(true);
    expect(isHidden(attrs({ "aria-hidden": " TRUE " }))).toBe(true);
    expect(isHidden(attrs({ style: "DISPLAY:NONE" }))).toBe(true);
    expect(isHidden(attrs({ style: "display:nonesuch" }))).toBe(false);
    expect(isHidden(attrs({ class: "hidden" }))).toBe(false);
  });
});

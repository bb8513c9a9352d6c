/**
 * The page's metadata (src/html/metadata.ts, src/html/json-ld.ts): JSON-LD in
 * its many shapes, OpenGraph and article:* tags, meta author, <time>, <title>;
 * and the JSON-LD reader's budgets against hostile pages.
 */
import { describe, expect, it } from "vitest";
import { readJsonLd } from "../src/html/json-ld.js";
import { cutSiteName } from "../src/html/metadata.js";
import { htmlToPage } from "../src/html/page.js";

const meta = (head: string, body = "<p>Text.</p>") => htmlToPage(`<html><head>${head}</head><body>${body}</body></html>`).page.metadata;
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

describe("JSON-LD", () => {
  it("should read a NewsArticle", () => {
    expect(meta(ld('{"@context":"https://schema.org","@type":"NewsArticle","headline":"Port reopens","datePublished":"2024-06-20T08:00:00+03:00","dateModified":"2024-06-20T09:00:00+03:00","author":{"@type":"Person","name":"Jane Doe"},"articleSection":"Business","publisher":{"@type":"Organization","name":"Gulf Daily"},"description":"The port reopened."}')))
      .toEqual({ headline: "Port reopens", published: "2024-06-20T08:00:00+03:00", modified: "2024-06-20T09:00:00+03:00", authors: ["Jane Doe"], section: "Business", siteName: "Gulf Daily", description: "The port reopened." });
  });

  it("should read ReportageNewsArticle, a type array and a prefixed type", () => {
    expect(meta(ld('{"@type":"ReportageNewsArticle","headline":"A"}')).headline).toBe("A");
    expect(meta(ld('{"@type":["WebPage","NewsArticle"],"headline":"B"}')).headline).toBe("B");
    expect(meta(ld('{"@type":"http://schema.org/Article","headline":"C"}')).headline).toBe("C");
  });

  it("should find the article inside @graph and in a top-level array", () => {
    expect(meta(ld('{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":"Article","headline":"In graph"}]}'))).toEqual({ headline: "In graph", siteName: "Site" });
    expect(meta(ld('[{"@type":"BreadcrumbList"},{"@type":"NewsArticle","headline":"In array"}]')).headline).toBe("In array");
  });

  it("should prefer a news article to a generic one, wherever it stands", () => {
    expect(meta(ld('{"@type":"Article","headline":"Generic"}') + ld('{"@type":"NewsArticle","headline":"News"}')).headline).toBe("News");
  });

  it("should read authors as strings, records and arrays, leaving out links and repeats", () => {
    expect(meta(ld('{"@type":"NewsArticle","author":["Jane Doe",{"name":"John Roe"},"https://x.example/jane","Jane Doe"]}')).authors).toEqual(["Jane Doe", "John Roe"]);
  });

  it("should clean values as the text is cleaned: entities, spaces", () => {
    expect(meta(ld('{"@type":"NewsArticle","headline":"  Port &amp; harbour\\n reopen  "}')).headline).toBe("Port & harbour reopen");
  });

  it("should tolerate malformed JSON, and repair raw newlines and comment wrappers", () => {
    expect(meta(ld('{"@type":"NewsArticle","headline":"Broken",,}') + '<meta property="og:title" content="From OG">').headline).toBe("From OG");
    expect(meta(ld('{"@type":"NewsArticle","headline":"Two\nlines"}')).headline).toBe("Two lines");
    expect(meta(ld('<!-- {"@type":"NewsArticle","headline":"Wrapped"} -->')).headline).toBe("Wrapped");
    expect(meta(ld("//<![CDATA[\n{\"@type\":\"NewsArticle\",\"headline\":\"CDATA\"}\n//]]>")).headline).toBe("CDATA");
  });

  it("should not read scripts of other types", () => {
    expect(meta('<script type="application/json">{"@type":"NewsArticle","headline":"No"}</script>')).toEqual({});
  });
});

describe("JSON-LD against hostile pages", () => {
  it("should never pollute a prototype through __proto__, constructor or prototype keys", () => {
    const hostile = '{"@type":"NewsArticle","headline":"H","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"author":{"__proto__":{"name":"x","polluted":"yes"}},"publisher":{"constructor":{"name":"x"}}}';
    const m = meta(ld(hostile));
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
    expect(m).toEqual({ headline: "H" });
  });

  it("should read JSON-LD 100,000 levels deep without blowing the stack", () => {
    const deep = '{"@type":"NewsArticle","headline":"Deep","x":' + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    expect(meta(ld(deep)).headline).toBe("Deep");
    const deepObjects = '{"a":'.repeat(100_000) + "1" + "}".repeat(100_000);
    expect(meta(ld(deepObjects))).toEqual({});
  });

  it("should skip a 3 MB script unread and keep the other metadata", () => {
    const huge = '{"@type":"NewsArticle","headline":"Huge","articleBody":"' + "x".repeat(3_000_000) + '"}';
    expect(meta(ld(huge) + '<meta property="og:title" content="Small">').headline).toBe("Small");
  });

  it("should walk at most a bounded number of values", () => {
    const wide = "[" + Array.from({ length: 50_000 }, () => '{"@type":"Thing"}').join(",") + ',{"@type":"NewsArticle","headline":"Late"}]';
    expect(readJsonLd([wide])).toEqual({});
  });
});

describe("meta tags, <time>, <title>", () => {
  it("should read an OpenGraph-only page and cut the site name from og:title", () => {
    expect(meta('<meta property="og:site_name" content="Gulf Daily"><meta property="og:title" content="Port reopens | Gulf Daily"><meta property="article:published_time" content="2024-06-20"><meta property="article:modified_time" content="2024-06-21"><meta property="article:section" content="Business"><meta property="og:description" content="D">'))
      .toEqual({ headline: "Port reopens", published: "2024-06-20", modified: "2024-06-21", section: "Business", siteName: "Gulf Daily", description: "D" });
  });

  it("should take <meta name=author> and leave article:author links out", () => {
    expect(meta('<meta property="article:author" content="https://x.example/jane"><meta name="author" content="Jane Doe">').authors).toEqual(["Jane Doe"]);
    expect(meta('<meta property="article:author" content="John Roe"><meta name="author" content="Jane Doe">').authors).toEqual(["John Roe"]);
  });

  it("should take the first <time datetime> as the published date when nothing stronger says one", () => {
    expect(meta("", '<time datetime="2024-06-20T08:00">June 20</time><time datetime="2024-01-01">x</time>').published).toBe("2024-06-20T08:00");
    expect(meta('<meta property="article:published_time" content="2024-06-19">', '<time datetime="2024-06-20">June 20</time>').published).toBe("2024-06-19");
  });

  it("should keep the <title> as written, not an svg's title", () => {
    expect(meta("", "<svg><title>Icon</title></svg>").title).toBeUndefined();
    expect(meta("<title> Port reopens &#8211; Gulf Daily </title>").title).toBe("Port reopens – Gulf Daily");
  });

  it("should prefer JSON-LD to OpenGraph field by field", () => {
    expect(meta('<meta property="og:title" content="OG title"><meta property="article:section" content="OG section">' + ld('{"@type":"NewsArticle","headline":"LD headline"}')))
      .toMatchObject({ headline: "LD headline", section: "OG section" });
  });

  it("should give no metadata for a page that has none", () => {
    expect(meta("", "<p>Just text.</p>")).toEqual({});
  });
});

describe("cutSiteName", () => {
  it("should cut the site name at either end, and nothing else", () => {
    expect(cutSiteName("Port reopens | Gulf Daily", "Gulf Daily")).toBe("Port reopens");
    expect(cutSiteName("Gulf Daily - Port reopens", "gulf  daily")).toBe("Port reopens");
    expect(cutSiteName("Port reopens - after storm", "Gulf Daily")).toBe("Port reopens - after storm");
    expect(cutSiteName("Port reopens | Gulf Daily", undefined)).toBe("Port reopens | Gulf Daily");
  });
});

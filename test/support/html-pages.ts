/**
 * Hostile HTML pages of a chosen size, shared by test/html-robustness.test.ts
 * (each gives a story or a typed error) and test/html-linear.test.ts (4 MB
 * takes about four times as long as 1 MB).
 */

export const repeat = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
export const STORY = "<h1>Port reopens after storm</h1><p>DUBAI, June 20 (WAM) - The port reopened on Thursday after the storm, officials said.</p>";
export const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
let seed = 7;
const junk = (n: number): string => {
  let s = "";
  for (let i = 0; i < n; i++) s += String.fromCharCode((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 256);
  return s;
};

/** [name, a page of about `size` characters] */
export const BAD: [string, (size: number) => string][] = [
  ["unclosed tags", (n) => STORY + repeat("<div><p><b><i>text ", n)],
  ["misnested tags", (n) => STORY + repeat("<b><i>a</b></i><p><div>b</p></div>", n)],
  ["nested divs", (n) => { const k = Math.floor(n / 11); return "<div>".repeat(k) + STORY + "</div>".repeat(k); }],
  ["unclosed divs and stray end tags", (n) => { const k = Math.floor(n / 12); return STORY + "<div>".repeat(k) + "</span>".repeat(k); }],
  ["nested lists and tables", (n) => STORY + repeat("<ul><li><table><tr><td>cell", n)],
  ["an entity flood", (n) => STORY + "<p>" + repeat("&amp;&#x2019;&nbsp;&lt;&bogus;&#99999999;", n) + "</p>"],
  ["</p> inside scripts", (n) => STORY + "<script>" + repeat("var s='</p><p>'; ", n) + "</script>"],
  ["</p> inside comments", (n) => STORY + "<!--" + repeat("</p><p>x", n) + "-->"],
  ["</p> inside CDATA", (n) => STORY + "<![CDATA[" + repeat("</p><p>x", n) + "]]>"],
  ["an unclosed comment", (n) => STORY + "<!--" + repeat("- -> <p>", n)],
  ["an unclosed script", (n) => STORY + "<script>" + repeat("</scrip </ <", n)],
  ["an unclosed attribute", (n) => STORY + '<a href="' + repeat("x ", n)],
  ["many attributes", (n) => STORY + "<p " + repeat('a=1 style="display:block" ', n) + ">x</p>"],
  ["binary junk", (n) => STORY + junk(n)],
  ["a page that is only a menu", (n) => "<nav><ul>" + repeat('<li><a href="/x">Section</a></li>', n) + "</ul></nav>"],
  ["5 MB of paragraphs", (n) => repeat("<p>The port reopened on Thursday after the storm, officials said.</p>", n)],
  ["JSON-LD 100,000 levels deep", (n) => ld("[".repeat(Math.floor(n / 2)) + "]".repeat(Math.floor(n / 2))) + STORY],
  ["a long JSON-LD script", (n) => ld('{"@type":"NewsArticle","headline":"' + repeat("x", n) + '"}') + STORY],
  ["hostile JSON-LD keys", (n) => repeat(ld('{"@type":"NewsArticle","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}'), n) + STORY],
];

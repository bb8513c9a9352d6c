/**
 * The command line of `wirecopy`: options (node:util parseArgs), help text,
 * and the checks that turn argv into a {@link Command} or a usage error.
 *
 * @module
 */
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";

declare const __VERSION__: string;

/** The version, set by the build (tsup `define`). */
export const VERSION: string = __VERSION__;

/** How a page's text is read: as plain page text, or as HTML (wirecopy/html). */
export type PageFormat = "text" | "html";

/** What to do. */
export type Command =
  | { readonly kind: "help" }
  | { readonly kind: "version" }
  | { readonly kind: "schema" }
  /** One page (a FILE, or stdin) to pretty JSON, or with `explain` to the explain view. */
  | {
      readonly kind: "page";
      readonly input: string;
      /** `--explain`: print each line's role and the rules that decided it, then a summary (src/cli/explain-view.ts). */
      readonly explain: boolean;
      /** `--format`; undefined: by the file's extension (.html, .htm), text for stdin. */
      readonly format?: PageFormat;
      readonly referenceDate?: string;
      readonly fingerprint: boolean;
      readonly quiet: boolean;
    }
  /** Pages (files, folders, stdin), NDJSON records or web archives to NDJSON. */
  | {
      readonly kind: "batch";
      readonly input: "text" | "ndjson" | "warc";
      readonly inputs: readonly string[];
      readonly field: string;
      /** `--format`; undefined: by extension for pages, by `--field` ("html") for records. */
      readonly format?: PageFormat;
      readonly jobs: number;
      readonly referenceDate?: string;
      readonly fingerprint: boolean;
      readonly quiet: boolean;
    };

/** A mistake on the command line: exit 2. */
export class UsageError extends Error {}

/** The text `wirecopy --help` prints. */
export const HELP = `wirecopy ${VERSION}: parse scraped news pages into typed stories (JSON)

Usage:
  wirecopy FILE                       print the story in FILE as pretty JSON
  wirecopy [-]                        the same, reading the page from stdin
  wirecopy --explain FILE|-           show how the page was read: each line's
                                      role and the rules that decided it
  wirecopy --ndjson PATH...           one JSON line per page: {"file": ..., ...story};
                                      a folder PATH is walked for *.txt, *.html
                                      and *.htm files
  wirecopy --input ndjson [FILE...]   read NDJSON records (from stdin if no FILE),
                                      write each with its parsed "story" added
  wirecopy --input warc FILE...       read web archives (.warc, .warc.gz; stdin
                                      if no FILE): one JSON line per HTML
                                      response or WET conversion record,
                                      {"url": ..., "date": ..., ...story}
  wirecopy --schema                   print the JSON Schema of a story

Options:
  --ndjson                 one compact JSON line per input file, in input order
                             wirecopy --ndjson pages/ extra.txt > stories.ndjson
  --input FORMAT           "text" (each input is one page; the default),
                           "ndjson" (each input line is a JSON record) or
                           "warc" (web archives, gzipped or not: HTML
                           responses go through the HTML parser, WET
                           conversion records are page text; other records
                           are skipped and counted on stderr)
                             zcat crawl.ndjson.gz | wirecopy --input ndjson > out.ndjson
                             wirecopy --input warc CC-NEWS-*.warc.gz > stories.ndjson
  --format text|html       how pages are read: as page text or as HTML.
                           Default: by extension (.html and .htm are HTML),
                           text for stdin; with --input ndjson, HTML when
                           --field is "html"
                             curl -s https://example.com/story | wirecopy --format html
  --field NAME             with --input ndjson: the field holding the page text
                           (default "text"; "html" reads the field as HTML)
                             wirecopy --input ndjson --field body crawl.ndjson
                             wirecopy --input ndjson --field html pages.ndjson
  --jobs N                 parse on N worker threads (default: the number of
                           CPUs, ${availableParallelism()} here); 1 parses in the main thread
                             wirecopy --ndjson --jobs 8 pages/ > stories.ndjson
  --reference-date DATE    the year for year-less dates when the page shows none
                             wirecopy --reference-date 2024-06-20 page.txt
  --fingerprint            add "fingerprint": the story's syndication fingerprint
                           (16 hex digits, a SimHash of the body; copies of one
                           wire story on different sites are within a few bits).
                           After the story's fields for FILE and --ndjson; next
                           to "story" with --input ndjson (not on error records)
                             wirecopy --ndjson --fingerprint pages/ > out.ndjson
  --explain                one page (FILE, or stdin) shown as the parser read
                           it: per input line its number, role (headline,
                           body, furniture, teaser-headline ...), text, and
                           after "#" the rules that decided it with their
                           scores; then a summary (headline, section,
                           byline, dateline, published, paragraphs, teasers,
                           warnings). For HTML, the lines of the page's text.
                           Coloured when stdout is a terminal (NO_COLOR=1
                           turns colour off, FORCE_COLOR=1 on), lines cut to
                           its width. Not with --ndjson, --input ndjson|warc,
                           --fingerprint, --schema or several FILEs
                             wirecopy --explain page.txt
                             FORCE_COLOR=1 wirecopy --explain page.html | less -R
  --schema                 print the JSON Schema of a story and exit
                             wirecopy --schema > wirestory.schema.json
  -q, --quiet              no progress bar (it is shown on stderr for batches,
                           only when stderr is a terminal)
                             wirecopy --ndjson --quiet pages/ > stories.ndjson
  -h, --help               show this help
  -v, --version            show the version

Errors do not stop a batch: an input that cannot be read or parsed gives an
error record, {"file": ..., "error": {"code", "message"}} (or {"line": N, ...}
for a bad NDJSON line; a record whose text gives no story keeps its fields,
with "story": null and "error"), and the run goes on.

Exit codes: 0 every input parsed, 1 at least one input failed, 2 usage error.
`;

const isPageFormat = (s: string): s is PageFormat => s === "text" || s === "html";

/** Whole days only: "2024-06-20", a real calendar day. */
function checkDate(s: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  // A day past the month's end ("2024-04-31", "2024-02-99") or day 00 moves the month: the month alone tells.
  if (m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCMonth() === Number(m[2]) - 1) return s;
  throw new UsageError(`--reference-date wants a date as YYYY-MM-DD, got "${s}"`);
}

/**
 * `--explain` shows one page to a reader: refuses what would give several
 * pages or machine output.
 *
 * @throws {UsageError} for --ndjson, --input ndjson|warc, --fingerprint, --schema or several FILEs
 */
function checkExplain(values: { readonly ndjson?: boolean; readonly fingerprint?: boolean; readonly schema?: boolean }, input: string, files: number): void {
  const clash = values.ndjson ? "--ndjson" : input !== "text" ? `--input ${input}` : values.fingerprint ? "--fingerprint" : values.schema ? "--schema" : null;
  if (clash !== null) throw new UsageError(`--explain shows one page as text; it does not go with ${clash}`);
  if (files > 1) throw new UsageError("--explain shows one page: give one FILE, or - for stdin");
}

/**
 * Reads argv.
 *
 * @throws {UsageError} on an unknown option, a bad value, or options that do not go together
 */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
        "reference-date": { type: "string" },
        ndjson: { type: "boolean" },
        input: { type: "string" },
        format: { type: "string" },
        field: { type: "string" },
        jobs: { type: "string" },
        schema: { type: "boolean" },
        fingerprint: { type: "boolean" },
        explain: { type: "boolean" },
        quiet: { type: "boolean", short: "q" },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };

  const input = values.input ?? "text";
  if (input !== "text" && input !== "ndjson" && input !== "warc") throw new UsageError(`--input is "text", "ndjson" or "warc", not "${input}"`);
  const format = values.format;
  if (format !== undefined && !isPageFormat(format)) throw new UsageError(`--format is "text" or "html", not "${format}"`);
  if (format !== undefined && input === "warc") throw new UsageError("--format does not go with --input warc (each record says what it holds)");
  if (values.field !== undefined && input !== "ndjson") throw new UsageError("--field goes with --input ndjson");
  if (values.field === "") throw new UsageError("--field wants a field name");
  let jobs = availableParallelism();
  if (values.jobs !== undefined) {
    if (!/^[1-9]\d{0,3}$/.test(values.jobs)) throw new UsageError(`--jobs wants a whole number from 1 to 9999, got "${values.jobs}"`);
    jobs = Number(values.jobs);
  }
  const referenceDate = values["reference-date"] === undefined ? undefined : checkDate(values["reference-date"]);
  const explain = values.explain ?? false;
  if (explain) checkExplain(values, input, positionals.length);
  if (values.schema) return { kind: "schema" };

  const quiet = values.quiet ?? false;
  const fingerprint = values.fingerprint ?? false;
  const common = {
    quiet,
    fingerprint,
    ...(referenceDate === undefined ? {} : { referenceDate }),
    ...(format === undefined ? {} : { format }),
  };
  if (input === "ndjson" || input === "warc" || values.ndjson) {
    return { kind: "batch", input, inputs: positionals, field: values.field ?? "text", jobs, ...common };
  }
  if (positionals.length > 1) throw new UsageError("give one FILE, or use --ndjson for several (see wirecopy --help)");
  return { kind: "page", input: positionals[0] ?? "-", explain, ...common };
}

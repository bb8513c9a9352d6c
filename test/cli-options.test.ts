/**
 * The command line of `wirecopy` read in-process (src/cli/options.ts): what
 * each option gives, the defaults, and every usage error with its message.
 * test/cli.test.ts runs the built command as users do; this file lets
 * `npm run test:mutation` see the argument rules.
 */
import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { HELP, parseCommand, UsageError, VERSION } from "../src/cli/options.js";

/** The UsageError message `argv` gives (the test fails when it gives a command). */
function usageError(argv: string[]): string {
  try {
    parseCommand(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error(`no usage error for ${JSON.stringify(argv)}`);
}

describe("parseCommand", () => {
  it("reads one page from stdin when given nothing, or '-'", () => {
    expect(parseCommand([])).toEqual({ kind: "page", input: "-", quiet: false, fingerprint: false, explain: false });
    expect(parseCommand(["-"])).toEqual({ kind: "page", input: "-", quiet: false, fingerprint: false, explain: false });
  });

  it("reads one page from a file, with its options", () => {
    expect(parseCommand(["story.html", "--format", "html", "--reference-date", "2024-06-20", "--fingerprint", "-q"])).toEqual({
      kind: "page",
      input: "story.html",
      format: "html",
      referenceDate: "2024-06-20",
      fingerprint: true,
      quiet: true,
      explain: false,
    });
  });

  it("reads --explain for one page", () => {
    expect(parseCommand(["--explain", "page.txt"])).toEqual({ kind: "page", input: "page.txt", quiet: false, fingerprint: false, explain: true });
    expect(() => parseCommand(["--explain", "a.txt", "b.txt"])).toThrow("--explain shows one page");
    expect(() => parseCommand(["--explain", "--ndjson", "a.ndjson"])).toThrow("does not go with --ndjson");
  });

  it("reads --ndjson as a batch of pages, the field 'text' and one job a CPU by default", () => {
    expect(parseCommand(["--ndjson", "pages/", "extra.txt"])).toEqual({
      kind: "batch",
      input: "text",
      inputs: ["pages/", "extra.txt"],
      field: "text",
      jobs: availableParallelism(),
      quiet: false,
      fingerprint: false,
    });
  });

  it("reads --input ndjson and --input warc as batches, with no --ndjson needed", () => {
    expect(parseCommand(["--input", "ndjson", "--field", "body", "--jobs", "3", "a.ndjson"])).toMatchObject({ kind: "batch", input: "ndjson", inputs: ["a.ndjson"], field: "body", jobs: 3 });
    expect(parseCommand(["--input", "warc"])).toMatchObject({ kind: "batch", input: "warc", inputs: [], field: "text" });
    expect(parseCommand(["--input", "text", "--ndjson", "--format", "text"])).toMatchObject({ kind: "batch", input: "text", format: "text" });
  });

  it("takes --help and --version before anything else, even a bad option value", () => {
    expect(parseCommand(["--help", "--jobs", "0"])).toEqual({ kind: "help" });
    expect(parseCommand(["-h"])).toEqual({ kind: "help" });
    expect(parseCommand(["--version", "--input", "csv"])).toEqual({ kind: "version" });
    expect(parseCommand(["-v"])).toEqual({ kind: "version" });
  });

  it("reads --schema, after checking the values given with it", () => {
    expect(parseCommand(["--schema"])).toEqual({ kind: "schema" });
    expect(usageError(["--schema", "--jobs", "x"])).toMatch(/--jobs/);
  });

  it.each([
    ["1", 1],
    ["8", 8],
    ["9999", 9999],
  ])("takes --jobs %s", (value, jobs) => {
    expect(parseCommand(["--ndjson", "--jobs", value])).toMatchObject({ jobs });
  });

  it.each(["0", "10000", "01", "-1", "2.5", "two", ""])("refuses --jobs %j", (value) => {
    expect(usageError(["--ndjson", `--jobs=${value}`])).toBe(`--jobs wants a whole number from 1 to 9999, got "${value}"`);
  });

  it.each(["2024-02-29", "2023-12-31", "1987-03-26"])("takes --reference-date %s", (date) => {
    expect(parseCommand(["--reference-date", date])).toMatchObject({ referenceDate: date });
  });

  it.each(["2023-02-29", "2024-13-01", "2024-04-31", "2024-6-20", "20-06-2024", "June 20, 2024", "2024-06-20T00:00", "12024-06-20", "on 2024-06-20", "2024-06-00", "2024-02-30", "2024-06-99"])("refuses --reference-date %s", (date) => {
    expect(usageError(["--reference-date", date])).toBe(`--reference-date wants a date as YYYY-MM-DD, got "${date}"`);
  });

  it.each([
    [["--explain", "--input", "ndjson"], "--explain shows one page as text; it does not go with --input ndjson"],
    [["--explain", "--input", "warc", "a.warc"], "--explain shows one page as text; it does not go with --input warc"],
    [["--explain", "--fingerprint", "a.txt"], "--explain shows one page as text; it does not go with --fingerprint"],
    [["--explain", "--schema"], "--explain shows one page as text; it does not go with --schema"],
  ])("refuses %j: --explain shows one page to a reader", (argv, message) => {
    expect(usageError(argv)).toBe(message);
  });

  it("leaves out the options not given, rather than setting them undefined", () => {
    expect(parseCommand(["page.txt"])).toStrictEqual({ kind: "page", input: "page.txt", quiet: false, fingerprint: false, explain: false });
    expect(Object.keys(parseCommand(["--ndjson", "a.txt"]))).not.toEqual(expect.arrayContaining(["referenceDate"]));
    expect(Object.keys(parseCommand(["--ndjson", "a.txt"]))).not.toEqual(expect.arrayContaining(["format"]));
  });

  it.each([
    [["--input", "csv"], '--input is "text", "ndjson" or "warc", not "csv"'],
    [["--format", "pdf"], '--format is "text" or "html", not "pdf"'],
    [["--input", "warc", "--format", "html"], "--format does not go with --input warc (each record says what it holds)"],
    [["--field", "body"], "--field goes with --input ndjson"],
    [["--ndjson", "--field", "body"], "--field goes with --input ndjson"],
    [["--input", "ndjson", "--field", ""], "--field wants a field name"],
    [["a.txt", "b.txt"], "give one FILE, or use --ndjson for several (see wirecopy --help)"],
  ])("refuses %j", (argv, message) => {
    expect(usageError(argv)).toBe(message);
  });

  it("turns node's own argument errors into usage errors", () => {
    expect(usageError(["--no-such-option"])).toMatch(/no-such-option/);
    expect(usageError(["--jobs"])).toMatch(/--jobs/);
  });
});

describe("HELP", () => {
  it("names the version and every option", () => {
    expect(HELP.startsWith(`wirecopy ${VERSION}: `)).toBe(true);
    for (const option of ["--ndjson", "--input", "--format", "--field", "--jobs", "--reference-date", "--fingerprint", "--schema", "--quiet", "--help", "--version"]) {
      expect(HELP).toContain(option);
    }
  });
});

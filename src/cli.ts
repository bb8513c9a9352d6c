/**
 * The `wirecopy` command: parses scraped news pages from the command line.
 * Node-only; the library itself (src/index.ts) imports nothing from `node:`.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { safeParseWireStory } from "./index.js";

declare const __VERSION__: string;

const HELP = `wirecopy ${__VERSION__}: parse a scraped news page into a typed story (JSON)

Usage:
  wirecopy FILE            print the story in FILE as pretty JSON

Options:
  --reference-date DATE    year for year-less dates when the page shows none (YYYY-MM-DD)
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 parsed, 1 the input could not be read or parsed, 2 usage error.
`;

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
        "reference-date": { type: "string" },
      },
    });
  } catch (e) {
    process.stderr.write(`wirecopy: ${(e as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${__VERSION__}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write("wirecopy: give one FILE (see wirecopy --help)\n");
    return 2;
  }
  const file = positionals[0]!;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(`wirecopy: cannot read ${file}: ${err.code === "ENOENT" ? "no such file" : err.message}\n`);
    return 1;
  }
  const referenceDate = values["reference-date"];
  const result = safeParseWireStory(text, referenceDate ? { referenceDate } : undefined);
  if (!result.success) {
    process.stderr.write(`wirecopy: ${file}: ${result.error.code}: ${result.error.message}\n`);
    return 1;
  }
  process.stdout.write(JSON.stringify(result.data, null, 2) + "\n");
  return 0;
}

process.exitCode = main(process.argv.slice(2));

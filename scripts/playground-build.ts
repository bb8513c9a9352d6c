/**
 * The playground's two generated modules, as an esbuild plugin for the tsup
 * build (tsup.config.ts):
 *
 * - `virtual:wirecopy-worker`: the parser worker (playground/worker.ts and
 *   the library it imports), bundled on its own and exported as text, so
 *   that the page can start it from a Blob URL (a worker script cannot be
 *   fetched from file://);
 * - `virtual:wirecopy-samples`: the pages to pick from: fixtures/*.txt,
 *   fixtures/html/*.html and playground/samples/*, each with its path.
 *
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { build, type Plugin } from "esbuild";

const NAMESPACE = "wirecopy-playground";

/** The folders whose pages the playground offers, and how each file is read. */
const SAMPLE_DIRS = ["fixtures", "fixtures/html", "playground/samples"];

interface SampleFile {
  readonly name: string;
  readonly format: "text" | "html";
  readonly text: string;
}

/** Every page of {@link SAMPLE_DIRS}: `.txt` as text, `.html` as HTML; expected outputs and notes left out. */
export function samplePages(root: string): SampleFile[] {
  const out: SampleFile[] = [];
  for (const dir of SAMPLE_DIRS) {
    for (const file of readdirSync(join(root, dir)).sort()) {
      const format = file.endsWith(".txt") ? "text" : file.endsWith(".html") ? "html" : null;
      if (format === null) continue;
      const path = join(root, dir, file);
      out.push({ name: relative(root, path).split("\\").join("/"), format, text: readFileSync(path, "utf8") });
    }
  }
  return out;
}

/**
 * The esbuild plugin that answers the two `virtual:` imports of playground/main.ts.
 *
 * @param root - the repository's root (tsup bundles its config, so this file cannot find it from its own path)
 */
export function playgroundModules(root: string): Plugin {
  return {
    name: "wirecopy-playground",
    setup(b) {
      b.onResolve({ filter: /^virtual:wirecopy-(worker|samples)$/ }, (args) => ({ path: args.path, namespace: NAMESPACE }));
      b.onLoad({ filter: /^virtual:wirecopy-worker$/, namespace: NAMESPACE }, async () => {
        const result = await build({
          entryPoints: [join(root, "playground", "worker.ts")],
          bundle: true,
          format: "iife",
          platform: "browser",
          target: "es2022",
          minify: true,
          write: false,
          metafile: true,
          legalComments: "none",
          absWorkingDir: root,
        });
        const code = result.outputFiles[0]!.text;
        return {
          contents: `export default ${JSON.stringify(code)};`,
          loader: "js",
          watchFiles: Object.keys(result.metafile.inputs).map((p) => join(root, p)),
        };
      });
      b.onLoad({ filter: /^virtual:wirecopy-samples$/, namespace: NAMESPACE }, () => {
        const pages = samplePages(root);
        return {
          contents: `export default ${JSON.stringify(pages)};`,
          loader: "js",
          watchDirs: SAMPLE_DIRS.map((d) => join(root, d)),
        };
      });
    },
  };
}

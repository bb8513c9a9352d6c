/**
 * Finds a Chromium for the browser tests: `WIRECOPY_CHROMIUM` when set, else
 * the first of the usual executables on the machine (Debian's `chromium`
 * package installs /usr/bin/chromium; .ci/run installs it).
 *
 * @module
 */
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/** Executable names tried on the PATH, in order. */
const NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The path of a Chromium to drive, or null when there is none.
 *
 * @param env - the environment (`WIRECOPY_CHROMIUM`, `PATH`)
 * @returns an executable's path, or null
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env.WIRECOPY_CHROMIUM;
  if (chosen) return executable(chosen) ? chosen : null;
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    for (const name of NAMES) {
      const path = join(dir, name);
      if (executable(path)) return path;
    }
  }
  return null;
}

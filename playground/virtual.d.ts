/** The worker's bundled code, as text (made by the build: playground/build.ts). */
declare module "virtual:wirecopy-worker" {
  const source: string;
  export default source;
}

/** The project's own pages to pick from: fixtures/*.txt, fixtures/html/*.html, playground/samples/* (made by the build). */
declare module "virtual:wirecopy-samples" {
  import type { Sample } from "./protocol.js";
  const samples: readonly Sample[];
  export default samples;
}

/** The package's version, written in by the build. */
declare const __VERSION__: string;

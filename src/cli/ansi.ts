/**
 * Colour on a terminal, with ANSI escape codes written directly (no
 * dependency): whether to colour at all, and a {@link Palette} that wraps text
 * in the codes, or leaves it as it is when colour is off.
 *
 * @module
 */

/** The environment variables that decide colour (a subset of `process.env`). */
export interface ColorEnv {
  readonly FORCE_COLOR?: string | undefined;
  readonly NO_COLOR?: string | undefined;
  readonly TERM?: string | undefined;
}

/**
 * Whether to write colour, by the usual conventions, strongest first:
 * `FORCE_COLOR` set (any value but `0` or `false`, the empty string included)
 * forces it on, `FORCE_COLOR=0` or `false` off; then `NO_COLOR` set to anything
 * but the empty string turns it off (no-color.org); then `TERM=dumb` does; else
 * colour when the output is a terminal.
 *
 * @param env - the environment (`process.env`)
 * @param isTTY - whether the output is a terminal (`process.stdout.isTTY`)
 * @returns true to colour
 * @example
 * ```ts
 * shouldColor({}, true) //=> true
 * shouldColor({}, false) //=> false
 * shouldColor({ FORCE_COLOR: "1" }, false) //=> true
 * shouldColor({ NO_COLOR: "1" }, true) //=> false
 * shouldColor({ FORCE_COLOR: "0" }, true) //=> false
 * ```
 */
export function shouldColor(env: ColorEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.TERM === "dumb") return false;
  return isTTY;
}

/** The text styles the command uses, each an SGR parameter. */
const SGR = {
  bold: "1",
  dim: "2",
  red: "31",
  green: "32",
  yellow: "33",
  magenta: "35",
  cyan: "36",
} as const;

/** A text style: bold, dim or a foreground colour. */
export type Style = keyof typeof SGR;

/** Wraps text in a style's escape codes, or returns it unchanged when colour is off. */
export type Palette = (style: Style | null, text: string) => string;

/**
 * A palette: with colour on, `paint("bold", "x")` is `"\x1b[1mx\x1b[0m"`;
 * with colour off, or for an empty text or a null style, the text itself.
 *
 * @param color - whether to colour (see {@link shouldColor})
 * @returns the palette
 * @example
 * ```ts
 * palette(true)("cyan", "teaser") //=> "\x1b[36mteaser\x1b[0m"
 * palette(false)("cyan", "teaser") //=> "teaser"
 * ```
 */
export function palette(color: boolean): Palette {
  if (!color) return (_style, text) => text;
  return (style, text) => (style === null || text === "" ? text : `\x1b[${SGR[style]}m${text}\x1b[0m`);
}

/**
 * News agencies as they credit themselves inside datelines and sign-offs.
 *
 * @module
 */

/**
 * Agency credits recognised inside a dateline, upper-cased. A credit in
 * parentheses that is not listed here is still read when it looks like one
 * (short, capitalised); this list decides the bare forms (`AP -`, `Reuters -`,
 * `..., Reuter -`, `... SAPA --`), where a guess would invent datelines.
 */
export const AGENCIES: ReadonlySet<string> = new Set([
  "AP", "ASSOCIATED PRESS", "AFP", "AGENCE FRANCE-PRESSE", "REUTERS", "REUTER", "XINHUA",
  "ANI", "PTI", "IANS", "UNI", "SAPA", "BSS", "UNB", "APP", "QNA", "WAM", "KUNA", "SPA",
  "NNN", "MENA", "IRNA", "ANADOLU", "AA", "KYODO", "YONHAP", "DPA", "EFE", "ANSA", "TASS",
  "ITAR-TASS", "RIA", "INTERFAX", "CP", "AAP", "PA", "BERNAMA", "ANTARA", "PNA", "VNA",
  "KCNA", "CNA", "UPI", "NNA", "ONA", "BNA", "SUNA", "PETRA", "SANA", "MAP", "APS", "TAP",
  "LPC/IFR", "IFR", "LPC", "MEXN", "GNS", "DIPRO", "NSS", "RSS", "PPI", "NNI", "IRIB",
]);

/**
 * The few canonical spellings SPEC.md fixes; every other credit is kept as
 * written. Keys are upper case.
 */
export const AGENCY_CANONICAL: ReadonlyMap<string, string> = new Map([
  ["REUTER", "Reuters"],
  ["REUTERS", "Reuters"],
  ["ASSOCIATED PRESS", "AP"],
  ["THE ASSOCIATED PRESS", "AP"],
  ["AP", "AP"],
  ["AFP", "AFP"],
  ["AGENCE FRANCE-PRESSE", "AFP"],
  ["AGENCE FRANCE PRESSE", "AFP"],
  ["XINHUA", "Xinhua"],
]);

/**
 * Agencies whose bare name may stand alone as a whole dateline, with a
 * separator and no place (`AP -`, `AFP -`, `Reuters -`), as AG News and
 * RSS feeds print them.
 */
export const BARE_DATELINE_AGENCIES: ReadonlySet<string> = new Set([
  "AP", "AFP", "REUTERS", "REUTER", "XINHUA", "ANI", "PTI", "IANS", "UNI", "WAM", "SPA", "QNA",
  "KUNA", "BSS", "UNB", "APP",
]);

/**
 * Agencies that sign off at the end of a story, alone on a line or glued to
 * the last word: `(ANI)`, `-----PTI`, `--IANS`, `IANS`, `(GNS)`.
 */
export const SIGN_OFF_AGENCIES: ReadonlySet<string> = new Set([
  "ANI", "PTI", "IANS", "UNI", "GNS", "DIPRO", "KUNA", "WAM", "QNA", "SPA", "BSS", "UNB",
  "APP", "NNN", "AFP", "AP", "REUTERS", "REUTER", "XINHUA", "SAPA", "MEXN", "NSS", "PPI",
]);

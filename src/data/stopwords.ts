/**
 * Words that open a paragraph the way a place would but are never a
 * dateline place ("UPDATE 2-", "EXCLUSIVE -", "BREAKING:"). Upper case.
 *
 * @module
 */

/** Capitalised lead-ins that must not be read as a dateline city. */
export const NOT_PLACES: ReadonlySet<string> = new Set([
  "UPDATE", "UPDATED", "CORRECTED", "CORRECTION", "REFILE", "EXCLUSIVE", "BREAKING", "BREAKING NEWS",
  "ANALYSIS", "FACTBOX", "FEATURE", "INTERVIEW", "COLUMN", "EDITORIAL", "OPINION", "COMMENT", "REVIEW",
  "WATCH", "VIDEO", "PHOTOS", "PHOTO", "LIVE", "NOTE", "NOTICE", "EDITOR'S NOTE", "EDS", "ADVISORY",
  "URGENT", "FLASH", "BULLETIN", "ALERT", "WRAPUP", "ROUNDUP", "PREVIEW", "TIMELINE", "Q&A", "FAQ",
  "SOURCE", "SOURCES", "PHOTO CAPTION", "CAPTION", "WARNING", "SPOILER", "TRENDING", "POLL",
  "THE", "A", "AN", "IN", "ON", "AT", "BY", "FOR", "IT", "HE", "SHE", "WE", "THEY", "I", "THIS", "THAT",
  // Weekdays and date-line labels open date lines, not datelines ("Tuesday, 14 May 2024", "Posted on March 3").
  "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "POSTED", "PUBLISHED",
  "DATE", "DATED", "LAST UPDATED", "TODAY", "YESTERDAY", "TONIGHT",
  // The same notices in the languages of the sites we meet most ("ATENÇÃO: Comentários ...", "ACHTUNG:").
  "ATTENTION", "ATENÇÃO", "ATENCIÓN", "AVISO", "AVISO IMPORTANTE", "NOTA", "ACHTUNG", "HINWEIS", "ANMERKUNG",
  "AVVISO", "ATTENZIONE", "LET OP", "PERHATIAN", "CATATAN", "DISCLAIMER", "IMPORTANT",
]);

/** Lower-case particles allowed inside a place name ("Rio de Janeiro", "COEUR d'ALENE", "Bay of Bengal"). */
export const PLACE_PARTICLES: ReadonlySet<string> = new Set([
  "de", "da", "das", "do", "dos", "del", "della", "di", "du", "des", "la", "le", "les", "el", "al",
  "of", "es", "en", "sur", "upon", "am", "an", "der", "den", "van", "von", "y", "e", "i",
]);

/**
 * Common words that make "and/or" or "yes/no" a phrase, not a desk sign-off
 * of operator initials ("rr/sof", "(lre/dw)").
 */
export const DESK_CODE_WORDS: ReadonlySet<string> = new Set([
  "and", "or", "nor", "yes", "no", "he", "she", "his", "her", "him", "it", "on", "off", "in", "out", "up",
  "down", "to", "from", "am", "pm", "the", "either", "if", "then", "now", "new", "old", "buy", "sell",
]);

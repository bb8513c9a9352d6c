/**
 * Word lists for the entity names of `wirecopy/entities` (src/entities.ts).
 *
 * @module
 */

/**
 * Lower-case particles a name may open with and keep ("de Klerk", "van Gogh",
 * "al Qaeda"). Any other lower-case word at the edge of a name that compromise
 * returns is dropped ("western Oklahoma" → "Oklahoma", "the White House" →
 * "White House", "Rift Valley province" → "Rift Valley").
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de", "da", "das", "do", "dos", "del", "della", "di", "du", "des", "la", "le", "el", "al", "van", "von",
  "der", "den", "ter", "ten", "bin", "ibn", "ben", "bint", "abu",
]);

/**
 * Words kept in lower case inside an ALL-CAPS name when it is title-cased
 * ("RIO DE JANEIRO" → "Rio de Janeiro", "BAY OF BENGAL" → "Bay of Bengal");
 * the first word is always capitalised.
 */
export const TITLE_CASE_LOWER: ReadonlySet<string> = new Set([
  "de", "da", "das", "do", "dos", "del", "della", "di", "du", "des", "van", "von", "der", "den", "y", "of",
  "and", "the", "on", "upon",
]);

/** compromise lexicon tags of the places an ALL-CAPS word may name ("LONDON" → "London", but "NATO" stays). */
export const PLACE_TAGS: readonly string[] = ["Place", "City", "Country", "Region"];

/** compromise lexicon tags of words that are never a name by themselves ("Thursday", "June"). */
export const NOT_NAME_TAGS: readonly string[] = ["WeekDay", "Month", "Date"];

/**
 * compromise tags of the words an ALL-CAPS text keeps in lower case when it is
 * title-cased for tagging ("TEXACO INC SAYS CHEVRON ..." → "Texaco Inc says
 * Chevron ..."): capitalised, a verb or a preposition would be read as part of
 * a name. A word that also has the `ProperNoun` tag is capitalised.
 */
export const LOWER_CASE_TAGS: readonly string[] = [
  "Verb", "Preposition", "Determiner", "Conjunction", "Pronoun", "Adverb", "Modal", "Auxiliary", "Copula",
  "Negative", "QuestionWord", "Expression",
];

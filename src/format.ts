/**
 * `formatWireStory`: a story rendered back into the page layout the parser
 * reads, for users who republish cleaned copy.
 *
 * @module
 */
import type { Teaser, WireStory } from "./schema.js";

/** The heading printed above the teasers. */
const TEASER_HEADING = "More news";

function teaserBlocks(t: Teaser): string[] {
  const blocks = [t.headline];
  const summary = [t.dateline?.text, t.summary].filter((x): x is string => Boolean(x)).join(" ");
  if (summary !== "") blocks.push(summary);
  if (t.published) blocks.push(t.published.text);
  return blocks;
}

/**
 * Renders a story as a plain-text page: section, headline, date lines,
 * byline, the body (its first paragraph opening with the dateline), the
 * sign-off, the Source line, and a "More news" block of teasers, each block
 * separated by a blank line. Furniture and warnings are not rendered.
 * `parseWireStory(formatWireStory(story))` gives the story back, furniture
 * and warnings aside.
 *
 * @param story - a parsed (or hand-built, schema-valid) story
 * @returns the page text, ending with a newline
 * @example
 * ```ts
 * formatWireStory(parseWireStory(page))
 * //=> "World\n\nRussia, N Korea agree on mutual support if attacked\n\nJun 20, 2024\n\n
 * //    Pyongyang [North Korea], June 20: The leaders of Russia ...\n\n...Source: Qatar Tribune\n\nMore news\n\n..."
 * ```
 */
export function formatWireStory(story: WireStory): string {
  const blocks: string[] = [];
  if (story.section !== null && story.headline !== null) blocks.push(story.section);
  if (story.headline !== null) blocks.push(story.headline);
  if (story.published) blocks.push(story.published.text);
  if (story.updated) blocks.push(story.updated.text);
  if (story.byline !== null) blocks.push(`By ${story.byline}`);
  const body = story.body.slice();
  if (story.dateline) {
    if (body.length > 0) body[0] = `${story.dateline.text} ${body[0]}`;
    else body.push(story.dateline.text);
  }
  blocks.push(...body);
  if (story.trailer !== null) blocks.push(story.trailer);
  if (story.source !== null) blocks.push(`Source: ${story.source}`);
  if (story.moreNews.length > 0) {
    blocks.push(TEASER_HEADING);
    for (const t of story.moreNews) blocks.push(...teaserBlocks(t));
  }
  return blocks.join("\n\n") + "\n";
}

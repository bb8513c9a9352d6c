/**
 * Line shapes: what a whole line is (src/stages/03-classify.ts and src/lib/shape.ts).
 *
 * Rules for every file in src/patterns/:
 * - anchored (`^`, or sticky `y` used at a cursor) and bounded (`{0,n}`), so
 *   that no pattern can backtrack super-linearly on hostile input;
 * - no pattern is ever built inside a loop;
 * - each one shows a line it matches (✓) and one it must not (✗).
 *
 * @module
 */

/** A line made only of `_`, `-`, `=`, `*` (and spaces). ✓ "___" "* * *" ✗ "-- end" */
export const SEPARATOR_LINE = /^[_\-=*\u2013\u2014 ]{1,200}$/;

/** A "Source: X" attribution line. Group 1: the name. ✓ "Source: Qatar Tribune" ✗ "Sources said" */
export const SOURCE_LINE = /^source\s{0,3}:\s{0,3}(\S.{0,200})$/i;

/**
 * A byline line. Group 1: the name(s).
 * ✓ "By Jane Doe" "By KERNAN TURNER" "By The Associated Press" "BY JANE DOE, Reuters" "By Jane Doe@janedoe" (a handle glued on stays in the name: nothing is lost)
 * ✗ "By the way, prices fell." "By noon the river had risen." "Byron Bay"
 * (Case-sensitive on purpose: with the `i` flag `\p{Lu}` would match lower case too.)
 */
export const BYLINE_LINE = /^(?:By|BY|by)\s{1,3}((?:[Tt]he\s)?\p{Lu}[\p{L}\p{M}.'’\-]{0,30}(?:[ ,&|]{1,3}[\p{Lu}\d][\p{L}\p{M}.'’\-]{0,30}|\s(?:and|AND|de|van|von|da|al|bin|el)\s\p{Lu}[\p{L}\p{M}.'’\-]{0,30}){0,8}(?:\s?@\w{1,30})?)$/u;

/**
 * A byline with the outlet or a desk after a separator, which BYLINE_LINE
 * does not read. Group 1: the names and the credit.
 * ✓ "By Jane Doe | Example Advance Media for Example.com" "By Jane Doe - Special to the Post"
 * ✗ "By the way, prices fell." "By noon - the river had risen"
 */
export const BYLINE_WITH_CREDIT = /^(?:By|BY|by)\s{1,3}(\p{Lu}[\p{L}.'’\-]{0,30}(?: \p{Lu}[\p{L}.'’\-]{0,30}){1,3}(?:\s(?:and|&)\s\p{Lu}[\p{L}.'’\-]{0,30}(?: \p{Lu}[\p{L}.'’\-]{0,30}){1,3})?\s{1,2}[|–—-]\s{1,2}\S.{0,70})$/u;

/** "Staff Report", "Staff Reporter", "Our Correspondent", "News Desk", "From wire reports", "Detroit News wire services" bylines. */
export const DESK_BYLINE = /^(?:staff (?:report|reporter|writer|correspondent)|our (?:staff )?(?:correspondent|reporter|bureau)|news desk|web desk|online desk|(?:the )?(?:\w+ )?bureau|(?:from |staff and |[a-z.'’-]+ (?:[a-z.'’-]+ ){0,3})?wire (?:reports?|services?))$/i;

/**
 * A name printed alone after the story, as some Gulf pages do:
 * two to four capitalised words, nothing else. ✓ "Amira Agarib" ✗ "Khaleej Times Staff"
 */
export const NAME_ONLY = /^\p{Lu}[\p{Ll}'’\-]{1,20}(?: (?:\p{Lu}\.|\p{Lu}[\p{Ll}'’\-]{1,20}|al|bin|de|van|von)){1,3}$/u;

/**
 * An author box's name with the link to the author's page glued on by the scraper: a byline.
 * Glued (no space) and "articles" or "posts" only: a section's box says "View more stories".
 * ✓ "Jose AltoverosView More Articles" "Mara HoltSee all posts" "Pedro de la CruzSee all posts"
 * ✗ "View More Articles" "Mara Holt View More Articles" "Global MarketsView more stories"
 */
export const AUTHOR_BOX_LINK = /^(\p{Lu}[\p{L}.'’\-]{1,25}(?: (?:\p{Lu}[\p{L}.'’\-]{0,25}|al|bin|da|de|del|la|van|von)){1,4}?)(?:View|See|Read) (?:[Mm]ore|[Aa]ll) (?:[Aa]rticles|[Pp]osts)$/u;

/**
 * A credit line "NAME | Agency" or "NAME | Paper" on its own.
 * ✓ "Sanaullah Ataullah | The Peninsula"
 */
export const NAME_PIPE_CREDIT = /^(\p{Lu}[\p{L}.'’\-]{1,25}(?: \p{Lu}[\p{L}.'’\-]{1,25}){1,3}) \| (\p{Lu}[\p{L}\p{M}.'’&\-]{0,25}(?: (?:of|the|and|\p{Lu}[\p{L}\p{M}.'’&\-]{0,25})){0,5})$/u;

/**
 * A photo caption printed inside the body, its credit in parentheses at its end: a credit word, an agency's photo
 * service, or a member's photo an agency distributes ("Name/Paper via AP").
 * ✓ "... on Monday. (Photo: IANS)" "(PTI Photo/S. Irfan)(PTI06-05-2020_000082B)" "... on Tuesday. (Jane Doe/The Valley Courier via AP)"
 * ✗ "... the poll found. (Reuters/Ipsos)" "... he said (via video link)"
 */
export const PHOTO_CREDIT_END = /(?:\((?:photo|image|pic|picture|file photo|representative image|representational image)\s{0,2}(?::|\/|by|courtesy)[^()]{0,80}\)|\([A-Z][A-Za-z]{1,12}\s(?:photo|pic|image)(?:\/[^()]{0,60})?\)|\([^()]{2,60}\/[^()]{2,60} via (?:AP|Reuters|AFP|Getty Images)\))(?:\s{0,2}\([A-Z0-9][\w-]{5,40}\))?$/i;

/**
 * An `Also Read | ...` / `Also read: ...` link line inside the story; a bare `Also:` only on a line of
 * up to 150 characters (a link's title, not a paragraph).
 * ✓ "Also read: Rupee weakens" "Also: See Black Friday coverage at our sister site" ✗ "Also, the minister said ..."
 */
export const ALSO_READ_LINE = /^(?:(?:also read|read also|also see|see also|also watch|read more|must read)\s{0,3}[|:\-–—>»]|also:(?=.{1,150}$))\s{0,3}\S/i;

/** A bare URL line. ✓ "https://x.com/foo" ✗ "see https://x.com for more" */
export const URL_LINE = /^(?:https?:\/\/|www\.)\S{1,500}$/i;

/**
 * A document's download link or its file size: a line ending with the file's type in brackets, maybe with its size,
 * or a size alone. ✓ "Read the full ruling (PDF)" "Annual report (PDF, 7.8 MB)" "Budget speech [PDF]" "6.4 MB"
 * ✗ "The PDF was leaked on Monday" "Profits rose 6.4 percent"
 */
export const DOWNLOAD_LINE = /^[\d.,]{1,6}\s?[KMG]B$|[([](?:PDF|DOCX?|XLSX?|pdf)(?:,\s?[\d.,]{1,6}\s?[KMG]B)?[)\]]$/;

/** An image file name left by the scraper. ✓ "DSC_0012.jpg" */
export const IMAGE_FILE_LINE = /^\S{1,120}\.(?:jpe?g|png|gif|webp|avif)$/i;

/**
 * A stock card's quote: a ticker symbol and its change in percent, signed or with an arrow.
 * ✓ "DECSTL ▲ 0.76%" "MRET +1.0%" "AURE3 ▼1.92%" "INFC -0.43%" ✗ "GDP +0.4% in the third quarter" "Inflation 2.1%" "Shares rose 2%"
 */
export const TICKER_QUOTE = /^[A-Z][A-Z0-9.]{1,9}:? ?[▲▼↑↓+\-−] ?\d{1,3}(?:[.,]\d{1,2})? ?%$/;

/** A view or share counter. ✓ "298" "1.2K views" "12 Shares" */
export const COUNTER_LINE = /^\d[\d.,]{0,9}\s?[KkMm]?(?:\s(?:views?|shares?|comments?|reads?|likes?))?$/;

/** A MENAFN-style record id token. ✓ "MENAFN07112023000049011007ID1107389142" */
export const RECORD_ID_LINE = /^[A-Z]{2,10}\d{8,}[A-Z]{0,4}\d{0,12}$/;

/**
 * Breadcrumb separators: `›`, `»`, `→` anywhere; `>`, `|`, `/` only between
 * spaces, so "LEASES CRAY <CYR> COMPUTER" (ticker tags) and "Sci/Tech" do not split.
 */
export const BREADCRUMB_SPLIT = /\s{0,3}[›»→]\s{0,3}|\s{1,3}[>|/]\s{1,3}/;

/**
 * What a breadcrumb trail must hold: a separator character (BREADCRUMB_SPLIT
 * and BREADCRUMB_HOME both need one). ✓ "Home | Sport" "News › India" ✗ "Prices rose"
 */
export const BREADCRUMB_MARK = /[›»→>|/]/;

/** A breadcrumb trail that opens with "Home". ✓ "Home | Sport" ✓ "Home › News" */
export const BREADCRUMB_HOME = /^home\s{0,3}[›»>|/→]/i;

/** Words glued by a scraper ("Latest NewsNewsTFT News"): a lower-case letter directly before "News". */
export const GLUED_MENU = /[a-z]News[A-Z]|NewsNews/;

/** Runs of whitespace. */
export const WHITESPACE_RUN = /\s+/g;

/** Whitespace `squash` would change: two in a row, any but a plain space, or a space at either end. ✓ "a  b" "a\tb" " a" ✗ "a b" */
export const SQUASHABLE = /\s\s|[^\S ]|^ | $/;

/** A letter. */
export const LETTER = /\p{L}/u;

/** Initials only: "U.S.", "U.K." */
export const INITIALS = /^(?:\p{Lu}\.){2,}$/u;

/** Section separators that make a label a section path: "States » East". */
export const SECTION_PATH = /[»›]/;

/** A word split by whitespace. */
export const SPACE_SPLIT = /\s+/;


/** A line that starts with a lower-case letter: the rest of a hard-wrapped paragraph. */
export const LOWER_START = /^\p{Ll}/u;

/** Line-final punctuation that makes a line read as a sentence. */
export const SENTENCE_END = /[.!?…:;"'”’)\]。！？」』]$/;

/** A full stop at the end, possibly inside closing quotes or a bracket. ✓ "said." "said.\u201d" "arrested.''" */
export const ENDS_WITH_PERIOD = /[.。]["'”’)」』]{0,3}$/;

/** Line-final punctuation of a sentence proper (not a colon). */
export const FULL_STOP_END = /[.!?…"”’。！？」』]$|[.!?。！？]['"”’)」』]{1,3}$/;

/** A label line such as "ID :" or "Auther :": a word or two and a colon. */
export const FIELD_LABEL = /^[\p{L}][\p{L} ]{0,20}\s?:$/u;

/** The words of an author's label, for AUTHOR_LABEL and META_FIELD_LABEL (one list, so the two cannot drift). */
const AUTHOR_LABEL_WORDS = String.raw`by|authors?|author name|(?:written|posted|reported|words) by|autor|auteur`;

/**
 * A label alone on its line that announces the author's name on the next one ("By", "Author:").
 * ✓ "By" "BY" "Author:" "Written by:" "Autor:" ✗ "By the sea" "Publish date:"
 */
export const AUTHOR_LABEL = new RegExp(`^(?:${AUTHOR_LABEL_WORDS})\\s?:?$`, "i");

/**
 * A field label that announces the byline or the date on the next line, as pages laid out
 * in label / value pairs print them.
 * ✓ "Author:" "Written by:" "Publish date:" "Published on :" "Autor:" ✗ "Tags:" "Share:"
 */
export const META_FIELD_LABEL = new RegExp(`^(?:${AUTHOR_LABEL_WORDS}|(?:published|posted|updated)(?: on| at)?|(?:publish|publication|posted|release) date|date|last updated|publicado|publié le|veröffentlicht)\\s?:$`, "iu");

// ---------------------------------------------------------------- page regions (src/stages/04-measure.ts)

/**
 * The credit of a map embedded in the story: its "©" names the map's data, not the page's owner.
 * ✓ "Map data ©2024 Google" ✗ "© 2024 Example Media. All rights reserved."
 */
export const MAP_DATA = /^map data\b/i;

/**
 * A copyright footer line: "©" anywhere, or a line that opens with
 * "Copyright" or "(c) ", or "all rights reserved" in a few languages.
 * ✓ "© 2019 CBS Interactive Inc." "Copyright 2024 The Daily" "Todos os direitos reservados."
 * ✗ "The copyright lawsuit was dismissed."
 */
export const FOOTER_MARK = /©|^(?:copyright\b|\(c\) )|all rights reserved|tous droits réservés|todos os direitos|todos los derechos|alle rechte vorbehalten|tutti i diritti/i;

/**
 * What a footer line without "©" and not opening with "Copyright" or "(c) " holds, in any case: "serv" (all
 * rights reserved, réservés, reservados, riservati: "eserv" would miss the French and the Italian) or
 * "vorbehalten". One cheap look before FOOTER_MARK (src/stages/04-measure.ts), where three `includes` were.
 * ✓ "All Rights Reserved." "Alle Rechte vorbehalten" ✗ "Oil prices fell on Tuesday"
 */
export const FOOTER_WORD = /serv|vorbehalten/i;

/**
 * The heading of a comment thread (a short line).
 * ✓ "Leave a Reply" "34 responses to “Lynn: ...”" "[ 167 comments ]" "Top Rated Comments" "Comments are closed."
 * ✗ "Trump's comments spark row" (an apostrophe is no word of a heading) ✗ "No comment from the ministry."
 */
export const COMMENTS_HEADING =
  /^(?:(?:leave|post|add|write|submit) an? (?:reply|comment|response)|join the (?:conversation|discussion)|comments? (?:are |is )?closed|\d{1,6} (?:responses?|comments?|thoughts|replies) (?:to|on)\s|\W{0,3}(?:\d{1,6}\s)?(?:\p{L}{1,12}\s){0,2}(?:comments?|responses|replies)\W{0,3}$)/iu;

/**
 * Letters a comment thread's heading holds, in any case ("Comments", "LEAVE A REPLY", "34 responses",
 * "Join the conversation", "Discussion"): one cheap look before COMMENTS_HEADING. ✓ "Leave a Reply" ✗ "Sport"
 */
export const COMMENTS_GATE = /omment|eply|epli|espons|onversation|iscussion/i;

/**
 * A relative time stamp or a commenter's line, as teaser lists and comment
 * threads print them. ✓ "32M ago" "16 hours ago on iOS Blog" "updated 16M ago" "jbaxt says:"
 * ✗ "Two hours ago, the police said" (a sentence goes on)
 */
export const RELATIVE_TIME = /^(?:(?:updated\s)?\d{1,3}\s?(?:[smhd]|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\.?\sago(?:\s(?:on|in)\s[^,.]{1,30})?|\S{1,30}(?: \S{1,20})? says:)$/i;

/**
 * A stamp a date-line reader cannot date (no year, or no date at all), a
 * comment count, a "Posted by" line.
 * ✓ "Updated" "Posted Nov 18, 8:19 PM" "Updated Nov 19, 9:41 AM;" "/0 Comments/in Promotion /by admin" "12 comments"
 * ✗ "Updated rules take effect in May" (a sentence goes on: more than a date's words)
 */
export const STAMP_LINE = /^(?:(?:last |first )?(?:updated|published|posted|modified|edited)(?: on| at| by)?:?(?: [\w,:.;/ ]{1,36})?|.{0,30}(?:^|\W)\d{1,6}\s?comments?\b.{0,40})$/i;

// ---------------------------------------------------------------- headline evidence (src/rules/headline.ts)

/**
 * A player's button that names its channel (case-sensitive: the channel's words are capitalised).
 * Read with CALL_TO_ACTION by `isCallToAction` (src/lib/text.ts).
 * ✓ "Watch CBSN Live" "Listen to Radio Five LIVE" "Watch NBC 5 Live"
 * ✗ "Watch the eclipse live" "Watch Live" (clutter of its own) "Watch CBSN Live: storms hit Texas"
 */
export const PLAYER_BUTTON = /^(?:Watch|Listen)(?: to)?(?: [A-Z0-9][\w+&.'-]*){1,3} (?:Live|LIVE)$/;

/**
 * A call to action or a site notice: never a headline.
 * ✓ "Share All sharing options for: ..." "Sign up for our newsletter" "We use cookies to ..." "Read More »»" (at the end)
 *   "Submit Photos and Videos"
 * ✗ "Shares fall as oil slides" "Watch makers cut jobs" "Submarine crew rescued off the coast"
 */
export const CALL_TO_ACTION =
  /^(?:share (?:this|on|via|all|the)|tweet (?:this|on)|subscribe\b|sign (?:up|in)\b|log ?in\b|register (?:now|here|for)|download (?:our|the|now)|click (?:here|to|for)|tap (?:here|to)|(?:got|have) a (?:news )?tip|submit (?:a |an |your )?(?:photos?|videos?|news|story|stories|tips?|complaint|letters?|events?|obituar)|contact (?:us|our)|like us on|follow (?:us|[A-Z]\S*(?: [A-Z]\S*){0,3} on)\b|have your say|read (?:more|the full)\b|follow us\b|get (?:the|our) (?:app|newsletter)|accept (?:all|cookies)|we use cookies|skip to\b|back to (?:top|gallery|home)|view (?:all|more|comments|gallery)|see (?:all|more)\b|load more|show more|advertisement\b|sponsored\b|you are (?:at|here))|newsletter|cookies?\b|privacy policy|terms of (?:use|service)|read more\W{0,4}$/i;

/**
 * A ticker or live-blog prefix before a headline of another story.
 * A ranked item of a most-read list counts too.
 * ✓ "BREAKING | Sonia Gandhi gives nod ..." "Just in: ..." "Trending: ..." "WATCH | ..." "01 Metro rail delays power tariff hike"
 * ✗ "UPDATE 2-Oil prices fall" (a Reuters headline) "Breakingviews: ..." (a column name) "10 things in tech you need to know today"
 */
export const TICKER_PREFIX = /^(?:breaking(?: news)?|just in|trending(?: now)?|flash|ticker|latest(?: news)?|top stories|watch|video|live|listen|podcast)\s{0,2}[:|–—]|^0\d\s\p{Lu}|^\d{1,2}[.)]\s\p{Lu}/iu;

/** A ticker's or a player's label with a bar: an embed, not the story's. ✓ "WATCH | City council announces ..." "LIVE | ..." ✗ "Watch makers cut jobs" */
export const EMBED_LABEL = /^(?:breaking(?: news)?|just in|watch|video|live|listen|podcast|read|also read|read more|explained|opinion)\s{0,2}\|/i;

/**
 * A social post embedded in a story: its text with a picture link, its
 * attribution, its header. ✓ "Roads closed until further notice #Update pic.twitter.com/euAq" "— Amara Malik (@sofia15) October 10, 2024"
 * "Post by @lucas_siddiqui" "1,204 votes" ✗ "The minister posted on X on Monday."
 */
export const SOCIAL_EMBED = /pic\.twitter\.com\/|https?:\/\/t\.co\/|^[—–-]\s?\p{Lu}[^()]{1,60}\(@\w{1,30}\)|^(?:post|tweet|video|photo) by @\w{1,30}$|^[\d,.]{1,12}\s?votes?$/iu;

/** A bracketed image note, a caption's mark wherever it stands. ✓ "[Image for representational purpose only]" "[Photo: AP]" "[File photo]" ✗ "[File]" */
const IMAGE_NOTE = String.raw`\[(?:image|photo|picture|file photo)\b[^\]]{0,80}\]`;

/**
 * A photo credit in a caption, which stamps the whole line a caption.
 * ✓ "Traders walk through a flooded street. | Photo Credit: Special Arrangement" "Fishermen queue at a fuel station. Photo: AP"
 *   "Image credit: iStock" "PTI Photo" "Photo: X/@citydesk" "... on Saturday. Picture: Supplied"
 *   "Jane Doe Submitted photo" (a mugshot's name and credit) "Police at the site. [Image for representational purpose only]"
 *   "The house on the square.Jane Doe / Reuters file" "Photograph: Jane Doe"
 * ✗ "The photo showed the minister at the site." (no credit's colon) "Readers sent in a submitted photo."
 */
export const PHOTO_CREDIT = new RegExp(`${IMAGE_NOTE}|` + String.raw`(?:^|[\s(|])(?:photo(?:graph)?|image|picture|pic)(?: credit)?s?\s?:\s?\S|\s\/\s(?:ap|reuters|afp|epa)(?: file)?$|\bimage credit\s?:|\b(?:getty images|ap photo|afp photo|pti photo|ians photo|reuters photo|file photo)\b|\/getty\b|\b(?:submitted|courtesy|contributed|handout|supplied) (?:photo|image|picture)s?$`, "i");

/**
 * The words of PHOTO_CREDIT_GATE, after its word start (joined into NOTICE_OR_PHOTO_GATE as well). Every
 * word PHOTO_CREDIT reads opens at a word start: after the line's start, a space, "(", "|" or "/", or
 * after a word of its own ("ap photo").
 */
const PHOTO_GATE_WORDS = "photo|pic|image|getty";

/**
 * A case-blind pattern of `words` ("|" between them; a word may end with pattern syntax: "images?$") at a
 * word start, the words grouped by their first letter ("c(?:ookie|ontribution|ommitted)"): the engine tries
 * each word start against one branch a letter instead of every word. The form of the word gates below.
 */
function atWordStart(words: string): RegExp {
  const groups = new Map<string, string[]>();
  for (const word of words.split("|")) groups.set(word[0]!, [...(groups.get(word[0]!) ?? []), word.slice(1)]);
  return new RegExp(`\\b(?:${[...groups].map(([letter, tails]) => `${letter}(?:${tails.join("|")})`).join("|")})`, "i");
}

/**
 * The words PHOTO_CREDIT cannot match without, in any case, at a word start, as one cheap look before
 * it (one scan of the line). ✓ "Photo: AP" "IMAGE CREDIT: REUTERS" "(Pic: Supplied)" "Getty Images" ✗ "Oil prices fell"
 */
export const PHOTO_CREDIT_GATE = atWordStart(PHOTO_GATE_WORDS);

/**
 * The words of PHOTO_CREDIT_WORD, after its word start (joined into NOTICE_OR_PHOTO_WORD as well): "image" and
 * "picture" anywhere, for a bracketed note ("[Image for representational purpose only]").
 */
const PHOTO_WORDS = "photo|getty|image|picture";

/**
 * The words PHOTO_CREDIT cannot match without on a line with no colon (there only its credit phrases,
 * "AP Photo", "Getty Images", "/getty", "Courtesy image" at the line's end, a bracketed image note, can match), in
 * any case, at a word start: a narrower look than PHOTO_CREDIT_GATE, and a cheaper one. (A credit after a slash,
 * "Jane Doe / AP file", is looked for by where its slash stands: mayEndWithAgencyCredit.)
 * ✓ "PTI PHOTO" "Alex Wong/Getty" "Jane Doe courtesy image" "[Image for representational purpose only]"
 * ✗ "Oil prices fell" "A pic of the port" "telephoto lens"
 */
export const PHOTO_CREDIT_WORD = atWordStart(PHOTO_WORDS);

/** What separates a page title from the site's name: " | ", " - ", " – ". ✓ "Oil slips | Example News" ✗ "Coca-Cola" */
export const PAGE_TITLE_SPLIT = /\s[|–—-]\s/;

/**
 * The marks of a photo caption in words alone, no bracket, colon, slash or parenthesis: the one part of
 * CAPTION_MARK (built from it) a line without any of those four can match.
 * ✓ "A protester outside parliament. Getty Images" "representational image" ✗ "Getty Center reopens"
 */
export const CAPTION_MARK_WORDS = /\b(?:getty images|ap photo|afp photo|pti photo|ians photo|representational (?:image|purpose)|representative image)\b/i;

/**
 * The marks of a photo caption or credit anywhere in a line.
 * ✓ "... near the bridge. [Image for representational purpose only]" "File: Jane Doe" "Photo: AP" "REUTERS/Brendan McDermid"
 *   "Kevin King (left) and his colleague Timothy Weeks" "Kathrin Ziegler/Getty"
 * ✗ "Oil slips as supply worries ease" "Photographers gather outside the court"
 */
export const CAPTION_MARK = new RegExp(
  `${IMAGE_NOTE}|` +
    String.raw`(?:^|[\s(\[])(?:file|photo|image|picture|credit|courtesy)(?: photo)?\s?:\s|` +
    CAPTION_MARK_WORDS.source +
    String.raw`|\b(?:reuters|afp|epa|pti|ians|xinhua)\/[a-z]|\/(?:getty|reuters|afp|ap|epa)\b|\((?:left|right|centre|center|top|bottom|from left|l|r)\)`,
  "i",
);

/**
 * A web or e-mail address inside a line, or a domain alone: a site's name or contact, not a title.
 * ✓ "AS - www.autoracing.com.br" "Read at https://example.com" "smithsonian.com"
 * ✗ "Amazon.com to cut 14,000 jobs" (a company named for its domain, no "www." or scheme)
 * (An e-mail address is found by the one character before its "@": a test matches the same lines as
 * with the whole name, `[\w.+-]{1,40}@`, which made the engine read up to 40 characters at every position.)
 */
export const WEB_ADDRESS = /\bwww\.|https?:\/\/|^[a-z0-9-]{2,30}(?:\.[a-z0-9-]{2,30}){0,2}\.(?:com|org|net|info|news|co|in|pk|ae|qa|uk|au|br|de|fr|it|es|jp|cn|ru|za|ng|ke)$|[\w.+-]@[\w-]{1,40}\.[\w.]{2,12}/i;

/**
 * A byline or credit that the byline pattern does not read: "By" with a handle
 * or a dash, a lone "By", or "Name Surname, Outlet" where the outlet names a
 * medium or a reporter's job (or is written in capitals).
 * ✓ "By Chaim Gartenberg@cgartenberg" "By Staff Reports -" "By" "Charlie Wood, Business Insider" "Tom Krisher, Ap Auto Writer"
 *   "Meg Kinnard and Errin Haines, Associated Press" "Tom Davies Associated Press" "Catherine Shu @catherineshu / 2 days" "By admin - 2018-09-16"
 * ✗ "By the numbers: oil's slide" "Dollar Stuck, CPI Offers Little Direction" (no medium named)
 */
export const CREDIT_SHAPE = /^(?:\p{Lu}[\p{L}.'’-]{1,20}(?: \p{Lu}[\p{L}.'’-]{0,20}){1,2} (?:Associated Press|Reuters|AFP|Bloomberg|The Associated Press)|\p{Lu}[\p{L}.'’-]{1,20}(?: \p{Lu}[\p{L}.'’-]{0,20}){1,2} @\w{2,30}.{0,30}|(?:by|By|BY) \S{2,30} [-–|] .{0,30}|By|BY|(?:By|BY|by)\s\p{Lu}[\p{L}.'’ @|,-]{1,60}|\p{Lu}[\p{L}.'’-]{1,20}(?: \p{Lu}[\p{L}.'’-]{0,20}){1,2}(?: (?:and|&) \p{Lu}[\p{L}.'’-]{1,20}(?: \p{Lu}[\p{L}.'’-]{0,20}){1,2})?, ?(?:\p{Lu}[\p{L}.&'’-]{0,20} ){0,3}(?:[Pp]ress|[Nn]ews|[Tt]imes|[Pp]ost|[Ii]nsider|[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Bb]ureau|[Aa]gency|[Jj]ournal|[Hh]erald|[Tt]ribune|[Mm]agazine|[Dd]aily|[Ww]ire|[Mm]edia|[Ss]taff|[Cc]olumnist|[Cc]ontributor|Reuters|Bloomberg|AP|AFP)(?: \p{Lu}[\p{L}.&'’-]{0,20}){0,3}|[\p{Lu}.'’-]{2,20}(?: [\p{Lu}.'’-]{2,20}){1,2}, ?[\p{Lu}.&'’-]{2,20}(?: [\p{Lu}.&'’-]{2,20}){0,3})$/u;

/** A line that opens with "By" and a space: a byline, never a photographer's credit. ✓ "By Jane Doe, Reuters" ✗ "Byron Bay" */
export const BY_START = /^by\s/i;

/** A line that opens with an English article, as standfirsts do and headlines rarely. ✓ "The gunfight started ..." "A man was ..." ✗ "Theresa May resigns" */
export const ARTICLE_START = /^(?:The|A|An) \p{Ll}/u;

/**
 * A space, then "(" or a dash, within 47 characters of the cursor (set 48 characters before a line's end):
 * where a credit glued to a line's last sentence may open (src/stages/04-measure.ts). One native look
 * before the measurer reads the line's last characters one by one. Sticky, a bounded lazy prefix.
 * ✓ "... on her birthday. (ANI)" "... entourage. – Emirates News Agency, WAM" ✗ "Oil slips as supply worries ease"
 */
export const GLUED_CREDIT_OPEN = /[^]{0,45}? [(–—-]/y;

/**
 * A title or summary the site cut short: after a comma, or after a word and a space (an ellipsis a writer puts
 * ends a word: "and then…").
 * ✓ "Two people in China have been diagnosed with the plague,..." "Jury rules for half of 21 plaintiffs in suit …"
 * ✗ "He paused... then went on." "And then…"
 */
export const TEASER_CUT = /(?:,\s?|\s)(?:\.{3}|…)$/;

/**
 * A ranked list glued on one line by a scraper: "1", a title, "2", a title, "3", a title ... (a most-read box).
 * ✓ "1 Photo sparks conspiracy theories 2 Aides left notes for staff 3 Guards to be charged" "1 120-year-old photo ... 2 ..."
 * ✗ "1 dead, 2 injured as bus overturns" "1.5 million people voted in 2 rounds"
 */
export const GLUED_RANKED_LIST = /^1\.? [\p{Lu}\d'"‘“].*? 2\.? [\p{Lu}\d'"‘“].*? 3\.? [\p{Lu}\d'"‘“]/u;

/**
 * A link's or a control's mark: an arrow at the end (a link, "jump down", "refresh"), a tick (a
 * control's done state), a plus or minus sign after a space, or an emoji after a word and a space (a control that
 * opens, zooms or alerts: a sentence that ends with an emoji has its full stop or mark before it), an emoji or an
 * arrow at the start. A link or a button, not a title.
 * ✓ "Read the e-paper ›" "Minuto a minuto ›" "📱 Get the app" "◀ Prev" "Jump to comments ↓" "Tap to refresh ↻"
 *   "Link copied ✓" "Show all results +" "Zoom out −" "Create a job alert 🔔"
 * ✗ "Oil slips as supply worries ease" "Acme Widget™" "We hope to see you soon! 🙂"
 */
export const LINK_MARK = /^(?:\p{Extended_Pictographic}|[◀▶▸◂‹«]\s)|(?:[›»→⟶▸▶▾▼↓↑↻⟳✓✔−]|(?<=[\p{L}\p{N}])\s(?![©®™])\p{Extended_Pictographic})\s{0,2}$|\s\+$/u;

/**
 * A promotion, a notice or a question to the reader, as sites print them
 * around a story: imperative verbs of selling and signing up, event and
 * sponsor labels. Never another story's title (teasers) or a section.
 * ✓ "Continue with a subscription: Rs 199 a month" "Was this article helpful?" "EVENT | Startup Pitch Night" "Powered by NewsDesk CMS"
 *   "Type your search and press Enter" "Press Enter to search" (a search box's prompt)
 * ✗ "Oil slips as supply worries ease" "Support for the plan grows in parliament" "Type 2 diabetes: the search for a cure"
 */
export const PROMO_LINE =
  /^(?:get|give|gift|book|continue|download|install|join|subscribe|sign up|register|already a (?:subscriber|member)|write to us|buy|shop|try|claim|unlock|upgrade|become|donate|enter|share your|tell us|send us|support (?:our|independent|quality)|read (?:the|our|this|today)|available on|powered by|registered in|was this|found an|we value|your privacy|before you go|free articles|why you can trust|event|webinar|sponsored|advertisement|promoted|partner content|type (?:your |here |to |and )*(?:search|keywords?)|type and (?:hit|press) enter|(?:press|hit) (?:enter|return))\b/i;

/**
 * How a site's consent notice opens: such a notice may run to several sentences (what is tracked, how to
 * opt out, when the policy changed), longer than NOTICE_LINE's lines, and is clutter all the same.
 * ✓ "We use cookies and other tracking technologies to improve your browsing experience on our site, ..."
 *   "By registering you become a member of the ... family of sites and you have read and agree to the Terms of Use, ..."
 *   "We and our partners store and/or access information on a device, such as cookies, ..."
 * ✗ "We use information from satellites to track the storms, the director said, ..." "By Monday the river had risen ..."
 */
export const CONSENT_NOTICE_OPENING = /^(?:we use cookies\b|we and our (?:\d+ )?partners (?:use|store|process)\b|this (?:web)?site uses cookies\b|by (?:using|continuing to use|clicking|registering|signing up|subscribing)\b[^.]{0,80}\b(?:agree|accept|consent|acknowledge)|we value your privacy\b)/i;

/**
 * A paywall's or a member wall's notice in Japanese, Korean or Chinese: members only, a paid article, free
 * articles left, free registration. ✓ "この記事は会員限定です。" "이 기사는 유료 회원 전용 콘텐츠입니다." "付費會員專屬"
 */
export const CJK_MEMBER_NOTICE = /会員限定|有料記事|有料会員|無料会員|無料記事|残り\d+本|유료 회원|무료 기사|구독하기|회원 전용|付費會員|付费会员|会员专享|會員專屬/;

/**
 * A site notice or promotion written as a sentence: consent and cookie
 * notices, sign-up and donation appeals, legal small print, player and
 * gallery controls. Clutter wherever it stands, also between paragraphs.
 * ✓ "By using this website, you agree to our Privacy Policy and Terms of Use." "Don't miss Morning Brief, free to your inbox every Friday."
 *   "If you value what we do, please consider a monthly contribution." "Video player is loading." "View gallery (4 photos)"
 *   "What do you think of this story?" "Loading more stories…" (a widget's question to the reader, a loader's state)
 *   "Utilizamos cookies propias y de terceros ..." "Wij gebruiken cookies ..." "Accetta i cookie o abbonati" (consent
 *   notices in other languages) "We may earn a commission from links on this page." (an affiliate disclosure)
 * ✗ "The regulator said users must agree to new privacy rules by June." (no notice's phrase)
 *   "\"Let us know what you think,\" the minister said." "Dock workers were loading more containers on Monday."
 */
export const NOTICE_LINE =
  /\b(?:(?:utilizamos|usamos|utilizziamo|usiamo|wij gebruiken|we gebruiken|używamy|kami menggunakan|nous utilisons|wir verwenden|wir nutzen)(?: \S+){0,3} cookies?|(?:maakt|maken) gebruik van cookies|(?:accett|acept|aceit|akzeptier|accepte|akceptuj)\S* (?:\S+ ){0,2}cookies?|\d{2,4} (?:partnerami|partnern|partenaires|socios|parceiros)|(?:may )?earns? (?:a )?commission|affiliate links?|privacy notice has changed|leitores como voc(?=ê)|precisa do seu apoio|necesita (?:tu|su) apoyo|erhalten eine provision|enlaces de afiliados|link di affiliazione|(?:akkoord|d'accord|einverstanden|de acuerdo|d'accordo) (?:\S+ ){0,4}cookies?|you (?:agree|accept|consent) to|(?:we|site) uses? cookies|readers like you|every contribution|free articles?|the essential (?:news|stories|briefing)|(?:store|access) information on your device|our \d{1,4} partners|is committed to accuracy|video can ?not be (?:played|loaded)|unlimited (?:digital )?access|internet explorer|your browser|upgrade your browser|(?:chrome|safari|firefox) (?:safari|firefox|chrome|edge)|video can ?not be played|what are you looking for|search (?:news|topics|stories|articles|the site)|cookie (?:settings|policy|preferences)|privacy (?:policy|choices|settings)|terms (?:of|and) (?:use|service|conditions)|by signing up|sign up (?:now|for free|to (?:our|get|receive))|subscribe (?:now|to (?:our|the))|free to your inbox|in your inbox|monthly contribution|relies on readers|please consider (?:a |supporting|donating)|not responsible for the content|without (?:prior )?written permission|remove ads|report an error|found an error|video player is|scroll to continue|view gallery|what do you think (?:of|about) (?:this|our) (?:story|article|report|page|site|website|app|coverage)|how did (?:this|the) (?:story|article|report) make you feel|^(?:tell|let) us (?:what you think|know what you think)|loading (?:more )?(?:stories|articles|comments|content|news)|went wrong (?:while )?loading)\b/i;

/**
 * A gallery's, a slideshow's or a player's counter, or a player's speed. ✓ "Photo 1 of 4" "16 / 17" "6/6" "14 photos"
 * "Image 3 of 12" "Image 1 of / 4" "0:00 / 2:32" "1.5x" "Speed 1×" ✗ "16 killed in 3 attacks" "3x3"
 */
export const GALLERY_COUNTER = /^(?:(?:photo|image|picture|slide)s?\s)?\d{1,3}\s?(?:\/|of|of \/)\s?\d{1,3}$|^\d{1,3} (?:photos|images|pictures|slides|videos)$|^\d{1,2}:\d{2}(?::\d{2})?\s?\/\s?\d{1,2}:\d{2}(?::\d{2})?$|^(?:speed:?\s)?[0-2](?:[.,]\d{1,2})?\s?[x×]$/i;

/**
 * An author's note after the story: the name, then a reporter's job or beat.
 * ✓ "Lucas Okafor is a Mumbai-based journalist who covers energy." "Olivia Nguyen writes on markets for Savanna Post."
 * ✗ "Smith, a veteran journalist, said on Monday ..." (the name is not followed by "is a ... journalist")
 */
export const AUTHOR_NOTE = /^\p{Lu}[\p{L}'’.-]{1,20}(?: \p{Lu}[\p{L}'’.-]{1,20}){1,3} (?:is an? (?:[\p{L}-]+ ){0,4}(?:journalist|correspondent|reporter|writer|editor|columnist|contributor|freelancer)|writes (?:on|about|for) )/u;

/** A temperature: a number and a degree sign. ✓ "31°C New York" "29° / 23°" "-4 °F" ✗ "a 360-degree turn" "45 degrees" */
export const TEMPERATURE = /\d\s?°/;

/** A one-letter button of a widget, with its "+" or "-" ("A", "A+", "A-"). ✓ "A" "A+" ✗ "An" "I'm" */
export const SINGLE_LETTER_BUTTON = /^\p{L}[+\-–]?$/u;

/** A digit anywhere. */
export const DIGIT = /\d/;

/** What parts the segments of a widget's row of values: " · " or " | ". ✓ "Senate: Dem 49 · Rep 49" */
export const SEGMENT_SEPARATOR = / [·|] /;

/**
 * A label and its number alone on a line, as a widget's counter prints it.
 * ✓ "Votes counted: 33%" "Turnout: 61.2 %" ✗ "Sensex falls 500 points" "Brexit: the final vote"
 */
export const LABELLED_NUMBER = /^[\p{L}][\p{L} ]{1,30}: ?[+\-−]?\d[\d.,]* ?%?$/u;

/** A numeric token: "2", "7.11", "271/4", "(57)", "72,104", "0.4%". */
export const NUMERIC_TOKEN = /^[(\[]?[+▲▼↑↓-]?\d[\d.,/:'%]*[)\]]?$/;

/** What separates items a scraper glued on one line: two spaces or more, a bar, a middle dot. ✓ "Copy link  Facebook" "Share | Tweet" */
export const GLUED_ITEMS = /\s{2,}|\s*[|·]\s*/;

/** The words of NOTICE_GATE, after its word start (joined into NOTICE_OR_PHOTO_WORD and NOTICE_OR_PHOTO_GATE as well). */
const NOTICE_WORDS = "you |cookie|contribution|committed|commission|privacy|permission|partner|subscri|sign up|scroll|search|inbox|error|essential|explorer|video|gallery|remove ads|responsible|browser|article|access|affiliate|looking for|loading|free to|provision|enlaces|link di|leitores|apoio|apoyo";

/**
 * A word that opens most NOTICE_LINE phrases, at a word start: a cheap look
 * before the long pattern. Phrases that business copy also prints ("terms and
 * conditions", "relies on readers") have no word here, so they never make a
 * line a notice. ✓ "You have 3 free articles left" ✗ "Oil prices fell on Tuesday"
 * (The words are grouped by their first letters, atWordStart: it runs on every line up to 300 characters.)
 */
export const NOTICE_GATE = atWordStart(NOTICE_WORDS);

/**
 * NOTICE_GATE and PHOTO_CREDIT_WORD in one pattern, and NOTICE_GATE and PHOTO_CREDIT_GATE in
 * another (for a line with a colon): a short line is asked for a photo credit and for a notice,
 * and one scan finds whether either family's telltale stands in it. Most lines hold neither,
 * and then neither family's own gate is run. Every word of both families opens at a word start,
 * so the pattern looks for one there and then for the words of both (the engine tests the word
 * start once a position, and the photo words only where it holds).
 * ✓ "You have 3 free articles left" "PTI Photo" ✗ "Oil prices fell on Tuesday"
 */
export const NOTICE_OR_PHOTO_WORD = atWordStart(`${NOTICE_WORDS}|${PHOTO_WORDS}`);
/** See {@link NOTICE_OR_PHOTO_WORD}. ✓ "Image credit: Reuters" ✗ "Oil prices: a slide" */
export const NOTICE_OR_PHOTO_GATE = atWordStart(`${NOTICE_WORDS}|${PHOTO_GATE_WORDS}`);

/**
 * An author box's heading: "About" (in several languages) and a person's name of two to four capitalised words,
 * the name captured. ✓ "About Jane Doe" "Sobre Ana Lima" "Über Jan Becker" ✗ "About the island" "Over the years"
 */
export const ABOUT_NAME = /^(?:[Aa]bout|ABOUT|[Ss]obre|[Üü]ber|[Àà] propos de|[Aa]cerca de|[Oo]ver|[Oo]m) (\p{Lu}[\p{L}.'’-]{0,20}(?: \p{Lu}[\p{L}.'’-]{0,20}){1,3})$/u;

/**
 * A word that addresses the reader or speaks for the site, as a site's notice does and a story's sentence rarely does,
 * in English and in the languages of NOTICE_LINE's consent phrases. ✓ "you" "Our" "we" "utilizamos" "wij" ✗ "young" "ours-"
 */
export const READER_WORD = /\b(?:you|your|yours|we|our|us|utilizamos|usamos|nuestr[oa]s?|utilizziamo|usiamo|nostr[oaie]|wij|onze|używamy|nasz\w*|kami|anda|nous|notre|nos|vous|votre|wir|unser\w*|nosso|nossa|puoi|tuo|tua|tuoi|tue|vostr[oaie]|je|jouw|twoj\w*|twoją|twój|ihnen|usted|tus|podemos|voc(?=ê)|seu|sua|tu|su)\b/iu;

/** A sponsor's credit under a promoted item: "Brand | Promoted". ✓ "HealthyLiving Today | Promoted" ✗ "Sanaullah Ataullah | The Peninsula" */
export const SPONSOR_CREDIT = /\|\s?(?:promoted|sponsored|advertisement|ad|paid (?:content|post)|partner content)$/i;

/** A run of characters that are neither letters nor digits: what folding a title for comparison squashes. ✓ "': " in "'We Got Her!': Video" */
export const NON_WORD_RUN = /[^\p{L}\p{N}]+/gu;

/** A line whose first word is all lower-case letters (of a script with case). ✓ "switch to the UK edition" "more from sport" ✗ "iPhone sales slow" "Oil slips" */
export const LOWER_WORD_START = /^\p{Ll}+(?:[\s,:]|$)/u;

/** Share buttons glued into one line with their labels. ✓ "Share to LinkedInLinkedInShare to FacebookFacebook" ✗ "Share to rise as profits beat forecasts" */
export const SHARE_BUTTONS = /^(?:share (?:to|on|via|with) [\p{L}+.-]+\s?){2,}$/iu;

/**
 * Page clutter, as data. A line is compared in lower case with its trailing
 * punctuation, arrows and spaces removed (see `clutterKey` in
 * src/lib/text.ts). Structural rules in src/stages/04-assign.ts catch what
 * these lists miss. Add what your sites print; keep entries lower case.
 *
 * @module
 */

const words = (s: string): string[] => s.split("|").map((w) => w.trim().toLowerCase()).filter(Boolean);

/**
 * A control's words, alone on a line: a widget's button, never a line of the story. Clutter
 * (CLUTTER_LINES holds them all), and what tells a widget inside the story from a subheading: a
 * short line over one of these (or over a link) is the widget's title ("Saved to your list" over
 * "Undo").
 */
export const CONTROL_LINES: ReadonlySet<string> = new Set(words(`
undo|redo|retry|try again|reload|refresh|go back|leave|zoom in|zoom out|keyboard shortcuts|
play now|start the quiz|start quiz|next question|show answer|see results|view results
`));

/**
 * The buttons of a prompt a site prints over the page (install our app, share your location, confirm your age,
 * show sensitive content, reconnect): the line right above such a button is the prompt, never a headline
 * (the headline rule `over-a-prompt`). Clutter lines too ({@link CLUTTER_LINES} includes them). Keys as clutterKey makes them.
 */
export const PROMPT_BUTTONS: ReadonlySet<string> = new Set(words(`
not now|maybe later|later|no thanks|no, thanks|install|install app|install now|open app|add to home screen|
try again|retry|reload|reconnect|show content|show anyway|view anyway|go back|allow|block|deny|don't allow|
use my location|enable notifications|turn on notifications|dismiss|got it|cancel|
accetta|accetto|accetta tutto|rifiuta|rifiuta tutto|aceptar|acepto|aceptar todo|rechazar|aceitar|aceito|rejeitar|
akzeptieren|alle akzeptieren|ablehnen|accepter|tout accepter|refuser|tout refuser|accepteren|alles accepteren|weigeren|
akceptuję|zaakceptuj|odrzuć|setuju|tolak|kabul et|kabul ediyorum|reddet|đồng ý|từ chối|同意する|동의|동의합니다
`));

/**
 * The headings of an author box below a story, in several languages (a key as clutterKey makes it): the
 * reporter's bio under them is no paragraph of the story. Clutter lines too ({@link CLUTTER_LINES} includes them).
 */
export const AUTHOR_BOX_HEADINGS: ReadonlySet<string> = new Set(words(`
about the author|about the authors|about the writer|about the reporter|the writer|author bio|biography|bio|
sobre o autor|sobre a autora|sobre el autor|sobre la autora|über den autor|über die autorin|
à propos de l'auteur|à propos de l’auteur|over de auteur|o autorze|informazioni sull'autore|l'autore
`));

/** Whole lines that are always clutter (share bars, ad slots, reading aids, menus), the controls' words and the author boxes' headings among them. */
export const CLUTTER_LINES: ReadonlySet<string> = new Set(words(`
share|share this|share this article|share this story|share on facebook|share on twitter|share on whatsapp|
share on linkedin|share on google+|share on telegram|share via email|share via|tweet|email|e-mail|whatsapp|
facebook|twitter|linkedin|telegram|pinterest|reddit|copy link|link copied|copy url|print|print this|
print article|print this article|comments|comment|comments (0)|0 comments|leave a comment|post a comment|
advertisement|advertisment|sponsored|sponsored content|ad|ads|promoted|promoted content|story continues below|
story continues below advertisement|continue reading below|article continues below|scroll to continue|
text size|font size|a+|a-|aa|listen|listen to this article|listen to article|play|pause|audio|
save|saved|bookmark|follow|follow us|subscribe|subscribe now|sign up|sign in|log in|login|register|
newsletter|newsletters|sign up for our newsletter|subscribe to our newsletter|get the newsletter|
download our app|download the app|get the app|open in app|read in app|join our whatsapp channel|
join our telegram channel|follow us on google news|follow us on twitter|follow us on facebook|
learn more|back to top|back to top button|top|home|menu|close|search|settings|appearance|light|dark|
loading|loading...|skip to content|skip to main content|previous|next|previous article|next article|
previous post|next post|prev|more|less|show more|show less|view all|see all|view more|load more|
source link|[ad_1]|[ad_2]|tags|tag|topics|categories|category|keywords|filed under|related topics|
image|photo|logo|video|watch|watch video|gallery|photo gallery|file photo|representative image|
representational image|reading time|min read|tv services|text news|tv programmes|live tv|e-paper|epaper|
watch live|listen live|live radio|live stream|livestream|watch now|listen now|live|live now|on air|
other links|privacy policy|terms of use|terms and conditions|contact us|about us|advertise with us|
disclaimer|legal disclaimer|all rights reserved|
unmute|mute|go|ok|okay|accept|accept all|decline|reject|reject all|i agree|agree|
manage preferences|manage cookies|manage consent|manage settings|manage options|more options|cookie settings|
anzeige|werbung|publicidad|publicidade|publicité|pubblicità|advertentie|reklama|reklam|iklan|mainos|annons|
реклама|إعلان|اشتہار|विज्ञापन|広告|광고|广告|廣告|quảng cáo|โฆษณา|embed|mag-subscribe|berlangganan|langganan|daftar|
stocks in this story|stocks in this article|stocks mentioned|companies in this story|related stocks|
l'articolo continua dopo la pubblicità|la suite après cette publicité|el artículo continúa después de la publicidad|
der artikel wird nach der anzeige fortgesetzt|scroll untuk melanjutkan membaca|lanjutkan membaca|continua a leggere|
abbonati|abonnez-vous|suscríbete|assine|abonnieren|đăng ký|masukkan alamat email|ilagay ang iyong email|personalizza|
submit|send|apply|done|continue|skip|skip ad|replay|fullscreen|
expand|collapse|x|×|messenger|more from the author|more from this author|
report an error|report a map error|remove ads|before you go|editorial guidelines|our standards|corrections policy|
play video|watch video|today's paper|todays paper|e-edition|print edition|subscriber exclusive|premium|
previous next|prev next|next story|previous story|up next|terms & conditions|terms|conditions|
sharing buttons|addthis sharing buttons|edit profile|sign out|log out|logout|my account|account|profile|
back to overview|zurück zur übersicht|volver|voltar|retour|flipboard|pocket|instapaper|sms|digg|tumblr|vk|
xing|youtube|instagram|tiktok|snapchat|rss|mail|print this page|
poll|quick poll|vote|votes|yes|no|not sure|can't say|cant say|don't know|undecided|maybe|results|view results|
have your say|enlarge image|enlarge|zoom|screen reader access|accessibility|high contrast|larger text|
sponsored|promoted|paid content|partner content|advertiser content|like us on facebook|follow us on x
`).concat([...CONTROL_LINES, ...AUTHOR_BOX_HEADINGS, ...PROMPT_BUTTONS]));

/**
 * "Read also" in the languages sites print it in, before a link to another story on the same line
 * ("Baca juga: ...", "Czytaj także: ...", "Leggi anche | ..."): each with the separators of READ_ALSO_SEPARATORS, a
 * clutter prefix ({@link CLUTTER_PREFIXES}). (English "Also read" lines are ALSO_READ_LINE's.)
 */
const READ_ALSO_LABELS: readonly string[] = words(`
leia também|leia mais|veja também|lee también|lea también|vea también|ver también|lire aussi|à lire aussi|
lesen sie auch|leggi anche|lees ook|baca juga|czytaj także|czytaj też|przeczytaj także|przeczytaj też|
ilgili haber|i̇lgili haber|bunu da okuyun|ayrıca okuyun|читайте также|läs också|les også|læs også|lue myös|đọc thêm|यह भी पढ़ें|اقرأ أيضا|اقرأ أيضًا
`);
/** What stands between a "read also" label and its link's title. */
const READ_ALSO_SEPARATORS: readonly string[] = [":", " :", " |", " -", " –", " »", " >"];

/** Line openings that mark clutter whatever follows ("Reading time 3 minutes", "Copyright © 2024 ..."), the "read also" labels among them. */
export const CLUTTER_PREFIXES: readonly string[] = words(`
share on |share via |share this on |share all sharing options|all sharing options|follow us on |join our |download our |download the |get the latest |subscribe to |
subscribe us on |sign up for |click here|tap here|reading time|read time|text size|also watch|
copyright|(c) |© |all rights reserved|legal disclaimer|disclaimer:|menafn provides|
for the latest |get latest |for more news|for all the latest|first published:|this article was first published|
this story was first published|this article first appeared|this story has not been edited|
(this story has not been edited|this is an auto-generated|(except for the headline|
except for the headline|catch all the|stay updated|view comments|comments are closed|
posted in |filed in |tags:|tag:|topics:|keywords:|categories:|category:|also watch:|watch:|listen:|map data |mag-subscribe |berlangganan |printed and published by |impressum|aviso legal|registrazione tribunale|
đăng ký nhận bản tin|nhập email
`).concat(READ_ALSO_LABELS.flatMap((label) => READ_ALSO_SEPARATORS.map((separator) => label + separator)));

/**
 * Syndication credits (SPEC.md section 8): never `source`, always furniture.
 * Matched as line openings: "(MENAFN- Khaleej Times)", "This article was first
 * published in Arab News".
 */
export const CREDIT_PREFIXES: readonly string[] = words(`
(menafn|( menafn|(menafn-|this article was first published|this article originally appeared|
originally published|this story originally appeared|republished with permission|courtesy:|courtesy of
`);

/**
 * Headings that open a teaser block after the story. The block is also found
 * by its structure (SPEC.md section 9); this list only lets a heading be
 * recognised when the block under it is empty or unusual ("Related Video"
 * with nothing after it, "Related Stories" then "No stories found."), or
 * when summaries under it read like the story's paragraphs. English first,
 * then the same headings as Portuguese, Spanish, French, German, Italian,
 * Dutch and Indonesian sites print them.
 */
export const TEASER_HEADINGS: ReadonlySet<string> = new Set(words(`
more news|more stories|more from|related|related news|related stories|related articles|related posts|
related video|related videos|related links|related content|related coverage|read more|read also|also read|you may also like|you might also like|
recommended|recommended for you|trending|trending now|trending news|top stories|latest news|latest stories|
latest|popular|most read|most popular|don't miss|dont miss|must read|editor's picks|in other news|
more on this|more on this story|see also|similar stories|other news|also in news|from the web|top news|
more like this|more stories like this|more stories like this one|stories like this|you may also be interested in|
você pode gostar|você também pode gostar|veja também|leia também|notícias relacionadas|posts relacionados|
artigos relacionados|mais lidas|mais lidos|te puede interesar|también te puede interesar|lee también|
noticias relacionadas|artículos relacionados|lo más leído|lo más visto|à lire aussi|lire aussi|
vous aimerez aussi|sur le même sujet|articles similaires|les plus lus|mehr zum thema|lesen sie auch|
das könnte sie auch interessieren|das könnte dich auch interessieren|ähnliche artikel|meistgelesen|
leggi anche|potrebbe interessarti|ti potrebbe interessare|articoli correlati|i più letti|lees ook|
gerelateerde artikelen|meest gelezen|baca juga|berita terkait|
death notices|family notices|funeral notices|necrologi|overlijdensberichten|avis de décès|
traueranzeigen|todesanzeigen|esquelas
`));

/** Teaser-block placeholders that give no teaser ("No stories found."). */
export const EMPTY_LIST_LINES: ReadonlySet<string> = new Set(words(`
no stories found|no related stories|no results found|no posts found|no articles found|nothing found|
no news found|no related posts|no related articles
`));

/** "see more.." style link lines that close a teaser or a story. */
export const LINK_LINES: ReadonlySet<string> = new Set(words(`
see more|read more|read full story|read the full story|read full article|continue reading|more|
full story|view story|read story|click here to read more|read the rest|keep reading|details
`));

/**
 * Desk labels often printed above the headline. Short title-case lines are
 * read as a section by structure too; this list lets one-word labels that
 * look like headlines ("News", "China") pass.
 */
export const SECTION_LABELS: ReadonlySet<string> = new Set(words(`
world|business|markets|energy|metals|economy|shipping|commodities|top news|business news|news|u.s.|us|
politics|sci/tech|science|technology|tech|sports|sport|entertainment|health|lifestyle|opinion|national|
international|world news|india|china|asia|africa|europe|americas|middle east|national news|
international news|local news|latest news|breaking news|crime|crime and justice|education|environment|
culture|arts|travel|weather|finance|money|city|states|nation|regional|newspaper|editorial|features
`));

/**
 * Words of site navigation and small print: a line that holds one is no
 * reporter's name ("Complaints Policy", "Press Council Code", "Play Video").
 */
export const NAV_WORDS: ReadonlySet<string> = new Set(words(`
policy|policies|code|council|terms|conditions|privacy|cookie|cookies|contact|about|careers|jobs|advertise|advertising|
subscribe|subscription|newsletter|newsletters|account|profile|login|help|support|feedback|corrections|standards|
sitemap|archive|archives|rss|video|videos|photo|photos|gallery|podcast|podcasts|live|watch|listen|play|menu|search|
home|news|sport|sports|edition|paper|e-paper|epaper|today|app|apps|download|share|follow|print|comments|more|next|previous
`));

/**
 * The page-template simulator (issue 12, part 5): a catalogue of the site
 * chrome that real news sites print around a story (menus, notices, tickers,
 * widgets, ad slots, promos, comment threads, footers ...), and
 * {@link wrapInChrome}, which wraps any page in some of it, above, inside and
 * below the story, the way a scraper keeps it: one visible block a line.
 *
 * Every wording here is invented for this file, in the style of sites in the
 * US, UK, India, Pakistan, the Gulf, Australia, Africa and Latin America; none
 * is copied from the corpus or the benchmark pages.
 *
 * What the catalogue promises (and test/chrome-simulator.test.ts checks): every
 * line is something a careful parser may treat as furniture. No `Source: X`
 * line, no wire dateline opening a line, no `By Name` byline, no sign-off such
 * as `(ANI)`, no name printed alone; no teaser list after the story (SPEC.md
 * section 9 would make that `moreNews`), so lists of other stories' titles are
 * placed above the story only and each of their lines carries a list mark or a
 * ticker label; and a block that can stand directly above the page ends with a
 * line that is chrome by its own wording (a link arrow, a price, a score, a
 * button such as `Accept`, `Search` or `Unmute`) or by the run it closes (a
 * share bar's last network, a menu's last item), never with a label standing
 * on its own that a reader could take for the section.
 *
 * ## The two halves (fixed before any parser ran on this catalogue)
 *
 * Each kind is in `tune` or `heldout`. The rule, {@link splitRule}: group the
 * kinds by their home zone (the first entry of `where`); within a group, order
 * them by the FNV-1a 32-bit hash of the name; the 1st, 3rd, 5th ... go to
 * `tune`, the 2nd, 4th ... to `heldout`. The result is written into each kind
 * literally and a test holds it there: a kind never moves between halves. A
 * kind added later must not reshuffle these; give it its own, later set.
 *
 * ## The fresh set
 *
 * `fresh` is such a later set: 13 kinds written on 2026-12-05, after the parser
 * was tuned, without running the parser on them. `npm run eval:chrome` scores
 * it last. Its first score, before any rule had seen it, is in docs/design.md,
 * with the general fixes its failures led to; it is no longer unseen.
 *
 * ## The fresh2 set
 *
 * `fresh2` is a fourth set, outside the split rule like `fresh`: 18 kinds (9
 * above, 4 inside, 5 below by home zone) written blind on 2026-12-05 by a
 * helper session acting as test author. It read only this file, its test
 * (test/chrome-simulator.test.ts), test/chrome.test.ts and
 * scripts/chrome-corpus.mjs: not the parser's source (src/), not
 * docs/design.md, not the changelog; and it never ran the parser on these
 * kinds. They are chrome none of the earlier sets prints (ad-blocker notices,
 * weather alerts, fuel prices, remittance rates, election tallies, power-cut
 * and flight status, live-blog controls, topic follows, stock cards, podcast
 * players, document downloads, odds, horoscopes, job boards, a terms-update
 * banner) and, for channel invites and donation asks, the same chrome in
 * Hindi, Arabic, Urdu, Bengali, Portuguese, Spanish, French, German and
 * Swahili. Not yet scored: its first score, whatever it is, is the honest
 * one, so record it before any rule is tuned on it.
 *
 * ## The fresh3 set
 *
 * `fresh3` is a fifth set, outside the split rule like `fresh` and `fresh2`:
 * 16 kinds (7 above, 4 inside, 5 below by home zone) written blind on
 * 2026-12-05 by a helper session acting as test author. It read only this
 * file, its test (test/chrome-simulator.test.ts), test/chrome.test.ts,
 * scripts/chrome-corpus.mjs, scripts/eval-chrome.mjs, scripts/eval-cut.mjs and
 * the example pages under fixtures/: not the parser's source (src/), not
 * docs/, the README or the changelog; and it never ran the parser on these
 * kinds. They are chrome none of the earlier sets prints (tide and sunrise
 * tables, air-quality boxes, translate-this-page bars, transit delay boards,
 * match centres for other sports, chart embeds, affiliate disclosures, death
 * notices, school-closure lists, publishers' imprints, TV guides) and, for
 * cookie walls, paywall meters, ad labels, "read also" links and newsletter
 * sign-ups, the same chrome in languages the earlier sets print little or
 * never (Italian, Dutch, Polish, Turkish, Indonesian, Japanese, Korean,
 * Chinese, Vietnamese, Thai, Tagalog, besides Spanish, Portuguese, German,
 * French, Arabic, Hindi and Urdu); most of the new chrome above has
 * non-English wordings too. First scored on 2026-12-05 (build 1510a21, before
 * any rule had seen it): fields 95.1% micro, 92.7% macro, exact 48.8%; it is
 * no longer unseen (docs/design.md says what its failures led to).
 */

/** A seeded source of numbers in [0, 1). */
export type Rng = () => number;

/** Which set of the catalogue a kind is in: one of the two halves, or a later set (see the module comment). */
export type ChromeSet = "tune" | "heldout" | "fresh" | "fresh2" | "fresh3";

/** Where a block may stand: before the page's first line, between body paragraphs, after its last line. */
export type Placement = "above" | "inside" | "below";

/** One kind of site chrome. */
export interface ChromeKind {
  /** Kebab-case name, unique in the catalogue. */
  readonly name: string;
  /** The half it belongs to (see the module comment); never changed once written. */
  readonly set: ChromeSet;
  /** Where it may stand; the first entry is its home zone, which the split rule groups by. */
  readonly where: readonly Placement[];
  /** Pinned to the top of the chrome above the story, or to the bottom of the chrome below it. */
  readonly pin?: "top" | "bottom";
  /** One block of this kind: its lines, each one visible block of the page, never empty. */
  make(rng: Rng): string[];
}

/**
 * mulberry32: a tiny, fast, seeded PRNG (32-bit state).
 *
 * @param seed - any integer; the same seed gives the same sequence
 * @returns a function giving numbers in [0, 1)
 * @example
 * const rng = mulberry32(1);
 * rng(); //=> 0.6270739405881613
 */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * FNV-1a, 32 bits, over the UTF-16 code units of a string.
 *
 * @param s - any string
 * @returns an unsigned 32-bit hash
 * @example
 * fnv1a("share-bar"); //=> a number in [0, 2 ** 32)
 */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// ---------------------------------------------------------------------------
// Drawing from the PRNG

const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
const chance = (rng: Rng, p: number): boolean => rng() < p;

/** The items in a random order (Fisher-Yates on a copy). */
function shuffled<T>(rng: Rng, xs: readonly T[]): T[] {
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** `n` distinct items; in their listed order half the time (sites keep menus in order), else shuffled. */
function some<T>(rng: Rng, xs: readonly T[], min: number, max: number): T[] {
  const n = Math.min(xs.length, int(rng, min, max));
  const chosen = shuffled(rng, xs).slice(0, n);
  return chance(rng, 0.5) ? xs.filter((x) => chosen.includes(x)) : chosen;
}

/** A number near `base` (within ±spread, as a fraction), with `digits` decimals and thousands commas. */
function near(rng: Rng, base: number, spread: number, digits = 2): string {
  const v = base * (1 + (rng() * 2 - 1) * spread);
  return v.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A percentage change with an arrow or a sign: "▲0.41%", "▼ 1.2%", "+0.40%". */
function change(rng: Rng): string {
  const up = chance(rng, 0.55);
  const v = (rng() * 2.4).toFixed(pick(rng, [1, 2]));
  return pick(rng, [`${up ? "▲" : "▼"}${v}%`, `${up ? "▲" : "▼"} ${v}%`, `${up ? "+" : "-"}${v}%`]);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** A calendar day in 2024-2026 (computed in UTC, so the weekday is right). */
function someDay(rng: Rng): { y: number; m: number; d: number; wd: number } {
  const t = Date.UTC(2024, 0, 1) + int(rng, 0, 365 * 3 - 1) * 86_400_000;
  const day = new Date(t);
  return { y: day.getUTCFullYear(), m: day.getUTCMonth(), d: day.getUTCDate(), wd: day.getUTCDay() };
}

/** "9:14 pm", "21:14", "09:14 AM". */
function clock(rng: Rng): string {
  const h = int(rng, 0, 23);
  const mm = String(int(rng, 0, 59)).padStart(2, "0");
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return pick(rng, [`${h12}:${mm} ${h < 12 ? "am" : "pm"}`, `${String(h).padStart(2, "0")}:${mm}`, `${String(h12).padStart(2, "0")}:${mm} ${h < 12 ? "AM" : "PM"}`]);
}

// ---------------------------------------------------------------------------
// Vocabulary (all invented)

const SITES = [
  "The Daily Meridian", "Morning Courier", "Gulf Sentinel", "Indus Chronicle", "Southern Cross Mail", "Savanna Post",
  "Harbour Ledger", "Capital Observer", "Deccan Lantern", "Rio Plata Gazette", "Highveld Tribune", "Midland Clarion",
];
const PUBLISHERS = ["Meridian Media Ltd", "Courier Publishing Group", "Sentinel Press LLC", "Chronicle Newspapers (Pvt) Ltd", "Southern Cross Publishing Pty Ltd", "Savanna Media Holdings", "Lantern Digital Pvt. Ltd."];
const FIRST = ["Priya", "Rahul", "Ayesha", "Bilal", "Fatima", "Omar", "Chloe", "Liam", "Thandiwe", "Sipho", "Chinedu", "Amara", "Mateo", "Valentina", "Grace", "Tom", "Mei", "Arjun", "Zainab", "Hamza", "Nomvula", "Kwame", "Sofia", "Lucas", "Olivia"];
const LAST = ["Raman", "Sharma", "Qureshi", "Siddiqui", "Al Mansoori", "Haddad", "Nguyen", "O'Brien", "Dlamini", "Okafor", "Mensah", "Fernández", "Silva", "Walker", "Chen", "Iyer", "Malik", "Khumalo", "Kapoor", "Nair", "Mwangi"];
const CITIES = [
  "New Delhi", "Mumbai", "Bengaluru", "Karachi", "Lahore", "Islamabad", "Dubai", "Abu Dhabi", "Doha", "Riyadh", "London", "Manchester",
  "Sydney", "Melbourne", "Brisbane", "Lagos", "Nairobi", "Johannesburg", "Cape Town", "Accra", "São Paulo", "Mexico City", "Buenos Aires",
  "Bogotá", "New York", "Chicago", "Dhaka", "Kolkata",
];

const site = (rng: Rng): string => pick(rng, SITES);
const person = (rng: Rng): string => `${pick(rng, FIRST)} ${pick(rng, LAST)}`;
const handle = (rng: Rng): string =>
  pick(rng, [`${pick(rng, FIRST).toLowerCase()}${int(rng, 7, 99)}`, `${pick(rng, FIRST).toLowerCase()}_${pick(rng, LAST).toLowerCase().replace(/[^a-z]/g, "")}`, `the_${pick(rng, ["real", "daily", "desi", "aussie", "naija"])}_${pick(rng, FIRST).toLowerCase()}`]);
const domain = (name: string): string => `${name.toLowerCase().replace(/^the /, "").replace(/[^a-z]+/g, "")}.com`;

const T_SUBJECT = [
  "City council", "Transport ministry", "Central bank", "Cricket board", "Port authority", "Water board", "High court", "State assembly",
  "National airline", "Telecom regulator", "Football federation", "Health department", "Election commission", "Metro rail", "Tax office",
  "University senate", "Provincial cabinet", "Power utility",
];
const T_VERB = ["approves", "delays", "announces", "rejects", "extends", "reviews", "unveils", "scraps", "defends", "backs", "pauses", "fast-tracks"];
const T_OBJECT = [
  "new bus routes", "fuel price cut", "flood relief package", "school timings", "fare revision", "student visa rules", "power tariff hike",
  "stadium upgrade", "plastic bag ban", "night market plan", "rent cap", "water rationing plan", "cross-border rail link", "exam schedule",
  "minimum wage rise", "ride-hailing rules",
];
const T_TAIL = ["", "", "", " after protests", " for 2026", " amid heatwave", " despite objections", ": what it means for you", " in landmark vote", " as costs soar"];

/** Another (invented) story's title. */
const storyTitle = (rng: Rng): string => `${pick(rng, T_SUBJECT)} ${pick(rng, T_VERB)} ${pick(rng, T_OBJECT)}${pick(rng, T_TAIL)}`;

/** Lines that close a block with an unmistakable link: an arrow or a call to action. */
const SEE_ALL = ["See all ›", "View all »", "More ›", "See more →", "View all trending ›", "Show more ▾"];

// ---------------------------------------------------------------------------
// Shapes several kinds share

/** An optional heading, some items (each on its own line), an optional closing line. */
function listBlock(
  rng: Rng,
  o: { heading?: readonly string[]; items: readonly string[]; min: number; max: number; closer?: readonly string[] },
): string[] {
  const head = o.heading ? [pick(rng, o.heading)] : [];
  const tail = o.closer ? [pick(rng, o.closer)] : [];
  return [...head, ...some(rng, o.items, o.min, o.max), ...tail];
}

/** The items one a line, or all on one line joined by a separator (scrapers do both). */
function linesOrJoined(rng: Rng, label: string | null, items: string[]): string[] {
  if (chance(rng, 0.6)) return label ? [label, ...items] : items;
  const joined = items.join(pick(rng, [" | ", " · ", "  ", " / "]));
  return [label ? `${label}${pick(rng, [": ", " "])}${joined}` : joined];
}

/** A short notice: one of the sentences, then one or two of the buttons. */
function notice(rng: Rng, sentences: readonly string[][], buttons: readonly string[]): string[] {
  return [...pick(rng, sentences), ...some(rng, buttons, 1, 2)];
}

// ---------------------------------------------------------------------------
// Menus

const MENUS: readonly (readonly string[])[] = [
  ["Home", "U.S.", "World", "Politics", "Business", "Tech", "Science", "Health", "Sports", "Entertainment", "Opinion", "Weather", "Video", "Podcasts", "Obituaries", "Real Estate", "Crosswords"],
  ["Home", "News", "Sport", "Business", "Innovation", "Culture", "Travel", "Earth", "Video", "Live", "UK", "Scotland", "Wales", "Northern Ireland", "Money", "Lifestyle", "Puzzles"],
  ["Home", "India", "World", "Cities", "Business", "Cricket", "Entertainment", "Lifestyle", "Tech", "Education", "Astrology", "Web Stories", "Photos", "Videos", "Explained", "Opinion", "Elections 2026"],
  ["Home", "Pakistan", "World", "Business", "Sport", "Opinion", "Magazines", "Editorial", "Lahore", "Karachi", "Islamabad", "Peshawar", "Multimedia", "Today's Paper", "Obituaries"],
  ["Home", "UAE", "Gulf", "World", "Business", "Sport", "Lifestyle", "Entertainment", "Tech", "Travel", "Jobs", "Property", "Ramadan", "Opinion", "Visas"],
  ["Home", "Just In", "Local", "National", "World", "Politics", "Business", "Sport", "AFL", "NRL", "Cricket", "Lifestyle", "Entertainment", "Weather", "Podcasts", "Puzzles"],
  ["Home", "South Africa", "Africa", "World", "Politics", "Business", "Opinion", "Sport", "Lifestyle", "Elections", "Load Shedding", "Nigeria", "Kenya", "Zimbabwe"],
  ["Inicio", "Nacional", "Internacional", "Economía", "Deportes", "Cultura", "Opinión", "Tecnología", "Salud", "Espectáculos", "Ciencia", "Sociedad", "English"],
];
const SUBMENUS: readonly (readonly string[])[] = [
  ["Africa", "Americas", "Asia", "Europe", "Middle East"],
  ["Markets", "Economy", "Companies", "Personal Finance", "Mutual Funds"],
  ["Football", "Cricket", "Tennis", "Hockey", "Motorsport", "Rugby"],
  ["Delhi", "Mumbai", "Bengaluru", "Chennai", "Hyderabad", "Kolkata", "Pune"],
  ["Movies", "Music", "TV", "Books", "Celebrities"],
];

/** A site menu of 5-25 items, sometimes with one section's sub-items nested after it. */
function menu(rng: Rng): string[] {
  const items = some(rng, pick(rng, MENUS), 5, 17);
  if (chance(rng, 0.4)) {
    const at = int(rng, 1, items.length - 1);
    items.splice(at, 0, ...some(rng, pick(rng, SUBMENUS), 3, 7));
  }
  return items.slice(0, 25);
}

const FOOTER: readonly (readonly string[])[] = [
  ["About Us", "Contact Us", "Careers", "Advertise With Us", "Privacy Policy", "Terms of Use", "Cookie Policy", "RSS", "Sitemap", "Newsletters", "Help"],
  ["About Us", "Contact Us", "Code of Ethics", "Grievance Redressal", "Privacy Policy", "Terms & Conditions", "Disclaimer", "RSS Feeds", "Archives", "Careers"],
  ["About", "Complaints", "Corrections", "Accessibility", "Privacy notice", "Cookie settings", "Terms and conditions", "Syndication", "Work for us", "Contact"],
  ["About the Company", "Editorial Policy", "Advertise", "Subscriptions", "Privacy", "Terms of Service", "Do Not Sell My Personal Information", "Contact", "Jobs"],
  ["Our Team", "Contact", "Advertise", "Privacy Policy", "Terms of Use", "Complaints Policy", "Press Council Code", "Subscribe", "Archive"],
  ["Quiénes somos", "Contacto", "Aviso de privacidad", "Términos y condiciones", "Publicidad", "Mapa del sitio", "RSS"],
];

// ---------------------------------------------------------------------------
// The catalogue

/**
 * The page-chrome catalogue: 48 kinds in the two halves (23 above, 10 inside, 15 below by home zone;
 * 25 in `tune`, 23 in `heldout`), then 13 `fresh` kinds added later, outside the split rule, then 18 `fresh2`
 * kinds written blind (9 above, 4 inside, 5 below), also outside it, then 16 `fresh3` kinds written blind
 * (7 above, 4 inside, 5 below), outside it too.
 */
export const CHROME_KINDS: readonly ChromeKind[] = [
  // ---- above the story ----------------------------------------------------
  {
    name: "top-nav",
    set: "heldout",
    where: ["above"],
    make: (rng) => [...(chance(rng, 0.3) ? [pick(rng, ["Menu", "☰", "Sections"])] : []), ...menu(rng), pick(rng, ["More ▾", "All sections ›", "🔍 Search", "☰ More"])],
  },
  {
    name: "account-links",
    set: "heldout",
    where: ["above", "below"],
    make: (rng) =>
      pick(rng, [
        ["Sign in", "Subscribe"],
        ["Log in", "Register", "Subscribe from £1 a week"],
        ["My account", "Sign out"],
        ["Sign In", "Subscribe", "Newsletters"],
        ["Login", "Register", "Subscribe Now", "Gift a subscription"],
        [`Subscribe for ₹${pick(rng, [49, 99, 149])}/month`, "Sign in"],
        ["Subscribe", "Already a subscriber? Log in"],
        [`Hi, ${pick(rng, FIRST)}`, "My profile", "Log out"],
      ]),
  },
  {
    name: "cookie-consent",
    set: "tune",
    where: ["above", "below"],
    make: (rng) =>
      notice(
        rng,
        [
          ["We use cookies to give you the best experience on our website and to show you relevant advertising. By continuing to browse, you agree to our use of cookies."],
          ["This site uses cookies and similar technologies to personalise content, measure traffic and support our journalism."],
          ["We value your privacy", `We and our ${int(rng, 120, 980)} partners store and access information on your device to deliver, measure and improve ads and content.`],
          ["By using this website, you agree to our Privacy Policy and Terms of Use."],
          ["Your privacy choices", "You can change your cookie settings at any time from the link at the foot of every page."],
        ],
        ["Accept", "Accept all", "Reject all", "Manage preferences", "Cookie settings", "I agree", "Got it", "Learn more"],
      ),
  },
  {
    name: "paywall-meter",
    set: "tune",
    where: ["above", "below"],
    make: (rng) =>
      pick(rng, [
        [`You have ${int(rng, 1, 9)} free articles left this month.`, "Subscribe now", "Already a subscriber? Sign in"],
        ["This is your last free article this month.", `Get unlimited access from $${pick(rng, ["1", "2", "4.99"])} a week`],
        ["Premium", "Unlock this story with a digital subscription", "Subscribe"],
        ["Subscriber exclusive", `Continue with a subscription: Rs ${pick(rng, [99, 199, 299])} for the first month`, "Sign in"],
        [`Free articles read: ${int(rng, 2, 5)} of 5`, "Register for free to keep reading"],
        ["Enjoy unlimited digital access", `Only R${pick(rng, [49, 75, 99])} a month. Cancel anytime.`, "Subscribe"],
      ]),
  },
  {
    name: "breaking-ticker",
    set: "tune",
    where: ["above"],
    make: (rng) => {
      const label = pick(rng, ["BREAKING | ", "Breaking News: ", "LIVE | ", "Just In: ", "BREAKING NEWS » ", "ALERT: ", "Flash: "]);
      return Array.from({ length: int(rng, 1, 3) }, () => `${label}${storyTitle(rng)}`);
    },
  },
  {
    name: "site-date-strip",
    set: "heldout",
    where: ["above"],
    pin: "top",
    make: (rng) => {
      const { y, m, d, wd } = someDay(rng);
      const mon = MONTHS[m] as string;
      const day = DAYS[wd] as string;
      const date = pick(rng, [
        `${day}, ${mon} ${d}, ${y}`,
        `${day} ${d} ${mon} ${y}`,
        `${day}, ${mon.slice(0, 3)} ${String(d).padStart(2, "0")}, ${y}`,
        `${day.slice(0, 3)}, ${d} ${mon.slice(0, 3)} ${y}`,
        `${day.slice(0, 3)} ${String(d).padStart(2, "0")} ${mon.slice(0, 3)} ${y} | ${int(rng, 1, 29)} ${pick(rng, ["Ramadan", "Shawwal", "Rajab", "Shaban"])} 1447`,
      ]);
      const after = some(rng, ["Today's Paper", "E-Paper", "Edition: International ▾", `${int(rng, 14, 41)}°C ${pick(rng, CITIES)}`, "Subscribe", "Newsletters", "Sign in"], 2, 3);
      return [date, ...after];
    },
  },
  {
    name: "edition-switcher",
    set: "tune",
    where: ["above"],
    make: (rng) =>
      pick(rng, [
        ["Edition", ...some(rng, ["India", "US", "UK", "International", "Middle East", "Asia"], 2, 5), "Change edition ›"],
        [`Edition: ${pick(rng, ["Pakistan", "India", "UAE", "Australia", "Africa"])} ▾`],
        [pick(rng, ["INTERNATIONAL EDITION", "US EDITION", "UK EDITION", "AUSTRALIAN EDITION"]), "Switch edition ›"],
        [...some(rng, ["UAE", "KSA", "Qatar", "Bahrain", "Oman", "Kuwait"], 3, 6), "▾ Choose your region"],
      ]),
  },
  {
    name: "language-switcher",
    set: "tune",
    where: ["above"],
    make: (rng) =>
      pick(rng, [
        ["English", ...some(rng, ["हिन्दी", "मराठी", "বাংলা", "தமிழ்", "తెలుగు", "ગુજરાતી", "ಕನ್ನಡ"], 2, 5), "Language ▾"],
        ["English", "اردو", "Language ▾"],
        ["English | العربية"],
        ["EN | ES | PT"],
        ["Read in:", pick(rng, ["Kiswahili", "isiZulu", "Hausa", "Afrikaans"]), "Change language ›"],
        ["Language: English ▾"],
      ]),
  },
  {
    name: "search-box",
    set: "tune",
    where: ["above"],
    make: (rng) =>
      pick(rng, [
        ["Search"],
        ["Search", "Type your search and press Enter"],
        ["🔍", "Search news, topics and people"],
        ["Search for:", "Go"],
        ["Search", "Close search ×"],
        ["What are you looking for?", "Search ›"],
      ]),
  },
  {
    name: "skip-links",
    set: "tune",
    where: ["above"],
    pin: "top",
    make: (rng) =>
      some(rng, ["Skip to main content", "Skip to navigation", "Skip to footer", "Accessibility help", "Jump to content", "Skip to search"], 1, 3),
  },
  {
    name: "breadcrumb",
    set: "heldout",
    where: ["above"],
    make: (rng) => {
      const trail = pick(rng, [
        ["Home", "News", "World", "Asia"],
        ["Home", "Business", "Markets"],
        ["News", "India", "Politics"],
        ["Home", "Pakistan"],
        ["Home", "Sport", "Cricket", "International"],
        ["News", "Local", "Queensland"],
        ["Home", "Gulf", "Saudi Arabia"],
        ["Inicio", "Internacional", "América Latina"],
      ]);
      const sep = pick(rng, [" › ", " / ", " > ", " » ", " | "]);
      const line = trail.join(sep);
      return [chance(rng, 0.2) ? `You are here: ${line}` : line];
    },
  },
  {
    name: "weather-widget",
    set: "tune",
    where: ["above"],
    make: (rng) => {
      const city = pick(rng, CITIES);
      const t = int(rng, 4, 46);
      const cond = pick(rng, ["Sunny", "Partly cloudy", "Haze", "Thunderstorms", "Light rain", "Clear", "Dust", "Humid", "Showers", "Fog"]);
      return pick(rng, [
        [city, cond, `${t}°C`],
        [`${city} ${t}°C ${cond}`],
        [`Weather: ${city} ${t}° / ${t - int(rng, 3, 12)}°`, "Full forecast ›"],
        [`${cond} | ${city}`, `${t}°C`, "Change location ›"],
        [`${city}`, `${t}°`, `H: ${t + 3}° L: ${t - 6}°`],
      ]);
    },
  },
  {
    name: "market-ticker",
    set: "heldout",
    where: ["above"],
    make: (rng) => {
      const markets = pick(rng, [
        [["Sensex", 72_104], ["Nifty 50", 21_930], ["Bank Nifty", 46_210], ["Gold (10g)", 62_450], ["USD/INR", 83.02]],
        [["KSE-100", 64_210], ["KMI-30", 107_400], ["USD/PKR", 279.4], ["Gold (tola)", 214_500]],
        [["FTSE 100", 7_682], ["FTSE 250", 19_230], ["GBP/USD", 1.2674], ["Brent", 82.14]],
        [["Dow", 38_996], ["S&P 500", 5_088], ["Nasdaq", 15_996], ["10-yr yield", 4.27], ["Oil", 78.5]],
        [["DFM", 4_210], ["ADX", 9_301], ["Tadawul", 12_540], ["QE Index", 10_480], ["Gold/oz", 2_031]],
        [["ASX 200", 7_740], ["All Ords", 7_990], ["AUD/USD", 0.6512], ["Iron ore", 117.3]],
        [["JSE All Share", 73_980], ["USD/ZAR", 18.92], ["NGX ASI", 99_870], ["USD/KES", 143.5]],
        [["Bovespa", 128_020], ["IPC", 56_430], ["USD/MXN", 17.05], ["Merval", 1_128_400]],
      ] as [string, number][][]);
      const rows = some(rng, markets, 3, 5).map(([n, v]) => `${chance(rng, 0.3) ? n.toUpperCase() : n} ${near(rng, v, 0.05, v < 10 ? 4 : 2)} ${change(rng)}`);
      return chance(rng, 0.4) ? [pick(rng, ["Markets", "MARKETS", "Market Watch"]), ...rows] : rows;
    },
  },
  {
    name: "trending-topics",
    set: "heldout",
    where: ["above"],
    make: (rng) => {
      const topics = some(rng, [
        "Budget 2026", "IPL", "Gold Rate Today", "Weather Update", "Election Results", "Petrol Price", "Stock Market Today", "Board Exam Results",
        "Ramadan Timings", "AFL Finals", "Load Shedding Schedule", "Premier League", "Champions Trophy", "Heatwave", "Visa Rules", "Copa América",
      ], 3, 8);
      const tags = chance(rng, 0.3) ? topics.map((t) => `#${t.replace(/\s+/g, "")}`) : topics;
      return [pick(rng, ["Trending:", "Trending Topics", "Hot Topics", "In focus:", "TRENDING"]), ...tags, pick(rng, SEE_ALL)];
    },
  },
  {
    name: "most-read",
    set: "tune",
    where: ["above"],
    make: (rng) => {
      const n = int(rng, 3, 6);
      const mark = pick(rng, [(i: number) => `${i}. `, (i: number) => `${String(i).padStart(2, "0")} `, () => "• ", (i: number) => `#${i} `]);
      const titles = Array.from({ length: n }, (_, i) => `${mark(i + 1)}${storyTitle(rng)}`);
      return [pick(rng, ["Most Read", "Most Popular", "Most Viewed", "Top Stories", "Popular Now", "Editor's Picks"]), ...titles, pick(rng, SEE_ALL)];
    },
  },
  {
    name: "app-download",
    set: "tune",
    where: ["above", "below"],
    make: (rng) =>
      pick(rng, [
        ["Download the app", "Get it on Google Play", "Download on the App Store"],
        ["Open in app"],
        ["Read this story in our app for a faster experience", "Open app", "Not now"],
        [`📱 Get the ${site(rng)} app: Android | iOS`],
        ["Install our app for breaking news alerts", "Install"],
        ["Download the app", "Available on iOS and Android"],
      ]),
  },
  {
    name: "push-prompt",
    set: "heldout",
    where: ["above"],
    make: (rng) =>
      notice(
        rng,
        [["Get breaking news alerts"], [`Turn on notifications to get the latest updates from ${site(rng)}.`], ["Never miss a story. Enable notifications?"], ["Stay informed with instant alerts"]],
        ["Allow", "No thanks", "Later", "Not now", "Yes, notify me"],
      ),
  },
  {
    name: "live-bar",
    set: "heldout",
    where: ["above"],
    make: (rng) =>
      pick(rng, [
        ["LIVE TV", "Radio", "Podcasts"],
        ["Watch Live", "Listen Live"],
        ["● LIVE", `Watch ${pick(rng, ["Meridian 24", "Courier News 24x7", "Sentinel TV", "Lantern Live"])} now ›`],
        ["📺 Live TV", "🎧 Radio"],
        ["ON AIR NOW ›"],
      ]),
  },
  {
    name: "live-scores",
    set: "tune",
    where: ["above"],
    make: (rng) => {
      const runs = int(rng, 180, 340);
      const chase = int(rng, 40, runs - 20);
      const overs = `${int(rng, 8, 44)}.${int(rng, 0, 5)}`;
      return pick(rng, [
        [pick(rng, ["Live Scores", "LIVE SCORE", "Scores"]), `IND ${runs}/${int(rng, 3, 10)} (50) v AUS ${chase}/${int(rng, 1, 8)} (${overs})`, `AUS need ${runs + 1 - chase} runs`, "Full scorecard ›"],
        [`PAK ${runs}/${int(rng, 2, 9)} (${overs}) v ENG`, "Live ›"],
        ["Football", `FT: Arsenal ${int(rng, 0, 4)}-${int(rng, 0, 4)} Chelsea`, `HT: Kaizer Chiefs ${int(rng, 0, 2)}-${int(rng, 0, 2)} Orlando Pirates`, "All results ›"],
        [`Collingwood ${int(rng, 6, 16)}.${int(rng, 4, 14)} (${int(rng, 50, 110)}) v Carlton ${int(rng, 6, 16)}.${int(rng, 4, 14)} (${int(rng, 50, 110)})`, `Q${int(rng, 1, 4)} ${int(rng, 1, 29)}:${String(int(rng, 0, 59)).padStart(2, "0")}`],
        [`Boca Juniors ${int(rng, 0, 3)} - ${int(rng, 0, 3)} River Plate (${int(rng, 1, 90)}')`, "Minuto a minuto ›"],
      ]);
    },
  },
  {
    name: "prayer-times",
    set: "heldout",
    where: ["above"],
    make: (rng) => {
      const t = (h: number, m: number): string => `${h}:${String(int(rng, m, m + 25)).padStart(2, "0")}`;
      const times: [string, string][] = [["Fajr", t(4, 30)], ["Dhuhr", t(12, 10)], ["Asr", t(15, 20)], ["Maghrib", t(18, 5)], ["Isha", t(19, 25)]];
      const city = pick(rng, ["Dubai", "Abu Dhabi", "Doha", "Riyadh", "Karachi", "Lahore", "Islamabad", "Muscat"]);
      return pick(rng, [
        ["Prayer Times", `${city} ▾`, ...times.map(([n, v]) => `${n} ${v}`)],
        [`Prayer times in ${city}: ${times.map(([n, v]) => `${n} ${v}`).join(" | ")}`],
        [`${city} ▾`, times.map(([n, v]) => `${n} ${v}`).join("  ")],
      ]);
    },
  },
  {
    name: "accessibility-tools",
    set: "heldout",
    where: ["above"],
    make: (rng) =>
      pick(rng, [
        ["A-", "A", "A+"],
        ["Text size", "A-", "A+"],
        ["Contrast", "Dark mode ◐"],
        ["Font size: A A A"],
        ["High contrast", "Screen reader access", "A+"],
      ]),
  },
  {
    name: "reading-aids",
    set: "heldout",
    where: ["above"],
    make: (rng) =>
      pick(rng, [
        ["Listen to this article", `${int(rng, 2, 12)} min read`],
        ["🔊 Listen to story", `00:00 / 0${int(rng, 2, 9)}:${String(int(rng, 0, 59)).padStart(2, "0")}`],
        [`Reading time: ${int(rng, 2, 12)} minutes`],
        [`${int(rng, 2, 12)} min read`, "Listen"],
        ["Audio available", `Estimated reading time ${int(rng, 2, 12)} mins`],
        ["Play audio ▶", "Powered by text-to-speech"],
      ]),
  },
  {
    name: "article-tools",
    set: "tune",
    where: ["above", "below"],
    make: (rng) =>
      some(rng, ["Save", "Gift this article", `Comments (${int(rng, 0, 480)})`, "Bookmark", "Print", "Email", "🔖 Save for later", "Report an error"], 2, 4),
  },
  // ---- between paragraphs of the story -------------------------------------
  {
    name: "ad-slot",
    set: "tune",
    where: ["inside", "above", "below"],
    make: (rng) =>
      pick(rng, [
        ["Advertisement"],
        ["ADVERTISEMENT"],
        ["Advertisement", "Scroll to continue with content"],
        ["Story continues below advertisement"],
        ["- Advertisement -"],
        ["AD"],
        ["Continue reading below"],
        ["Advertisement", "Advertisement"],
        ["Ad", "Remove ads"],
      ]),
  },
  {
    name: "also-read",
    set: "heldout",
    where: ["inside"],
    make: (rng) => {
      const prefix = pick(rng, ["Also Read | ", "ALSO READ: ", "Also read: ", "Read also: ", "READ | ", "Also Read — ", "ALSO READ | ", "See also: "]);
      return Array.from({ length: int(rng, 1, 2) }, () => `${prefix}${storyTitle(rng)}`);
    },
  },
  {
    name: "image-caption",
    set: "heldout",
    where: ["inside", "above"],
    make: (rng) => {
      const who = pick(rng, ["Commuters", "Residents", "Rescue workers", "Traders", "Students", "Farmers", "Supporters", "Officials", "Fans", "Fishermen"]);
      const what = pick(rng, ["wait for buses at a stop", "clear debris from a road", "gather outside the court complex", "queue at a fuel station", "walk through a flooded street", "sort produce at a wholesale market", "hold placards during a rally", "watch the match on a giant screen"]);
      const when = pick(rng, ["on Monday", "on Tuesday", "earlier this week", "last month", "in this file photo", "on Saturday"]);
      const credit = pick(rng, ["(Photo: AFP)", "(Photo: Reuters)", "(File photo)", "| Photo Credit: Special Arrangement", "(Image: Getty Images)", "Picture: Supplied", "Photo: AP", "(Photo: X/@citydesk)", "Image credit: iStock", "(PTI Photo)"]);
      const caption = `${who} ${what} ${when}. ${credit}`;
      return pick(rng, [[caption], [caption, "Expand"], [`${who} ${what} ${when}.`, credit.replace(/^[(|]\s*|\)$/g, "")], ["Enlarge image", caption]]);
    },
  },
  {
    name: "video-embed",
    set: "tune",
    where: ["inside", "above"],
    make: (rng) => {
      const len = `${int(rng, 0, 4)}:${String(int(rng, 0, 59)).padStart(2, "0")}`;
      return pick(rng, [
        ["Video", `0:00 / ${len}`, `WATCH | ${storyTitle(rng)}`],
        [`Watch: ${storyTitle(rng)}`],
        [`▶ ${storyTitle(rng)} (${len})`, "Up next ›"],
        ["Video player is loading.", "Play Video", "Unmute"],
        ["This video can not be played", "Watch on YouTube ›"],
      ]);
    },
  },
  {
    name: "newsletter-promo",
    set: "tune",
    where: ["inside", "below"],
    make: (rng) => {
      const name = pick(rng, ["Morning Brief", "The Daily Download", "Evening Wrap", "Business Insight", "Cricket Corner", "Weekend Reads"]);
      return pick(rng, [
        [`Sign up for our free ${name} newsletter to get the day's top stories in your inbox.`],
        ["Newsletter", `${name}: the essential news, every weekday morning`, "Sign up"],
        [`Get ${name} in your inbox`, "Enter your email address", "Subscribe", "By signing up you agree to our Terms of Use and Privacy Policy."],
        [`📩 Subscribe to ${name} »`],
        [`Don't miss ${name}, free to your inbox every Friday.`, "Sign up now ›"],
      ]);
    },
  },
  {
    name: "channel-prompt",
    set: "heldout",
    where: ["inside", "below"],
    make: (rng) =>
      [
        pick(rng, [
          "Join our WhatsApp channel for the latest news",
          `📲 Follow ${site(rng)} on WhatsApp`,
          "Click here to join our Telegram channel",
          "Stay updated: follow us on Google News",
          "Get the latest news on WhatsApp — tap to join",
          "Join our Telegram channel for instant updates »",
        ]),
        ...(chance(rng, 0.3) ? [pick(rng, ["Click here", "Join now ›", "Follow ›"])] : []),
      ],
  },
  {
    name: "social-embed",
    set: "heldout",
    where: ["inside"],
    make: (rng) => {
      const name = person(rng);
      const h = handle(rng);
      const { y, m, d } = someDay(rng);
      const code = Array.from({ length: 10 }, () => pick(rng, [..."abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"])).join("");
      const tag = pick(rng, ["#Update", "#Breaking", "#Traffic", "#Budget2026", "#Weather", "#Cricket"]);
      return pick(rng, [
        [`${pick(rng, ["Visuals from the site this morning", "Huge turnout today", "Thank you all for the support", "Roads closed until further notice"])} ${tag} pic.twitter.com/${code}`, `— ${name} (@${h}) ${MONTHS[m]} ${d}, ${y}`],
        ["View this post on Instagram", `A post shared by ${name} (@${h})`],
        [`Post by @${h}`, "View on X ›"],
        [`${tag} ${pick(rng, ["updates to follow", "more soon", "stay safe everyone"])} https://t.co/${code}`, `— ${name} (@${h}) ${MONTHS[m]?.slice(0, 3)} ${d}, ${y}`],
      ]);
    },
  },
  {
    name: "gallery-counter",
    set: "tune",
    where: ["inside", "above"],
    make: (rng) => {
      const n = int(rng, 4, 24);
      const i = int(rng, 1, n);
      return pick(rng, [[`${i} / ${n}`], [`Photo ${i} of ${n}`], [`View gallery (${n} photos)`], ["◀ Prev", "Next ▶"], [`${n} photos`, "View all ›"], [`${i}/${n}`, "Expand"]]);
    },
  },
  {
    name: "poll-widget",
    set: "heldout",
    where: ["inside", "below"],
    make: (rng) => {
      const q = pick(rng, [
        "Should the city ban private cars from the old town on weekends?",
        "Will the new fare structure make you use the metro more often?",
        "Do you support a four-day school week?",
        "Who will win the series?",
        "Is the fuel price cut enough?",
      ]);
      return [pick(rng, ["Poll", "POLL", "Quick poll", "Have your say"]), q, ...some(rng, ["Yes", "No", "Can't say", "Not sure"], 2, 3), "Vote", `${int(rng, 40, 9800).toLocaleString("en-US")} votes`];
    },
  },
  {
    name: "share-bar",
    set: "tune",
    where: ["inside", "above", "below"],
    make: (rng) => {
      const items = some(rng, ["Facebook", "X", "Twitter", "WhatsApp", "Telegram", "LinkedIn", "Email", "Copy link", "Reddit", "Messenger", "Pinterest"], 2, 7);
      return linesOrJoined(rng, chance(rng, 0.7) ? pick(rng, ["Share", "Share this article", "Share via", "SHARE"]) : null, items);
    },
  },
  // ---- below the story ------------------------------------------------------
  {
    name: "author-bio",
    set: "tune",
    where: ["below"],
    make: (rng) => {
      const name = person(rng);
      const beat = pick(rng, ["energy and climate", "courts and crime", "cricket", "city politics", "markets and banking", "health", "education", "the Gulf economy"]);
      const bio = pick(rng, [
        `${name} is a senior correspondent at ${site(rng)}, covering ${beat}, and has reported from ${pick(rng, CITIES)} and ${pick(rng, CITIES)}.`,
        `${name} writes on ${beat} for ${site(rng)} and joined the paper in ${int(rng, 2005, 2022)}.`,
        `${name} is a ${pick(rng, ["Sydney", "Lagos", "Karachi", "Mumbai", "Doha"])}-based journalist who covers ${beat}.`,
      ]);
      return [pick(rng, ["About the author", "ABOUT THE AUTHOR", "The writer"]), bio, ...(chance(rng, 0.5) ? [pick(rng, [`Follow @${handle(rng)} on X`, "More from this author ›", "Contact the writer ›"])] : [])];
    },
  },
  {
    name: "tag-list",
    set: "heldout",
    where: ["below"],
    make: (rng) => {
      const tags = some(rng, ["Budget", "Finance Ministry", "Inflation", "Monsoon", "Cricket", "Courts", "Elections", "Transport", "Climate", "Energy", "Education", "Health", "Housing", "Trade"], 2, 6);
      return pick(rng, [
        [`Tags: ${tags.join(", ")}`],
        ["Tags", ...tags],
        [`Topics: ${tags.join(" · ")}`],
        [`Filed under: ${tags.join(", ")}`],
        [`Keywords: ${tags.join(", ")}`],
        ["Related topics", ...tags.map((t) => `#${t.replace(/\s+/g, "")}`)],
      ]);
    },
  },
  {
    name: "comment-thread",
    set: "heldout",
    where: ["below"],
    make: (rng) => {
      const n = int(rng, 1, 4);
      const says = pick(rng, ["body", "name says:"] as const);
      const out = [pick(rng, [`Comments (${int(rng, n, 240)})`, `${int(rng, n, 240)} Comments`, "Join the conversation", "Leave a comment"])];
      for (let i = 0; i < n; i++) {
        const who = chance(rng, 0.5) ? handle(rng) : person(rng);
        const { y, m, d } = someDay(rng);
        const when = pick(rng, [`${int(rng, 1, 23)} hours ago`, `${d} ${MONTHS[m]} ${y} at ${clock(rng)}`, `${MONTHS[m]?.slice(0, 3)} ${d}, ${y} ${clock(rng)}`, `${int(rng, 1, 6)}d`, "1 week ago"]);
        const text = pick(rng, [
          "Finally someone is talking about this. Our area has had the same problem for years.",
          "This is all politics, nothing will change on the ground.",
          "Well written article, thanks for the detailed coverage.",
          "Who is going to pay for all this? The common man, as always.",
          "Wish they had done this before the elections.",
          "Great news for the people of the city!",
        ]);
        out.push(says === "body" ? who : `${who} says:`, when, text, pick(rng, ["Reply", `Reply · ${int(rng, 0, 90)} likes`, "Like · Reply", `↑ ${int(rng, 0, 300)}  ↓ ${int(rng, 0, 40)}`]));
      }
      return [...out, ...(chance(rng, 0.5) ? [pick(rng, ["Load more comments", "View all comments ›", "Comments are moderated. Please keep it civil."])] : [])];
    },
  },
  {
    name: "footer-menu",
    set: "heldout",
    where: ["below"],
    make: (rng) => {
      const items = some(rng, pick(rng, FOOTER), 6, 11);
      return chance(rng, 0.2) ? [items.join(" | ")] : items;
    },
  },
  {
    name: "copyright",
    set: "tune",
    where: ["below"],
    pin: "bottom",
    make: (rng) => {
      const year = int(rng, 2024, 2026);
      const pub = pick(rng, PUBLISHERS);
      const line = pick(rng, [`© ${year} ${pub}. All rights reserved.`, `Copyright © ${year} ${pub}`, `All Rights Reserved © ${pub} ${year}`, `© Copyright ${pub} ${year - 2}-${year}`]);
      const more = some(
        rng,
        [
          `${site(rng)} is not responsible for the content of external sites.`,
          "Reproduction of this material in any form without written permission is prohibited.",
          `Registered in England and Wales. Company No. ${int(rng, 1_000_000, 9_999_999)}`,
          "Powered by NewsDesk CMS",
        ],
        0,
        2,
      );
      return chance(rng, 0.5) ? [line, ...more] : [...more, line];
    },
  },
  {
    name: "follow-us",
    set: "heldout",
    where: ["below", "above"],
    make: (rng) =>
      pick(rng, [
        linesOrJoined(rng, pick(rng, ["Follow us", "Follow Us On", "Connect with us"]), some(rng, ["Facebook", "X", "Instagram", "YouTube", "LinkedIn", "Threads", "TikTok", "WhatsApp"], 3, 7)),
        [`Follow ${site(rng)} on X and Instagram`],
        ["Like us on Facebook", "Follow us on Instagram"],
        ["Follow us on Google News ›"],
      ]),
  },
  {
    name: "donation-appeal",
    set: "tune",
    where: ["below"],
    make: (rng) =>
      pick(rng, [
        ["Support independent journalism", "Our reporting is free to read because readers like you chip in. Every contribution, big or small, keeps it that way.", `Give from $${pick(rng, [1, 2, 5])}`],
        ["Before you go...", `${site(rng)} relies on readers, not billionaires. If you value what we do, please consider a monthly contribution.`, "Contribute ›"],
        [`Become a member from R${pick(rng, [35, 50, 80])} a month`, "Join now"],
        ["Donate", "Help us keep the newsroom independent."],
        ["Apoya el periodismo independiente", "Donar ›"],
      ]),
  },
  {
    name: "podcast-promo",
    set: "heldout",
    where: ["below"],
    make: (rng) => {
      const show = pick(rng, ["The Morning Edition", "Inside the Newsroom", "Money Matters", "The Cricket Pod", "Gulf Weekly Briefing", "Africa Daily Digest"]);
      return pick(rng, [
        ["Podcast", `🎧 ${show}: new episodes every weekday`, "Listen on Spotify, Apple Podcasts or wherever you get your podcasts"],
        [`Listen to ${show} ›`],
        [`PODCAST | ${show}, episode ${int(rng, 12, 480)}`, "Play ▶"],
        [`Subscribe to ${show} on your favourite podcast app.`],
      ]);
    },
  },
  {
    name: "event-listing",
    set: "tune",
    where: ["below"],
    make: (rng) => {
      const { y, m, d } = someDay(rng);
      const ev = pick(rng, ["Business Leaders Summit", "Future of Energy Forum", "Women in Tech Awards", "Cricket Conclave", "Real Estate Expo", "Startup Pitch Night"]);
      const where = pick(rng, ["Dubai", "Mumbai", "Lahore", "London", "Sydney", "Nairobi", "Johannesburg", "São Paulo"]);
      return pick(rng, [
        ["Upcoming events", `${ev} ${y} · ${d} ${MONTHS[m]?.slice(0, 3)} · ${where}`, "Register now ›"],
        [`EVENT | ${ev}, ${where}, ${MONTHS[m]} ${d}`, "Book your seat ›"],
        ["Events", `${ev} — ${where}`, `${ev.split(" ")[0]} Breakfast Series — Online`, "See all events ›"],
      ]);
    },
  },
  {
    name: "print-edition",
    set: "tune",
    where: ["below", "above"],
    make: (rng) =>
      pick(rng, [
        ["Today's Paper", "Read the e-paper ›"],
        ["Subscribe to the print edition and get it delivered to your home.", "Subscribe ›"],
        ["Digital edition", "Read the replica of today's paper ›"],
        [`Print subscriptions from R${pick(rng, [99, 149, 199])} a month`],
        ["E-Paper", "Archives"],
      ]),
  },
  {
    name: "pagination",
    set: "heldout",
    where: ["below"],
    make: (rng) =>
      pick(rng, [
        ["‹ Previous", "Next ›"],
        ["Back to top ↑"],
        ["Load more stories"],
        [`Page 1 of ${int(rng, 2, 5)}`, "Next page »"],
        ["Show more ▾"],
        ["« Older", "Newer »"],
      ]),
  },
  {
    name: "feedback-tip",
    set: "tune",
    where: ["below"],
    make: (rng) => {
      const dom = domain(site(rng));
      return pick(rng, [
        [`Have a news tip? Contact our newsroom at tips@${dom}`],
        ["Found an error?", "Report a correction ›"],
        [`Write to us at letters@${dom}`],
        ["Feedback", "Was this article helpful?", "Yes", "No"],
        ["Share your story with us on WhatsApp ›"],
      ]);
    },
  },
  {
    name: "sponsored-widget",
    set: "heldout",
    where: ["below"],
    make: (rng) => {
      const n = int(rng, 2, 4);
      const ads = [
        "This kitchen gadget is flying off the shelves",
        "Doctors say this morning habit changes everything",
        "Retirees are moving to this coastal town",
        "New villas with payment plans from 1% a month",
        "The smartwatch everyone is talking about this year",
        "Compare car insurance quotes in two minutes",
      ];
      const brands = ["HomeDeals", "HealthyLiving Today", "VillaFinder", "GadgetPulse", "QuoteSmart", "TravelNest"];
      const out = [pick(rng, ["Sponsored Links", "Promoted Stories", "Partner Content", "From Around the Web", "Paid Content"])];
      for (const ad of some(rng, ads, n, n)) out.push(ad, `${pick(rng, brands)} | ${pick(rng, ["Sponsored", "Ad", "Promoted"])}`);
      return out;
    },
  },
  {
    name: "classifieds",
    set: "tune",
    where: ["below"],
    make: (rng) =>
      listBlock(rng, {
        heading: ["Classifieds", "Marketplace", "Services"],
        items: ["Jobs", "Property", "Motors", "Matrimonials", "Obituaries", "Public Notices", "Tenders", "Education", "Place an Ad"],
        min: 3,
        max: 7,
      }),
  },
  {
    name: "editorial-standards",
    set: "tune",
    where: ["below"],
    make: (rng) =>
      pick(rng, [
        [`Our standards: ${site(rng)} is committed to accuracy, fairness and independence.`, "Editorial guidelines ›"],
        [`Why you can trust ${site(rng)}`],
        ["Corrections policy", "Ethics and standards", "Ownership and funding"],
        ["How we report", `Read the ${pick(rng, ["editorial code", "editorial policy", "code of conduct"])} of ${site(rng)} ›`],
      ]),
  },

  // ---- fresh: written on 2026-12-05 after all tuning, outside the split rule -----------
  // A third, later set (the module comment's rule: a kind added later gets its own set),
  // written without running the parser on it: its first score estimated how the parser does
  // on chrome that no document of the project named before (docs/design.md).
  {
    name: "location-prompt",
    set: "fresh",
    where: ["above"],
    make: (rng) =>
      pick(rng, [
        [`Showing news for: ${pick(rng, CITIES)}`, "Change location ›"],
        [`Your edition: ${pick(rng, CITIES)}`, "Switch edition ›"],
        ["Get local news for your area", "Use my location", "Not now"],
        [`📍 ${pick(rng, CITIES)} · ${int(rng, 14, 38)}°C`, "Change city ›"],
      ]),
  },
  {
    name: "install-prompt",
    set: "fresh",
    where: ["above"],
    pin: "top",
    make: (rng) =>
      pick(rng, [
        [`Add ${site(rng)} to your home screen`, "Install", "Not now"],
        ["Read faster with our web app: it works offline too.", "Install app", "Maybe later"],
        ["Open this story in the app?", "Open", "Continue in browser"],
      ]),
  },
  {
    name: "age-gate",
    set: "fresh",
    where: ["above"],
    pin: "top",
    make: (rng) =>
      pick(rng, [
        ["This page may contain material unsuitable for readers under 18.", "I am over 18", "Leave"],
        ["Please confirm your age to continue", "Yes, I'm 18+"],
        ["Sensitive content: viewer discretion is advised.", "Show content", "Go back"],
      ]),
  },
  {
    name: "offline-banner",
    set: "fresh",
    where: ["above"],
    make: (rng) =>
      pick(rng, [
        ["You appear to be offline. Some stories may be out of date.", "Retry"],
        ["Connection lost. Reconnecting…", "Try again ↻"],
        [`${int(rng, 2, 9)} new stories since you arrived`, "Tap to refresh ↻"],
        ["A new version of this page is available.", "Reload"],
      ]),
  },
  {
    name: "comment-jump",
    set: "fresh",
    where: ["above"],
    make: (rng) =>
      pick(rng, [
        [`💬 ${int(rng, 2, 480)}`, "Jump to comments ↓"],
        [`${int(rng, 2, 480)} Comments`, "Add yours ›"],
        ["Join the conversation", `${int(rng, 2, 480)} replies ↓`],
      ]),
  },
  {
    name: "traffic-widget",
    set: "fresh",
    where: ["above"],
    make: (rng) => {
      const road = pick(rng, ["M4 eastbound", "N5 northbound", "Sheikh Zayed Road", "Shahrah-e-Faisal", "Western Express Highway", "N1 southbound", "Ring Road"]);
      const state = pick(rng, ["slow traffic near the airport exit", "heavy traffic towards the city centre", "one lane closed after a breakdown", "delays of 20 minutes", "clear"]);
      return [pick(rng, ["Traffic", "Live traffic", "Roads now"]), `${road}: ${state}`, pick(rng, ["Live traffic map ›", "All incidents ›", "Plan your route →"])];
    },
  },
  {
    name: "map-embed",
    set: "fresh",
    where: ["inside"],
    make: (rng) =>
      pick(rng, [
        [`Map data ©${int(rng, 2023, 2026)} Google`, "Terms", "Report a map error"],
        ["Interactive map: tap a district to see its results", "Open the full map ›"],
        ["Map: Esri, HERE, Garmin", "Zoom in +", "Zoom out −"],
        ["Use ctrl + scroll to zoom the map", "Keyboard shortcuts"],
      ]),
  },
  {
    name: "quiz-embed",
    set: "fresh",
    where: ["inside", "below"],
    make: (rng) =>
      pick(rng, [
        [`Quiz: How well do you know ${pick(rng, ["this week's news", "your capital", "world flags", "the cricket season"])}?`, `${int(rng, 5, 15)} questions`, "Start the quiz ›"],
        ["Test yourself", `Question ${int(rng, 1, 4)} of ${int(rng, 5, 10)}`, "Next ›"],
        ["Take our news quiz", "Play now ▶"],
      ]),
  },
  {
    name: "bookmark-toast",
    set: "fresh",
    where: ["inside", "above"],
    make: (rng) =>
      pick(rng, [
        ["Saved to your reading list", "Undo"],
        ["Link copied to clipboard ✓"],
        ["Added to My News ✓", "View saved articles ›"],
        ["Article saved", "See all saved ›"],
      ]),
  },
  {
    name: "reaction-bar",
    set: "fresh",
    where: ["below"],
    make: (rng) =>
      pick(rng, [
        ["What do you think of this story?", `👍 Like ${int(rng, 0, 90)}`, `😮 Wow ${int(rng, 0, 20)}`, `😢 Sad ${int(rng, 0, 20)}`, `😡 Angry ${int(rng, 0, 20)}`],
        ["Was this article helpful?", "Yes", "No"],
        ["How did this article make you feel?", `Happy ${int(rng, 0, 40)}%`, `Sad ${int(rng, 0, 40)}%`, `Angry ${int(rng, 0, 40)}%`],
      ]),
  },
  {
    name: "survey-prompt",
    set: "fresh",
    where: ["below"],
    make: (rng) =>
      pick(rng, [
        ["Help us improve", "Take our two-minute reader survey ›"],
        ["Tell us what you think of our new website.", "Give feedback"],
        ["We'd love your opinion", "Start survey"],
      ]),
  },
  {
    name: "lottery-results",
    set: "fresh",
    where: ["below"],
    make: (rng) => {
      const balls = some(rng, Array.from({ length: 49 }, (_, i) => i + 1), 6, 6).sort((a, b) => a - b).join(" ");
      return [pick(rng, ["Lotto results", "Lottery results", "Latest draw"]), `${pick(rng, DAYS)}: ${balls} · Bonus ${int(rng, 1, 49)}`, pick(rng, ["Check your numbers ›", "All results ›", "Past draws »"])];
    },
  },
  {
    name: "loading-placeholder",
    set: "fresh",
    where: ["below"],
    make: (rng) =>
      pick(rng, [
        ["Loading…"],
        ["Loading more stories…"],
        ["Please wait while we load the latest news", "Load more"],
        ["Something went wrong loading this section.", "Try again"],
      ]),
  },

  // ---- fresh2: written blind on 2026-12-05, outside the split rule ---------------------
  // A fourth set, written by a helper session that read only this file, its test,
  // test/chrome.test.ts and scripts/chrome-corpus.mjs (not the parser's source, its design
  // notes or its changelog) and never ran the parser on these kinds. Not yet scored.
  {
    name: "adblock-notice",
    set: "fresh2",
    where: ["above"],
    pin: "top",
    make: (rng) =>
      pick(rng, [
        ["It looks like you're using an ad blocker.", `Ads help fund our reporting. Please turn it off for ${site(rng)}, or subscribe to read without ads.`, pick(rng, ["I've turned it off", "Subscribe ›", "Continue without disabling"])],
        ["Ad blocker detected", "Please support us by allowing ads on this site.", "How to allow ads ›"],
        ["Parece que você está usando um bloqueador de anúncios.", "Desative o bloqueador ou assine para continuar lendo.", "Já desativei"],
        ["आप ऐड ब्लॉकर का इस्तेमाल कर रहे हैं।", "कृपया इस वेबसाइट के लिए ऐड ब्लॉकर बंद करें।", "ठीक है"],
        ["Adblocker erkannt", "Bitte deaktivieren Sie Ihren Adblocker oder lesen Sie werbefrei mit einem Abo.", "Jetzt abonnieren ›"],
      ]),
  },
  {
    name: "weather-alert-banner",
    set: "fresh2",
    where: ["above"],
    pin: "top",
    make: (rng) =>
      pick(rng, [
        [
          `⚠ ${pick(rng, ["Orange", "Red", "Yellow"])} alert: ${pick(rng, ["heavy rain", "heatwave conditions", "dense fog", "thunderstorms with gusty winds"])} likely in ${pick(rng, ["Mumbai and Thane", "Delhi-NCR", "coastal Karnataka", "Kolkata", "Chennai"])} till ${pick(rng, DAYS)}`,
          "View all warnings ›",
        ],
        [`Yellow weather warning: ${pick(rng, ["wind", "rain", "snow and ice", "fog"])} across ${pick(rng, ["Scotland", "Wales", "north-west England", "Northern Ireland", "the Midlands"])}`, pick(rng, ["See warnings ›", "Check your area ›"])],
        [`Fog alert: poor visibility on roads in ${pick(rng, ["Abu Dhabi", "Dubai", "Al Ain", "Doha"])} until 9am. Drive carefully.`, "Details ›"],
        [`${pick(rng, ["Tornado Watch", "Flash Flood Warning", "Winter Storm Warning", "Heat Advisory"])} in effect for ${pick(rng, ["Cook", "Harris", "Dallas", "Fulton"])} County until ${clock(rng)}`, "Live radar ›"],
        [`Alerta ${pick(rng, ["laranja", "vermelho", "amarelo"])}: chuva forte em ${pick(rng, ["São Paulo", "Porto Alegre", "Recife", "Belo Horizonte"])} até ${pick(rng, ["quinta-feira", "sexta-feira", "domingo"])}`, "Ver alertas ›"],
      ]),
  },
  {
    name: "fuel-prices",
    set: "fresh2",
    where: ["above"],
    make: (rng) => {
      const super98 = 2.55 + rng() * 0.5;
      return pick(rng, [
        ["Petrol & Diesel Price Today", `Petrol ₹${near(rng, 94.7, 0.06)}/L · Diesel ₹${near(rng, 87.6, 0.06)}/L · ${pick(rng, ["Delhi", "Mumbai", "Bengaluru", "Kolkata", "Chennai"])}`, "Check your city ›"],
        [`Petrol Rs ${near(rng, 272, 0.05)} | High-speed diesel Rs ${near(rng, 278, 0.05)} per litre`],
        [`UAE fuel prices for ${pick(rng, MONTHS)}`, `Super 98: Dh${super98.toFixed(2)}`, `Special 95: Dh${(super98 - 0.11).toFixed(2)}`, `E-Plus 91: Dh${(super98 - 0.19).toFixed(2)}`],
        [`Gasolina hoy: Magna $${near(rng, 23.4, 0.04)} · Premium $${near(rng, 25.2, 0.04)} · Diésel $${near(rng, 25.6, 0.04)} por litro`],
        [`Fuel price watch: petrol ₦${near(rng, 1_020, 0.08, 0)}/litre in ${pick(rng, ["Lagos", "Abuja", "Kano", "Port Harcourt"])}`, "Prices by state ›"],
        [`Average pump prices: unleaded ${near(rng, 141.2, 0.04, 1)}p, diesel ${near(rng, 147.8, 0.04, 1)}p a litre`, "Find cheaper fuel near you ›"],
      ]);
    },
  },
  {
    name: "remittance-rates",
    set: "fresh2",
    where: ["above"],
    make: (rng) =>
      pick(rng, [
        [
          pick(rng, ["Today's exchange rates", "Remittance rates", "Send money home"]),
          ...some(rng, [`AED 1 = ₹${near(rng, 22.7, 0.02)}`, `AED 1 = PKR ${near(rng, 75.9, 0.02)}`, `AED 1 = PHP ${near(rng, 15.3, 0.02)}`, `AED 1 = BDT ${near(rng, 32.6, 0.02)}`, `AED 1 = LKR ${near(rng, 81.4, 0.02)}`], 2, 4),
          "Compare exchange houses ›",
        ],
        [`1 SAR = ${near(rng, 22.2, 0.02)} INR | ${near(rng, 74.3, 0.02)} PKR | ${near(rng, 31.9, 0.02)} BDT`],
        [`Dólar blue: compra $${near(rng, 1_180, 0.04, 0)} · venta $${near(rng, 1_210, 0.04, 0)}`, "Todas las cotizaciones ›"],
        ["Forex (KES)", `USD ${near(rng, 129.2, 0.02)} · GBP ${near(rng, 163.8, 0.02)} · EUR ${near(rng, 139.6, 0.02)}`],
        [`Câmbio hoje: US$ 1 = R$ ${near(rng, 5.42, 0.03)} · € 1 = R$ ${near(rng, 5.87, 0.03)}`, "Converter moedas ›"],
      ]),
  },
  {
    name: "election-tally",
    set: "fresh2",
    where: ["above"],
    make: (rng) => {
      const pct = (): string => `${(rng() * 45 + 5).toFixed(1)}%`;
      const parties = some(rng, ["United Front", "Progressive Alliance", "People's Party", "National Congress", "Reform Party", "Janata Morcha"], 2, 3);
      return pick(rng, [
        [
          pick(rng, ["Results 2026: leads + wins", "Assembly results", "Counting live"]),
          `${parties.map((p) => `${p} ${int(rng, 8, 140)}`).join(" · ")} · Others ${int(rng, 0, 30)}`,
          `Majority mark: ${int(rng, 60, 150)}`,
          "Full results ›",
        ],
        [`Seats declared: ${int(rng, 40, 640)}/650`, `LAB ${int(rng, 100, 400)} · CON ${int(rng, 80, 300)} · LD ${int(rng, 10, 80)} · OTH ${int(rng, 10, 60)}`, "All results ›"],
        [`Senate: Dem ${int(rng, 44, 52)} · Rep ${int(rng, 45, 53)}`, `${int(rng, 20, 34)} of 35 races called`, "Live results map ›"],
        [`Apuração: ${(rng() * 100).toFixed(2)}% das urnas`, `Aliança Popular ${pct()} · Frente Renovação ${pct()}`, "Resultados completos ›"],
        [`Votes counted: ${int(rng, 10, 99)}%`, `ANC ${pct()} · DA ${pct()} · MK ${pct()} · EFF ${pct()}`, "Results dashboard ›"],
      ]);
    },
  },
  {
    name: "outage-status",
    set: "fresh2",
    where: ["above"],
    make: (rng) => {
      const from = int(rng, 5, 18);
      return pick(rng, [
        [`Load shedding: Stage ${int(rng, 1, 6)}`, `From ${from}:00 until ${from + int(rng, 2, 4)}:00`, "Check your area's schedule ›"],
        ["Power cut schedule", `${int(rng, 2, 8)} hours of load-shedding today in high-loss feeders`, "Check your feeder ›"],
        ["Power supply update", `Band A feeders: ${int(rng, 18, 22)} hrs/day`, "See your feeder's band ›"],
        [`Water supply suspended in ${int(rng, 3, 19)} areas of ${pick(rng, CITIES)} till ${clock(rng)}`, "Affected areas ›"],
        [`${int(rng, 2, 40)} power cuts reported near you`, "Enter your postcode", "Check ›"],
      ]);
    },
  },
  {
    name: "flight-status",
    set: "fresh2",
    where: ["above"],
    make: (rng) => {
      const flight = (): string => `${pick(rng, ["EK", "QR", "EY", "AI", "6E", "PK", "KQ", "BA", "LA", "SV"])} ${int(rng, 2, 989)}`;
      const status = (): string => pick(rng, ["On time", `Delayed ${int(rng, 15, 180)} min`, `Landed ${clock(rng)}`, "Boarding", "Cancelled", `Expected ${clock(rng)}`]);
      const [from, to] = shuffled(rng, ["DXB", "DOH", "AUH", "BOM", "DEL", "KHI", "LHR", "NBO", "GRU", "JED"]);
      return pick(rng, [
        ["Flight status", `${flight()} ${from} → ${to} · ${status()}`, "Track another flight ›"],
        [pick(rng, ["Arrivals", "Departures"]), `${flight()} ${pick(rng, CITIES)} · ${status()}`, `${flight()} ${pick(rng, CITIES)} · ${status()}`, "All flights ›"],
        [`${int(rng, 4, 60)} flights delayed at ${pick(rng, ["Dubai International", "Hamad International", "Mumbai airport", "Heathrow"])}`, "Check your flight ›"],
        ["Estado de vuelos", `${flight()} ${from} → ${to} · ${pick(rng, ["A tiempo", "Demorado", "Aterrizó"])}`, "Buscar vuelo ›"],
      ]);
    },
  },
  {
    name: "live-blog-controls",
    set: "fresh2",
    where: ["above"],
    make: (rng) =>
      pick(rng, [
        ["Live updates", `${int(rng, 2, 30)} new updates`, "Show them ↑"],
        ["Auto-refresh: ON", "Turn off"],
        ["● Live", "Key events", "Latest first ▾"],
        ["📌 Pinned", "New posts appear here automatically; there is no need to refresh the page.", "Jump to the latest ↓"],
        ["En vivo", "Actualizar ↻"],
        ["लाइव अपडेट", "नए अपडेट देखें ↓"],
      ]),
  },
  {
    name: "topic-follow",
    set: "fresh2",
    where: ["above", "below"],
    make: (rng) => {
      const topic = pick(rng, ["Budget 2026", "Monsoon", "Climate", "Housing", "Cricket", "Artificial intelligence", "Cost of living", "Petrol prices"]);
      return pick(rng, [
        [`Follow this topic: ${topic} +`],
        [`Get alerts on ${topic}`, "Follow 🔔"],
        [`More on ${topic}`, "+ Follow"],
        [`Seguir tema: ${pick(rng, ["Presupuesto 2026", "Lluvias", "Elecciones", "Inflación"])}`, "Seguir +"],
        [`${pick(rng, ["बजट 2026", "मानसून", "क्रिकेट", "पेट्रोल के दाम"])} से जुड़ी हर ख़बर के लिए फ़ॉलो करें`, "फ़ॉलो करें +"],
      ]);
    },
  },
  {
    name: "stock-card",
    set: "fresh2",
    where: ["inside", "below"],
    make: (rng) => {
      const listed: [string, string, string, string, number][] = [
        ["Deccan Steel Ltd", "NSE", "DECSTL", "₹", 1_240],
        ["Harbour Logistics Inc", "NYSE", "HBLG", "$", 48],
        ["Gulf Cement PJSC", "DFM", "GCEM", "AED ", 1.42],
        ["Savanna Telecom Plc", "NGX", "SAVTEL", "₦", 27.5],
        ["Indus Fertilizer Co", "PSX", "INFC", "Rs ", 312],
        ["Midland Retail plc", "LSE", "MRET", "£", 1.84],
        ["Aurora Energia SA", "B3", "AURE3", "R$ ", 31.2],
      ];
      const [a, b] = some(rng, listed, 2, 2) as [[string, string, string, string, number], [string, string, string, string, number]];
      const [co, ex, tk, cur, base] = a;
      const price = `${cur}${near(rng, base, 0.08)}`;
      return pick(rng, [
        [`${co} (${ex}: ${tk})`, `${price} ${change(rng)}`, "Add to watchlist +"],
        [`${tk} ${price} ${change(rng)}`, "Full quote ›"],
        ["Stocks in this story", `${tk} ${change(rng)}`, `${b[2]} ${change(rng)}`],
        [`Shares of ${co}`, `${price} ${change(rng)}`, "Prices delayed by 15 minutes"],
      ]);
    },
  },
  {
    name: "podcast-player",
    set: "fresh2",
    where: ["inside"],
    make: (rng) => {
      const show = pick(rng, ["The Briefing Room", "Dhaka Dispatch", "Café com Notícias", "Nairobi Notebook", "Desert Dialogues", "El Café de la Mañana"]);
      const len = `${int(rng, 12, 58)}:${String(int(rng, 0, 59)).padStart(2, "0")}`;
      const ep = int(rng, 3, 420);
      return pick(rng, [
        [`${show} · Episode ${ep}`, `▶ 0:00 / ${len}`, pick(rng, ["1x", "1.5x", "Speed 1×"])],
        ["🎙 Listen to the podcast", `${show} · ${int(rng, 12, 58)} min`, "Play episode ▶"],
        ["Podcast-Player", `${show} · Folge ${ep}`, "Abspielen ▶", "−15 s", "+30 s"],
        [`Ouça o episódio ${ep} de ${show}`, `Duração ${len}`, "Apple Podcasts · Spotify · Deezer"],
        [`Escucha: ${show}`, "Reproducir ▶", "Descargar episodio ↓"],
      ]);
    },
  },
  {
    name: "document-download",
    set: "fresh2",
    where: ["inside", "below"],
    make: (rng) => {
      const doc = pick(rng, ["Full text of the judgment", "Budget speech", "The committee's report", "Notification on the revised fares", "Annual report", "The draft policy"]);
      const mb = (rng() * 9 + 0.3).toFixed(1);
      const pages = int(rng, 4, 240);
      return pick(rng, [
        [`📄 ${doc} (PDF, ${mb} MB)`, "Download ↓"],
        ["Read the document", `${doc} · ${pages} pages`, "Download PDF ↓"],
        [`Click here to download: ${doc.toLowerCase()} (PDF)`],
        ["Descargue aquí el documento completo (PDF)", `${mb} MB`],
        ["पूरा आदेश यहां पढ़ें (PDF)", "डाउनलोड करें ↓"],
        ["Embedded document", `Page 1 of ${pages}`, "Open in full screen ⤢"],
      ]);
    },
  },
  {
    name: "channel-invite-local",
    set: "fresh2",
    where: ["inside", "below"],
    make: (rng) =>
      pick(rng, [
        ["ताज़ा ख़बरों के लिए हमारे WhatsApp चैनल से जुड़ें", "अभी जुड़ें ›"],
        ["تابعوا قناتنا على واتساب لآخر الأخبار", "انضم الآن ›"],
        ["Receba as notícias do dia no WhatsApp: entre no nosso canal", "Entrar no canal ›"],
        ["تازہ ترین خبروں کے لیے ہمارا واٹس ایپ چینل جوائن کریں"],
        ["Jiunge na chaneli yetu ya WhatsApp upate habari papo hapo", "Jiunge ›"],
        ["সর্বশেষ খবর পেতে আমাদের টেলিগ্রাম চ্যানেলে যোগ দিন", "যোগ দিন ›"],
        ["Síguenos en nuestro canal de WhatsApp y recibe las noticias al instante", "Unirme ›"],
      ]),
  },
  {
    name: "odds-widget",
    set: "fresh2",
    where: ["below"],
    make: (rng) => {
      const [uk1, uk2] = pick(rng, [["Leeds", "Hull City"], ["Celtic", "Rangers"], ["Bristol City", "Cardiff"]] as const);
      const [af1, af2] = pick(rng, [["Enyimba", "Kano Pillars"], ["Gor Mahia", "AFC Leopards"], ["Asante Kotoko", "Hearts of Oak"]] as const);
      const [br1, br2] = pick(rng, [["Flamengo", "Palmeiras"], ["Corinthians", "Santos"], ["Grêmio", "Internacional"]] as const);
      const frac = (): string => pick(rng, ["6/4", "11/8", "2/1", "5/2", "12/5", "7/4", "10/11", "9/4"]);
      const dec = (): string => (1.2 + rng() * 4).toFixed(2);
      return pick(rng, [
        [pick(rng, ["Match odds", "Odds"]), `${uk1} ${frac()} · Draw ${frac()} · ${uk2} ${frac()}`, "18+ | Please gamble responsibly", "Bet now ›"],
        [`${af1} vs ${af2}: 1 ${dec()} · X ${dec()} · 2 ${dec()}`, "18+ only. Terms and conditions apply. Bet responsibly."],
        [`Odds: ${br1} ${dec()} | Empate ${dec()} | ${br2} ${dec()}`, "Aposte com responsabilidade. +18"],
        ["Fantasy cricket: build your team before the toss", "Play now ›", "This game involves an element of financial risk and may be addictive. Please play responsibly."],
      ]);
    },
  },
  {
    name: "horoscope-widget",
    set: "fresh2",
    where: ["below"],
    make: (rng) => {
      const sign = pick(rng, ["Aries ♈", "Taurus ♉", "Gemini ♊", "Cancer ♋", "Leo ♌", "Virgo ♍", "Libra ♎", "Scorpio ♏", "Sagittarius ♐", "Capricorn ♑", "Aquarius ♒", "Pisces ♓"]);
      const blurb = pick(rng, [
        "A good day to clear pending paperwork; avoid lending money.",
        "Family matters need patience today. Lucky colour: green.",
        `An old friend may get in touch. Lucky number: ${int(rng, 1, 9)}.`,
        "Work pressure eases by evening; keep your plans flexible.",
      ]);
      return pick(rng, [
        [pick(rng, ["Today's horoscope", "Your stars today", "Daily horoscope"]), `${sign}: ${blurb}`, "Choose your sign ▾"],
        ["आज का राशिफल", `${pick(rng, ["मेष", "वृषभ", "मिथुन", "कर्क", "सिंह", "कन्या"])}: ${pick(rng, ["आज का दिन शुभ रहेगा, रुके हुए काम पूरे होंगे।", "धन के मामलों में सावधानी रखें।", "परिवार के साथ समय बिताएं।"])}`, "सभी राशियां देखें ›"],
        ["Horóscopo de hoy", `${pick(rng, ["Aries", "Tauro", "Géminis", "Leo", "Virgo", "Escorpio"])}: ${pick(rng, ["Buen momento para ordenar tus finanzas.", "Evita discusiones en el trabajo.", "Una sorpresa agradable llega por la tarde."])}`, "Ver todos los signos ›"],
        ["حظك اليوم", `${pick(rng, ["الحمل", "الثور", "الجوزاء", "الأسد"])}: ${pick(rng, ["يوم مناسب لإنهاء الأعمال المؤجلة.", "تجنب القرارات المالية المتسرعة."])}`, "كل الأبراج ›"],
        [`Horoscope: ${sign}`, blurb, "Read your full horoscope ›"],
      ]);
    },
  },
  {
    name: "job-board",
    set: "fresh2",
    where: ["below"],
    make: (rng) => {
      const regions: [readonly string[], () => string][] = [
        [["Dubai", "Abu Dhabi", "Sharjah"], () => `AED ${int(rng, 6, 25)},000 a month`],
        [["Bengaluru", "Pune", "Hyderabad"], () => `₹${int(rng, 3, 12)}-${int(rng, 14, 24)} LPA`],
        [["Manchester", "Leeds", "London"], () => `£${int(rng, 24, 58)},000 a year`],
        [["Nairobi", "Mombasa"], () => `KES ${int(rng, 60, 250)},000 pm`],
        [["Lagos", "Abuja"], () => `₦${int(rng, 250, 900)},000 monthly`],
      ];
      const [cities, pay] = pick(rng, regions);
      const titles = ["Senior Accountant", "Staff Nurse (ICU)", "Sales Executive", "Civil Site Engineer", "Data Analyst", "Delivery Rider", "Customer Service Agent", "Secondary School Teacher"];
      const rows = some(rng, titles, 2, 3).map((t) => `${t} · ${pick(rng, cities)} · ${pay()}`);
      return pick(rng, [
        [pick(rng, ["Jobs", "Latest jobs", "Jobs near you", "Careers"]), ...rows, pick(rng, ["Browse all jobs ›", "Upload your CV ›", "See more vacancies ›"])],
        [`${int(rng, 12, 480)} new jobs in ${pick(rng, cities)}`, "Create a job alert 🔔"],
        ["Vagas de emprego", `Analista de dados · São Paulo · R$ ${int(rng, 4, 12)}.${int(rng, 100, 900)}`, "Ver todas as vagas ›"],
      ]);
    },
  },
  {
    name: "donation-ask-local",
    set: "fresh2",
    where: ["below"],
    make: (rng) =>
      pick(rng, [
        ["Jornalismo de qualidade precisa do seu apoio", `Nosso trabalho depende de leitores como você. Contribua a partir de R$ ${pick(rng, [5, 10, 20])} por mês.`, "Quero apoiar ›"],
        ["Soutenez une information libre", `Faites un don à partir de ${pick(rng, ["5 €", "2 000 FCFA", "10 €"])}.`, "Je fais un don ›"],
        ["स्वतंत्र पत्रकारिता का साथ दें", `सिर्फ़ ₹${pick(rng, [50, 100, 365])} से योगदान करें`, "योगदान दें ›"],
        ["Saidia uandishi huru wa habari", `Changia kuanzia KSh ${pick(rng, [50, 100, 500])} kupitia M-Pesa`, "Changia sasa ›"],
        ["ادعم الصحافة المستقلة", "تبرع الآن ›"],
        ["Unterstützen Sie unabhängigen Journalismus", `Schon ab ${pick(rng, [3, 5, 8])} € im Monat`, "Jetzt unterstützen ›"],
      ]),
  },
  {
    name: "terms-update-banner",
    set: "fresh2",
    where: ["below"],
    pin: "bottom",
    make: (rng) =>
      pick(rng, [
        ["We've updated our Terms of Use and Privacy Policy.", pick(rng, ["Review changes ›", "Read what's new ›"]), "OK"],
        ["Our privacy notice has changed. Please take a moment to read it.", "Close ×"],
        ["Atualizamos nossa Política de Privacidade.", "Saiba mais", "Fechar ×"],
        ["Hemos actualizado nuestros Términos y condiciones.", "Entendido"],
        ["Wir haben unsere Datenschutzerklärung aktualisiert.", "Mehr erfahren ›", "OK"],
      ]),
  },

  // ---- fresh3: written blind on 2026-12-05, outside the split rule ---------------------
  // A fifth set, written by a helper session acting as test author that read only this file,
  // its test, test/chrome.test.ts, scripts/chrome-corpus.mjs, scripts/eval-chrome.mjs,
  // scripts/eval-cut.mjs and fixtures/ (not the parser's source, its design notes or its
  // changelog) and never ran the parser on these kinds. Not yet scored.
  {
    name: "tide-sun-table",
    set: "fresh3",
    where: ["above"],
    make: (rng) => {
      const hm = (lo: number, hi: number): string => `${String(int(rng, lo, hi)).padStart(2, "0")}:${String(int(rng, 0, 59)).padStart(2, "0")}`;
      const metres = (): string => (rng() * 2.2 + 0.2).toFixed(1);
      const port = pick(rng, ["Port Phillip Heads", "Fremantle", "Durban", "Mombasa", "Cox's Bazar", "Gwadar", "Plymouth", "Swansea", "Galway"]);
      return pick(rng, [
        [`Tides: ${port}`, `High ${hm(0, 5)} (${metres()} m) · Low ${hm(6, 11)} (${metres()} m) · High ${hm(12, 17)} (${metres()} m)`, "Full tide tables ›"],
        [`Sunrise ${hm(5, 6)} · Sunset ${hm(17, 19)}`, `Day length ${int(rng, 10, 14)}h ${int(rng, 0, 59)}m`],
        [`Tábua de marés · ${pick(rng, ["Santos", "Salvador", "Recife", "Fortaleza", "Florianópolis"])}`, `Maré alta ${hm(0, 11)} (${metres().replace(".", ",")} m)`, `Maré baixa ${hm(12, 23)} (${metres().replace(".", ",")} m)`, "Ver tábua completa ›"],
        ["Horaires des marées", `${pick(rng, ["Saint-Malo", "Brest", "Arcachon", "La Rochelle"])} · pleine mer ${hm(0, 11)}, coef. ${int(rng, 35, 115)}`, `Basse mer ${hm(12, 23)}`, "Tous les ports ›"],
        [`Surf report: ${port}`, `Swell ${metres()} m @ ${int(rng, 8, 16)} s · Wind ${pick(rng, ["NE", "SW", "W", "SE", "offshore"])} ${int(rng, 5, 30)} km/h`, `Water ${int(rng, 14, 27)}°C`],
        [`Sunrise ${hm(5, 6)} · Sunset ${hm(17, 19)} · Moonrise ${hm(18, 23)}`, `High tide ${hm(0, 11)} · Low tide ${hm(12, 23)}`, "Marine forecast ›"],
      ]);
    },
  },
  {
    name: "air-quality-box",
    set: "fresh3",
    where: ["above"],
    make: (rng) => {
      const aqi = int(rng, 28, 480);
      const band = aqi <= 50 ? "Good" : aqi <= 100 ? "Satisfactory" : aqi <= 200 ? "Moderate" : aqi <= 300 ? "Poor" : aqi <= 400 ? "Very Poor" : "Severe";
      const pm = (): string => String(int(rng, 12, 320));
      return pick(rng, [
        ["Air Quality Index", `${pick(rng, ["Delhi", "Noida", "Gurugram", "Lahore", "Kolkata", "Dhaka"])} · AQI ${aqi} (${band})`, `PM2.5 ${pm()} µg/m³ · PM10 ${pm()} µg/m³`, "Check AQI in your city ›"],
        [`AQI ${aqi} · ${band}`, "Main pollutant: PM2.5", "Health advice ›"],
        [`Lahore smog: AQI ${aqi}`, "Smog advisory: wear a mask outdoors and keep windows shut."],
        ["Kualitas udara Jakarta", `ISPU ${int(rng, 40, 220)} · ${pick(rng, ["Baik", "Sedang", "Tidak sehat", "Sangat tidak sehat"])}`, "Lihat peta kualitas udara ›"],
        ["คุณภาพอากาศวันนี้", `กรุงเทพฯ PM2.5 ${pm()} มคก./ลบ.ม.`, "ดูทุกพื้นที่ ›"],
        ["Calidad del aire", `Zona Metropolitana: ${pick(rng, ["Buena", "Aceptable", "Mala", "Muy mala"])} (${int(rng, 20, 180)} puntos)`, "Ver mapa ›"],
        ["空气质量", `AQI ${aqi} ${pick(rng, ["优", "良", "轻度污染", "中度污染", "重度污染"])}`, "查看详情 ›"],
      ]);
    },
  },
  {
    name: "cookie-wall-local",
    set: "fresh3",
    where: ["above", "below"],
    pin: "top",
    make: (rng) => {
      const partners = int(rng, 120, 980);
      const [sentences, buttons] = pick(rng, [
        [
          [
            ["Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti per mostrarti pubblicità in linea con le tue preferenze."],
            ["Accetta i cookie o abbonati", `Puoi continuare a leggere accettando i cookie di ${partners} partner, oppure abbonarti per navigare senza pubblicità profilata.`],
          ],
          ["Accetta", "Rifiuta", "Personalizza", "Accetta e continua", "Abbonati"],
        ],
        [
          [["Wij gebruiken cookies om je een betere ervaring te bieden en om advertenties af te stemmen op je interesses."], ["Deze website maakt gebruik van cookies", "Door op 'Akkoord' te klikken, ga je akkoord met het plaatsen van cookies."]],
          ["Akkoord", "Weigeren", "Instellingen aanpassen"],
        ],
        [
          [["Szanujemy Twoją prywatność", "Używamy plików cookies i podobnych technologii, aby dostosować treści i reklamy do Twoich potrzeb."], [`Wraz z ${partners} partnerami przetwarzamy Twoje dane osobowe w celach marketingowych.`]],
          ["Akceptuję", "Przejdź do serwisu", "Ustawienia zaawansowane"],
        ],
        [
          [["Sitemizde size daha iyi hizmet sunabilmek için çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz."], ["Çerez tercihleriniz", "Kişisel verileriniz, KVKK kapsamında çerezler aracılığıyla işlenmektedir."]],
          ["Kabul Et", "Reddet", "Ayarlar"],
        ],
        [
          [["Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini. Dengan melanjutkan, Anda menyetujui penggunaan cookie."], ["Situs ini menggunakan cookie", "Baca Kebijakan Privasi kami untuk informasi lebih lanjut."]],
          ["Setuju", "Tolak", "Pelajari lebih lanjut"],
        ],
        [
          [["Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias."]],
          ["Aceptar", "Rechazar", "Configurar"],
        ],
      ] as [string[][], string[]][]);
      return [...pick(rng, sentences), ...some(rng, buttons, 1, 2)];
    },
  },
  {
    name: "translate-bar",
    set: "fresh3",
    where: ["above"],
    make: (rng) =>
      pick(rng, [
        ["Translate this page", "Select Language ▾", "Powered by Google Translate"],
        [`This article was machine-translated from ${pick(rng, ["Japanese", "Korean", "Arabic", "Spanish", "Indonesian"])}.`, pick(rng, ["Show original", "View original ›", "Rate this translation"])],
        ["Traduire cette page", "Choisir la langue ▾"],
        ["Diese Seite übersetzen", "Sprache wählen ▾"],
        ["Terjemahkan halaman ini", "Pilih Bahasa ▾"],
        ["Traducir esta página", "Seleccionar idioma ▾"],
        ["このページを翻訳", "言語を選択 ▾"],
        ["Vertaal deze pagina", "Kies een taal ▾"],
      ]),
  },
  {
    name: "paywall-meter-asia",
    set: "fresh3",
    where: ["above", "below"],
    make: (rng) => {
      const total = int(rng, 900, 4200);
      const left = int(rng, 300, total - 200);
      return pick(rng, [
        ["この記事は有料記事です。", `残り${left}文字（全文${total}文字）`, "有料会員になると続きをお読みいただけます。", pick(rng, ["ログインする", "無料で登録する ›"])],
        ["この記事は会員限定です。登録すると続きをお読みいただけます。", "無料会員登録", "ログイン"],
        [`今月の無料記事 残り${int(rng, 1, 4)}本`, "有料プランを見る ›"],
        ["이 기사는 유료 회원 전용 콘텐츠입니다.", `월 ${pick(rng, ["9,900", "4,900", "14,900"])}원으로 모든 기사 무제한 읽기`, "구독하기", "로그인"],
        [`이번 달 무료 기사 ${int(rng, 1, 9)}건이 남았습니다.`, "회원가입 ›"],
        ["本文為付費會員專屬內容", "立即訂閱 ›", "已是會員？登入"],
      ]);
    },
  },
  {
    name: "transit-board",
    set: "fresh3",
    where: ["above"],
    make: (rng) => {
      const tube = (): string => `${pick(rng, ["Central", "Northern", "Jubilee", "Victoria", "District", "Piccadilly", "Elizabeth"])} line: ${pick(rng, ["Good service", "Minor delays", "Severe delays", "Part closure", "Planned closure"])}`;
      return pick(rng, [
        ["Tube status", tube(), tube(), "Live travel updates ›"],
        ["Metro services", `${pick(rng, ["Blue Line", "Yellow Line", "Magenta Line", "Red Line"])}: services delayed by ${int(rng, 5, 25)} min due to a technical snag`, "Check status ›"],
        ["Storingen", `Geen treinen tussen ${pick(rng, ["Utrecht Centraal en Amersfoort", "Leiden en Den Haag", "Zwolle en Deventer"])} door een seinstoring`, `Verwachte duur: tot ${int(rng, 10, 22)}:${pick(rng, ["00", "15", "30", "45"])}`, "Plan je reis opnieuw ›"],
        ["S-Bahn", `S${int(rng, 1, 8)}: Verspätungen von bis zu ${int(rng, 5, 30)} Minuten wegen einer Signalstörung`, "Alle Meldungen ›"],
        ["Trains", `${pick(rng, ["T1 North Shore Line", "T4 Eastern Suburbs Line", "Lilydale line", "Frankston line"])}: allow extra travel time`, "Trip planner ›"],
        ["KRL Commuter Line", `Lintas ${pick(rng, ["Bogor", "Bekasi", "Rangkasbitung", "Tangerang"])}: perjalanan terlambat ${int(rng, 5, 40)} menit`, "Cek jadwal ›"],
        ["Departures", `${clock(rng)} ${pick(rng, ["Reading", "Brighton", "Cambridge", "Gatwick Airport"])} · Platform ${int(rng, 1, 14)} · ${pick(rng, ["On time", "Delayed", "Cancelled", `Exp ${clock(rng)}`])}`, "All departures ›"],
      ]);
    },
  },
  {
    name: "match-centre",
    set: "fresh3",
    where: ["above"],
    make: (rng) => {
      const bat = (): string => pick(rng, ["Iyer", "Nair", "Sharma", "Kapoor", "Malik", "Siddiqui", "Qureshi", "Walker", "Khumalo"]);
      const overs = `${int(rng, 6, 49)}.${int(rng, 0, 5)}`;
      const minute = int(rng, 1, 90);
      return pick(rng, [
        [
          "Live",
          `${pick(rng, ["IND", "PAK", "SL", "BAN", "SA", "NZ"])} ${int(rng, 40, 310)}/${int(rng, 0, 9)} (${overs} ov) · CRR ${(rng() * 4 + 3.5).toFixed(2)}`,
          `${bat()} ${int(rng, 0, 140)}* (${int(rng, 4, 130)}) · ${bat()} ${int(rng, 0, 60)} (${int(rng, 2, 70)})`,
          `${bat()} ${int(rng, 2, 10)}-${int(rng, 0, 2)}-${int(rng, 10, 70)}-${int(rng, 0, 5)}`,
          "Full scorecard ›",
        ],
        [`Q${int(rng, 1, 4)} ${int(rng, 0, 11)}:${String(int(rng, 0, 59)).padStart(2, "0")} · Lakers ${int(rng, 40, 110)}-${int(rng, 40, 110)} Celtics`, "Box score ›"],
        [`${pick(rng, ["Top", "Bottom"])} ${pick(rng, ["3rd", "5th", "7th", "9th"])} · Yankees ${int(rng, 0, 9)}, Red Sox ${int(rng, 0, 9)}`, "Gamecast ›"],
        [`Lap ${int(rng, 5, 56)}/57`, `P1 VER · P2 NOR +${(rng() * 9).toFixed(3)}s · P3 LEC +${(rng() * 15 + 9).toFixed(3)}s`, "Live timing ›"],
        [`Galatasaray ${int(rng, 0, 3)}-${int(rng, 0, 3)} Fenerbahçe (${minute}. dk)`, "Canlı anlatım ›"],
        [`Serie A · ${minute}' Inter ${int(rng, 0, 3)}-${int(rng, 0, 3)} Milan`, "Diretta ›"],
        [`Springboks ${int(rng, 0, 35)} - ${int(rng, 0, 35)} All Blacks (${int(rng, 1, 80)}')`, "Live commentary ›"],
      ]);
    },
  },
  {
    name: "ad-label-local",
    set: "fresh3",
    where: ["inside", "above", "below"],
    make: (rng) =>
      pick(rng, [
        ["Pubblicità"],
        ["PUBBLICITÀ", "L'articolo continua dopo la pubblicità"],
        ["Advertentie"],
        ["Reklama"],
        ["Reklam"],
        ["Iklan", "Scroll untuk melanjutkan membaca"],
        ["Anzeige"],
        ["Publicidad"],
        ["Publicité", "La suite après cette publicité"],
        ["Publicidade", "Continue a ler após a publicidade"],
        ["広告"],
        ["광고"],
        ["Quảng cáo"],
        ["โฆษณา"],
        ["إعلان"],
        ["विज्ञापन"],
        ["اشتہار"],
      ]),
  },
  {
    name: "affiliate-disclosure",
    set: "fresh3",
    where: ["inside", "below"],
    make: (rng) => {
      const product = pick(rng, ["Wireless earbuds", "5.5-litre air fryer", "Robot vacuum cleaner", "20,000mAh power bank", "Espresso machine", "Fitness tracker"]);
      const [store, cur, base] = pick(rng, [
        ["Amazon", "$", 89],
        ["Flipkart", "₹", 4_999],
        ["Currys", "£", 119],
        ["Noon", "AED ", 349],
        ["Takealot", "R", 1_499],
        ["JB Hi-Fi", "A$", 149],
      ] as [string, string, number][]);
      const price = `${cur}${near(rng, base, 0.1, 0)}`;
      return pick(rng, [
        ["This article contains affiliate links. If you buy something through them, we may earn a commission.", `${product} · ${price} at ${store}`, "Check price ›"],
        ["Deal", `${product}: ${price} (was ${cur}${near(rng, base * 1.35, 0.05, 0)})`, `View at ${store} ›`],
        ["We may earn a commission from links on this page."],
        ["Wir erhalten eine Provision, wenn Sie über einen der Links einkaufen. Für Sie entstehen keine Mehrkosten.", "Zum Angebot ›"],
        ["Este artículo contiene enlaces de afiliados: podemos recibir una comisión por las compras realizadas a través de ellos.", "Ver oferta ›"],
        [`${product}`, `${price} · ${store}`, "Buy now ›"],
      ]);
    },
  },
  {
    name: "read-also-local",
    set: "fresh3",
    where: ["inside"],
    make: (rng) => {
      const [prefixes, titles] = pick(rng, [
        [["Baca juga: ", "BACA JUGA: ", "Baca Juga | "], ["Harga BBM naik mulai pekan depan", "Jadwal KRL diubah selama perbaikan rel", "Pemprov DKI perpanjang aturan ganjil genap", "Cuaca ekstrem, BMKG imbau warga waspada banjir"]],
        [["Leggi anche: ", "LEGGI ANCHE | "], ["Sciopero dei treni, le fasce di garanzia", "Bollette, cosa cambia da gennaio", "Maltempo, allerta arancione in tre regioni", "Manovra, via libera del Senato"]],
        [["Lees ook: ", "Lees ook | "], ["Kabinet trekt extra geld uit voor woningbouw", "NS past dienstregeling aan na storingen", "Gemeente wil minder auto's in de binnenstad"]],
        [["Czytaj także: ", "Zobacz także: "], ["Nowe stawki za prąd od stycznia", "Rząd przyjął projekt budżetu", "Remont linii tramwajowej potrwa do wiosny"]],
        [["İlgili Haber: ", "Bunu da okuyun: "], ["Akaryakıta yeni zam geldi", "Okullarda ara tatil tarihleri belli oldu", "Köprü ve otoyol ücretlerine düzenleme"]],
        [["Leia também: ", "LEIA TAMBÉM | "], ["Conta de luz fica mais cara em dezembro", "Prefeitura anuncia novas linhas de ônibus", "Chuva forte deixa bairros sem energia"]],
      ] as [string[], string[]][]);
      const prefix = pick(rng, prefixes);
      return some(rng, titles, 1, 2).map((t) => `${prefix}${t}`);
    },
  },
  {
    name: "chart-embed",
    set: "fresh3",
    where: ["inside"],
    make: (rng) =>
      pick(rng, [
        ["Interactive chart", "Hover over the bars to see the figures for each year", "Get the data · Created with Datawrapper"],
        ["Chart", ...some(rng, ["Embed", "Download image", "Get the data", "Share chart"], 2, 3)],
        ["Loading chart…", "If the chart does not load, view it here ›"],
        ["Graphic: tap the circles for details", "Open full-screen graphic ›"],
        ["Gráfico interactivo", "Pasa el cursor sobre las barras para ver los datos", "Descargar los datos ›"],
        ["Interaktive Grafik", "Tippen Sie auf die Linien, um die Werte zu sehen", "Daten herunterladen ›"],
        [`Figures for ${int(rng, 2025, 2026)} are provisional.`, "Download the data (CSV) ↓"],
      ]),
  },
  {
    name: "obituary-notices",
    set: "fresh3",
    where: ["below"],
    make: (rng) => {
      const aged = (): number => int(rng, 58, 99);
      const notices = [
        `${pick(rng, LAST)}, ${pick(rng, FIRST)}. Passed away peacefully on ${pick(rng, DAYS)}, aged ${aged()}. Funeral service at ${pick(rng, ["St Mary's Church", "the family home", "Northern Crematorium", "the community hall"])} at ${int(rng, 9, 15)}:00.`,
        `With deep sorrow we inform the passing of Shri ${pick(rng, ["Ramesh", "Suresh", "Mohan", "Vijay"])} ${pick(rng, ["Iyer", "Kapoor", "Nair", "Sharma"])}, aged ${aged()}. Prayer meeting on ${pick(rng, DAYS)} at ${int(rng, 3, 6)} pm.`,
        `Dearly loved mother and grandmother ${pick(rng, ["Margaret", "Joan", "Thandiwe", "Grace"])} ${pick(rng, ["Walker", "O'Brien", "Dlamini", "Mensah"])} died on ${pick(rng, DAYS)} at the age of ${aged()}. Forever in our hearts.`,
      ];
      return pick(rng, [
        [pick(rng, ["Death notices", "Family notices", "Obituaries & tributes"]), ...some(rng, notices, 1, 3), pick(rng, ["Place a notice ›", "Search all notices ›", "Send your condolences ›"])],
        ["Necrologi", `È mancato all'affetto dei suoi cari ${pick(rng, ["Giuseppe", "Franco", "Luigi", "Mario"])} ${pick(rng, ["Rossi", "Bianchi", "Esposito", "Colombo"])}, di anni ${aged()}. I funerali si terranno ${pick(rng, ["lunedì", "martedì", "giovedì", "sabato"])} alle ore ${int(rng, 9, 16)}.`, "Pubblica un necrologio ›"],
        ["Overlijdensberichten", `Heden is van ons heengegaan ${pick(rng, ["Jan", "Gerrit", "Maria", "Anneke"])} ${pick(rng, ["de Vries", "Jansen", "Bakker", "Visser"])}, in de leeftijd van ${aged()} jaar.`, "Plaats een advertentie ›"],
        [`${int(rng, 8, 60)} new notices today`, "Browse death notices ›"],
      ]);
    },
  },
  {
    name: "school-closures",
    set: "fresh3",
    where: ["below", "above"],
    make: (rng) =>
      pick(rng, [
        ["School closures", `${int(rng, 3, 140)} schools in ${pick(rng, ["Cumbria", "Aberdeenshire", "Powys", "County Durham", "the Highlands"])} are closed or partly closed today`, "Check if your child's school is open ›"],
        [
          "Closings & delays",
          `${pick(rng, ["Cook County", "Fulton County", "Harris County"])} Schools: ${pick(rng, ["Closed", "2-hour delay", "Early dismissal"])}`,
          `${pick(rng, ["St. Joseph Academy", "Lincoln Elementary", "Northside Charter"])}: ${pick(rng, ["Closed", "2-hour delay", "Remote learning day"])}`,
          "Submit a closing ›",
        ],
        [`School holiday alert: ${some(rng, ["Gurugram", "Noida", "Ghaziabad", "Lucknow", "Patna"], 2, 3).join(", ")}`, `Reason: ${pick(rng, ["cold wave", "heavy rain", "air pollution"])}`, "Check your district ›"],
        ["Fermetures d'écoles", `${int(rng, 5, 220)} écoles fermées aujourd'hui en raison de la tempête`, "Voir la liste ›"],
        [`Snow day: ${int(rng, 10, 90)} closures reported`, "See the full list ›"],
      ]),
  },
  {
    name: "newsletter-signup-asia",
    set: "fresh3",
    where: ["below", "inside"],
    make: (rng) => {
      const [head, pitch, field, button] = pick(rng, [
        ["Đăng ký nhận bản tin", "Nhận tin tức nổi bật mỗi sáng qua email", "Nhập email của bạn", "Đăng ký"],
        ["สมัครรับจดหมายข่าว", "รับข่าวเด่นประจำวันส่งตรงถึงอีเมลของคุณ", "กรอกอีเมลของคุณ", "สมัครเลย"],
        ["Berlangganan newsletter", "Dapatkan berita pilihan setiap pagi di email Anda", "Masukkan alamat email", "Daftar"],
        ["メールマガジン登録", "毎朝、主要ニュースをお届けします", "メールアドレスを入力", "登録する ›"],
        ["뉴스레터 구독", "매일 아침 주요 뉴스를 이메일로 받아보세요", "이메일 주소 입력", "구독하기"],
        ["Mag-subscribe sa aming newsletter", "Ang pinakamahahalagang balita, diretso sa iyong inbox", "Ilagay ang iyong email", "Mag-subscribe"],
      ] as [string, string, string, string][]);
      return pick(rng, [
        [head, pitch, field, button],
        [head, pitch, button],
        [`${head}: ${pitch}`, button],
      ]);
    },
  },
  {
    name: "imprint-block",
    set: "fresh3",
    where: ["below"],
    make: (rng) =>
      pick(rng, [
        ["Impressum", `Herausgeber: ${pick(rng, ["Rheinland Mediengruppe GmbH & Co. KG", "Nordsee Verlag GmbH", "Alpenland Medien GmbH"])}`, `Chefredaktion: ${pick(rng, ["Anna", "Jonas", "Katrin", "Stefan"])} ${pick(rng, ["Becker", "Weber", "Hoffmann", "Schulz"])}`, "Datenschutz · AGB · Kontakt"],
        ["Aviso legal", `Editado por ${pick(rng, ["Ediciones del Sur S.L.", "Grupo Meridiano S.A."])}`, `CIF ${pick(rng, ["B", "A"])}${int(rng, 10_000_000, 99_999_999)} · Calle Mayor, ${int(rng, 2, 90)}, 28013 Madrid`, "Política de privacidad · Contacto"],
        [
          `Printed and published by ${person(rng)} on behalf of ${pick(rng, PUBLISHERS)} and printed at ${pick(rng, ["Okhla Industrial Area, New Delhi", "Lower Parel, Mumbai", "Ambattur, Chennai"])}.`,
          `Editor: ${person(rng)} (responsible for selection of news under the PRB Act).`,
        ],
        [`${pick(rng, ["Editoriale Lombarda S.p.A.", "Gruppo Adriatico S.r.l."])} · P.IVA ${int(rng, 10_000, 99_999)}${int(rng, 100_000, 999_999)}`, `Registrazione Tribunale di ${pick(rng, ["Milano", "Roma", "Bologna"])} n. ${int(rng, 12, 640)}`],
        ["Redaksi", "Pedoman Media Siber", "Kode Etik Jurnalistik", "Kontak Kami"],
      ]),
  },
  {
    name: "tv-guide",
    set: "fresh3",
    where: ["below"],
    make: (rng) => {
      const slot = (h: number): string => `${h}:${pick(rng, ["00", "30"])}`;
      return pick(rng, [
        [
          pick(rng, ["On TV tonight", "TV guide", "What's on tonight"]),
          `${slot(18)} · ${pick(rng, ["Evening News", "Regional News", "World Report"])}`,
          `${slot(19)} · ${pick(rng, ["Cricket: 2nd Test highlights", "Premier League Preview", "Wildlife Planet"])}`,
          `${slot(21)} · ${pick(rng, ["Late Night Debate", "The Business Hour", "Film: The Long Road Home"])}`,
          "Full TV guide ›",
        ],
        ["Yayın akışı", `${slot(19)} Ana Haber Bülteni`, `${slot(20)} ${pick(rng, ["Gündem Özel", "Dizi: Mavi Rüzgar", "Süper Lig Özetleri"])}`, "Tüm yayın akışı ›"],
        ["Programación de hoy", `${slot(21)} Noticiero Estelar`, `${slot(22)} ${pick(rng, ["Fútbol: resumen de la jornada", "Cine: La última estación"])}`, "Ver guía completa ›"],
        [`Now on ${pick(rng, ["Radio Meridian FM", "Courier Talk 702", "Savanna FM 98.4"])}: ${pick(rng, ["The Drive Show", "Breakfast with the News", "Sports Night"])}`, "Schedule ›"],
        ["Stasera in TV", `${slot(20)} ${pick(rng, ["Tg della sera", "Telegiornale"])}`, `${slot(21)} ${pick(rng, ["Film: Il ritorno", "Calcio: Coppa Italia", "Quiz a premi"])}`, "Guida TV completa ›"],
      ]);
    },
  },
];

/**
 * The split rule, applied to a list of kinds: grouped by home zone, ordered by
 * {@link fnv1a} of the name, alternating `tune`, `heldout`.
 *
 * @param kinds - the catalogue (only `name` and `where` are read)
 * @returns each kind's half, by name
 * @example
 * splitRule(CHROME_KINDS).get("share-bar"); //=> "tune"
 */
export function splitRule(kinds: readonly Pick<ChromeKind, "name" | "where">[]): Map<string, "tune" | "heldout"> {
  const out = new Map<string, "tune" | "heldout">();
  for (const zone of ["above", "inside", "below"] as const) {
    const group = kinds.filter((k) => k.where[0] === zone).sort((a, b) => fnv1a(a.name) - fnv1a(b.name) || (a.name < b.name ? -1 : 1));
    group.forEach((k, i) => out.set(k.name, i % 2 === 0 ? "tune" : "heldout"));
  }
  return out;
}

// ---------------------------------------------------------------------------
// Wrapping a page

/** Options of {@link wrapInChrome}. */
export interface WrapOptions {
  /** Seeds the PRNG: the same page, seed and options always give the same text. */
  readonly seed: number;
  /**
   * Which kinds to draw from.
   * @default "all"
   */
  readonly set?: ChromeSet | "all";
  /**
   * Scales the most blocks per zone: 1 gives 1-4 above, 0-2 inside, 1-4 below;
   * 0 gives exactly one above and one below and none inside.
   * @default 1
   */
  readonly density?: number;
}

/** One block the simulator placed. */
export interface PlacedBlock {
  readonly kind: string;
  readonly where: Placement;
  readonly lines: readonly string[];
  /** The index of its first line among the wrapped text's lines (split on the page's newline). */
  readonly line: number;
}

/** A wrapped page and what was put into it. */
export interface WrappedPage {
  readonly text: string;
  /** The blocks, in page order. */
  readonly blocks: readonly PlacedBlock[];
}

/** A body paragraph by its shape: at least 120 characters, ending a sentence or a quote. */
const isLongParagraph = (line: string): boolean => {
  const t = line.trim();
  return t.length >= 120 && /[.!?"'”’]$/.test(t);
};

/**
 * Where inside chrome may go: the line indexes after which a block can stand.
 * Only gaps within the page's first run of long paragraphs (lines of
 * {@link isLongParagraph} shape with only blank lines between them), and never
 * the run's first gap: that keeps chrome off the head of the story, a
 * standfirst before the first paragraph included.
 *
 * @param lines - the page's lines
 * @returns indexes `i`: a block may go right after `lines[i]`
 * @example
 * insideGaps(["Headline", "", long1, "", long2, "", long3]); //=> [4]
 */
export function insideGaps(lines: readonly string[]): number[] {
  const filled = lines.map((l, i) => [l, i] as const).filter(([l]) => l.trim() !== "");
  const start = filled.findIndex(([l], k) => isLongParagraph(l) && isLongParagraph(filled[k + 1]?.[0] ?? ""));
  if (start < 0) return [];
  const gaps: number[] = [];
  for (let k = start + 1; k + 1 < filled.length && isLongParagraph(filled[k + 1]?.[0] ?? ""); k++) gaps.push(filled[k]?.[1] as number);
  return gaps;
}

/** `count` distinct kinds for a zone, each made into a block; `pin: "top"` kinds go first, `pin: "bottom"` last. */
function drawBlocks(rng: Rng, kinds: readonly ChromeKind[], where: Placement, count: number): Omit<PlacedBlock, "line">[] {
  const chosen = shuffled(rng, kinds.filter((k) => k.where.includes(where))).slice(0, count);
  const rank = (k: ChromeKind): number => (k.pin === "top" ? 0 : k.pin === "bottom" ? 2 : 1);
  return chosen.sort((a, b) => rank(a) - rank(b)).map((k) => ({ kind: k.name, where, lines: k.make(rng) }));
}

/** A block's lines as page lines: with a blank line between them when the page separates blocks so. */
const spaced = (lines: readonly string[], blank: boolean): string[] => (blank ? lines.flatMap((l) => ["", l]).slice(1) : lines.slice());

/**
 * Wraps a page in site chrome and says what it put where.
 *
 * @param page - a page's text (one block a line)
 * @param opts - seed, half of the catalogue, density
 * @returns the wrapped text and the placed blocks
 * @example
 * wrapPage("Headline\n\nBody.", { seed: 3 }).blocks.map((b) => `${b.where}:${b.kind}`);
 * //=> e.g. ["above:top-nav", "above:breadcrumb", "below:footer-menu"]
 */
export function wrapPage(page: string, opts: WrapOptions): WrappedPage {
  const rng = mulberry32(opts.seed);
  const density = Math.max(0, opts.density ?? 1);
  const set = opts.set ?? "all";
  const kinds = CHROME_KINDS.filter((k) => set === "all" || k.set === set);
  const bom = page.startsWith("\uFEFF") ? "\uFEFF" : "";
  const nl = page.includes("\r\n") ? "\r\n" : "\n";
  const lines = page.slice(bom.length).split(nl);
  const trailingNewline = lines.length > 1 && lines[lines.length - 1] === "";
  while (lines.length > 0 && (lines[lines.length - 1] ?? "").trim() === "") lines.pop();
  const blank = lines.some((l) => l.trim() === "");

  const above = drawBlocks(rng, kinds, "above", int(rng, 1, 1 + Math.round(3 * density)));
  const gaps = shuffled(rng, insideGaps(lines)).slice(0, int(rng, 0, Math.round(2 * density)));
  const inside = drawBlocks(rng, kinds, "inside", gaps.length);
  const below = drawBlocks(rng, kinds, "below", int(rng, 1, 1 + Math.round(3 * density)));

  const out: string[] = [];
  const placed: PlacedBlock[] = [];
  /** Adds a block, a blank line before it (unless it opens the page) and between its lines when `blankStyle`. */
  const put = (block: Omit<PlacedBlock, "line">, blankStyle: boolean): void => {
    if (blankStyle && out.length > 0) out.push("");
    placed.push({ ...block, line: out.length });
    out.push(...spaced(block.lines, blankStyle));
  };
  for (const b of above) put(b, blank);
  if (blank) out.push("");
  const insideAt = new Map(gaps.map((g, i) => [g, inside[i] as Omit<PlacedBlock, "line">]));
  lines.forEach((line, i) => {
    out.push(line);
    const block = insideAt.get(i);
    if (block) put(block, (lines[i + 1] ?? "").trim() === "");
  });
  for (const b of below) put(b, blank);
  return { text: bom + out.join(nl) + (trailingNewline ? nl : ""), blocks: placed };
}

/**
 * Wraps a page in site chrome: 1-4 blocks above its first line, 0-2 between
 * body paragraphs, 1-4 after its last line (at density 1), in the page's own
 * separator style (blank lines or single newlines; CRLF kept).
 *
 * @param page - a page's text (one block a line)
 * @param opts - seed, half of the catalogue, density
 * @returns the wrapped page
 * @example
 * wrapInChrome("Headline\n\nBody paragraph.", { seed: 1, set: "tune" });
 * //=> "<1-4 chrome blocks>\n\nHeadline\n\nBody paragraph.\n\n<1-4 chrome blocks>"
 */
export function wrapInChrome(page: string, opts: WrapOptions): string {
  return wrapPage(page, opts).text;
}

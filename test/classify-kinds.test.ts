/**
 * classifyLine, kind by kind, on lines as pages print them: separators of each
 * character, links in any case, record ids, counters, vote counts, social
 * embeds, gallery counters, embed labels, "also read" lines by each opening
 * word, glued menus, author notes, share bars glued with spaces, bars or
 * dots, image file names, credits and captions. The lines are our own.
 */
import { describe, expect, it } from "vitest";
import { classifyLine } from "../src/stages/03-classify.js";

const classify = (text: string) => classifyLine({ text, start: 0, end: text.length, blankBefore: 0 });

describe("classifyLine kinds, one rule at a time", () => {
  it.each([
    ["___", "separator"],
    ["----", "separator"],
    ["=====", "separator"],
    ["* * *", "separator"],
    ["–––––", "separator"],
    ["—————", "separator"],
    ["HTTPS://EXAMPLE.COM/NEWS/2021/floods", "clutter"],
    ["www.example.com/story", "clutter"],
    ["WWW.EXAMPLE.COM", "clutter"],
    ["Www.Example.com", "clutter"],
    ["http://example.com/a", "clutter"],
    ["AB12345678", "clutter"],
    ["ZZ12345678X9", "clutter"],
    ["QR98765432", "clutter"],
    ["00", "clutter"],
    ["99", "clutter"],
    ["0 comments", "clutter"],
    ["9 shares", "clutter"],
    ["3 vote", "clutter"],
    ["12 votes", "clutter"],
    ["Tweet by @janedoe", "clutter"],
    ["Post by @example_news", "clutter"],
    ["pic.twitter.com/abc123", "clutter"],
    ["1/5", "clutter"],
    ["Slide 2 of 9", "clutter"],
    ["Image 1 of / 12", "clutter"],
    ["1.5x", "clutter"],
    ["Speed 1×", "clutter"],
    ["12 photos", "clutter"],
    ["VIDEO | Floods sweep the valley", "clutter"],
    ["Watch | The mayor speaks", "clutter"],
    ["See also: Floods sweep the valley", "also-read"],
    ["Must read: The mayor's plan", "also-read"],
    ["Read also - Floods sweep the valley", "also-read"],
    ["Also read: The budget in ten charts", "also-read"],
    ["More: the budget", "text"],
    ["NewsNews", "clutter"],
    ["IndiaNewsSports", "clutter"],
    ["source:  Qatar Tribune ", "source"],
    ["Source: Example Wire", "source"],
    ["Anna Berg is a freelance journalist based in Oslo.", "clutter"],
    ["Zoe Park writes about science and health.", "clutter"],
    ["Anna Berg writes for the weekend edition.", "clutter"],
    ["Bob Lee is a reporter.", "clutter"],
    ["Facebook  Twitter  Email", "clutter"],
    ["Copy link  Facebook  Telegram", "clutter"],
    ["Share | Tweet | Email", "clutter"],
    ["Share · Tweet · Email", "clutter"],
    ["Share this article  Twitter  Facebook", "clutter"],
    ["Facebook | Twitter", "clutter"],
    ["Twitter  The mayor spoke", "text"],
    ["Facebook Twitter Email", "clutter"],
    ["Facebook Twitter", "text"],
    ["Facebook Twitter Email LinkedIn Reddit WhatsApp Telegram Pinterest Print Email Twitter Facebook", "clutter"],
    ["Facebook Twitter Email LinkedIn Reddit WhatsApp Telegram Pinterest Print Email Twitter", "clutter"],
    ["SHARE  Facebook  Twitter", "clutter"],
    ["share  facebook  twitter", "clutter"],
    ["Share this  Twitter  Email", "clutter"],
    ["Follow us  Facebook", "clutter"],
    ["Share on  Facebook | Twitter", "clutter"],
    ["IMG_1234.jpg", "clutter"],
    ["photo-of-the-day.webp", "clutter"],
    ["floods.PNG", "clutter"],
    ["(MENAFN- Example Gazette) LONDON, March 3 (Reuters) - The talks resumed.", "credit"],
    ["Courtesy of the family", "credit"],
    ["(MENAFN- Example Gazette)", "credit"],
    ["LONDON, March 3 (Reuters) - The talks resumed.", "text"],
    ["March 3, 2021", "date"],
    ["By Jane Doe", "byline"],
    ["By Jane Doe | Example Wire", "byline"],
    ["A crowd gathers outside the court in the capital on Tuesday as the judges read out the verdict, which took more than four hours, and supporters of both sides waited under umbrellas in the rain for the announcement that many had expected. (Photo: Jane Doe)", "caption"],
    ["A crowd gathers outside the court. (Photo: Jane Doe)", "caption"],
    ["Volunteers clear the beach after the storm. Submitted image", "caption"],
    ["The old lighthouse before its repair, handout pictures", "caption"],
    ["Home | Sport", "clutter"],
    ["News › India › Politics", "clutter"],
    ["News > World > Asia > India", "clutter"],
    ["Home › News", "clutter"],
    ["Facebook | Twitter |", "clutter"],
    ["| Facebook | Twitter", "clutter"],
    ["Share |  Facebook", "clutter"],
    ["4 hours ago", "text"],
    ["2 min read", "text"],
    ["5 minutes ago", "text"],
    ["node:fs", "text"],
    ["tags:politics", "clutter"],
    ["menu:open", "text"],
    ["weather:sunny", "text"],
    ["english", "text"],
    ["2024:", "text"],
    ["12:30", "text"],
    ["Updated:", "text"],
  ])("reads %j as %s", (line, kind) => {
    expect(classify(line).kind).toBe(kind);
  });
});

describe("what classifyLine reads from a line besides its kind", () => {
  it("trims the source's name", () => {
    expect(classify("source:  Qatar Tribune ").value).toBe("Qatar Tribune");
  });

  it("reads the dateline of a text line and of a credit line, and of no other kind", () => {
    expect(classify("LONDON, March 3 (Reuters) - The talks resumed.").dateline?.city).toBe("LONDON");
    // A syndication credit glued before the dateline: the line is a credit, and its dateline is still read.
    expect(classify("(MENAFN- Example Gazette) LONDON, March 3 (Reuters) - The talks resumed.").dateline?.city).toBe("LONDON");
    // A link in capitals would read as a place and a colon.
    expect(classify("HTTPS://EXAMPLE.COM/NEWS/2021/floods").dateline).toBeNull();
    expect(classify("March 3, 2021").dateline).toBeNull();
  });
});

describe("controls and widget prompts a page prints between and after paragraphs", () => {
  it.each([
    // A control's mark at the end: an arrow down or round, a tick.
    ["Jump to comments ↓", "clutter"],
    ["Tap to refresh ↻", "clutter"],
    ["Link copied ✓", "clutter"],
    ["Saved to My Reading ✔", "clutter"],
    // An emoji after a word: a control's icon.
    ["Create a job alert 🔔", "clutter"],
    // A document's download link, its size.
    ["Read the full ruling (PDF)", "clutter"],
    ["Annual report (PDF, 7.8 MB)", "clutter"],
    ["6.4 MB", "clutter"],
    ["Budget speech [PDF]", "clutter"],
    // A button's plus before its words.
    ["+ Follow", "clutter"],
    // A plus or a minus sign after a space: a control that opens, closes or zooms.
    ["Show all results +", "clutter"],
    ["Zoom out −", "clutter"],
    // A control's word alone.
    ["Undo", "clutter"],
    ["Retry", "clutter"],
    ["Try again", "clutter"],
    ["Zoom out", "clutter"],
    ["Keyboard shortcuts", "clutter"],
    // A widget's question to the reader, a loader's state.
    ["What do you think of this article?", "clutter"],
    ["How did this story make you feel?", "clutter"],
    ["Tell us what you think of the new app.", "clutter"],
    ["By using this website, you agree to our privacy policy and terms of use.", "clutter"],
    ["This site uses cookies.", "clutter"],
    ["Loading more comments…", "clutter"],
    ["Sorry, something went wrong loading the video.", "clutter"],
    // Consent notices in other languages, an affiliate disclosure.
    ["Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias.", "clutter"],
    ["Wij gebruiken cookies om je een betere ervaring te bieden.", "clutter"],
    ["Używamy plików cookies i podobnych technologii, aby zapewnić Ci najlepsze doświadczenia.", "clutter"],
    ["Accetta i cookie o abbonati", "clutter"],
    ["Deze website maakt gebruik van cookies", "clutter"],
    ["Wraz z 342 partnerami przetwarzamy Twoje dane osobowe.", "clutter"],
    ["We may earn a commission from links on this page.", "clutter"],
    ["This article contains affiliate links.", "clutter"],
    ["Door op 'Akkoord' te klikken, ga je akkoord met het plaatsen van cookies.", "clutter"],
    ["Wir erhalten eine Provision, wenn Sie über einen der Links einkaufen.", "clutter"],
    ["Berlangganan newsletter: Dapatkan berita pilihan setiap pagi di email Anda", "clutter"],
    ["Mag-subscribe sa aming newsletter", "clutter"],
    // An ad slot's label and a member wall's notice, in other languages and scripts.
    ["Anzeige", "clutter"],
    ["Publicidade", "clutter"],
    ["L'articolo continua dopo la pubblicità", "clutter"],
    ["La suite après cette publicité", "clutter"],
    ["Abbonati", "clutter"],
    // A stock card: its heading and its quotes.
    ["Stocks in this story", "clutter"],
    ["DECSTL ▲ 0.76%", "clutter"],
    ["MRET +1.0%", "clutter"],
    ["AURE3 ▼1.92%", "clutter"],
    // A notice that the privacy notice changed; a donation ask in Portuguese.
    ["Our privacy notice has changed. Please take a moment to read it.", "clutter"],
    ["Nosso trabalho depende de leitores como você. Contribua a partir de R$ 10.", "clutter"],
    ["Jornalismo de qualidade precisa do seu apoio", "clutter"],
    // A consent prompt's buttons in other languages.
    ["Rifiuta", "clutter"],
    ["Kabul Et", "clutter"],
    ["Setuju", "clutter"],
    ["إعلان", "clutter"],
    ["広告", "clutter"],
    ["この記事は会員限定です。登録すると続きをお読みいただけます。", "clutter"],
    ["이 기사는 유료 회원 전용 콘텐츠입니다.", "clutter"],
    // "Read also" and a link's title, in other languages.
    ["İlgili Haber: Akaryakıta yeni zam geldi", "clutter"],
    ["Bunu da okuyun: Köprü ücretlerine düzenleme", "clutter"],
    ["Baca juga: Harga cabai naik jelang Lebaran", "clutter"],
    ["Czytaj także: Nowe stawki za prąd od stycznia", "clutter"],
    ["Leggi anche | Il porto riapre dopo la tempesta", "clutter"],
    // A search box's prompt, a consent banner's buttons, a paywall's count.
    ["Type your search and press Enter", "clutter"],
    ["Type here to search", "clutter"],
    ["Press Enter to search", "clutter"],
    ["Manage preferences", "clutter"],
    ["More options", "clutter"],
    ["This is your last free article this month.", "clutter"],
    // A consent notice of several sentences, longer than a notice's line: its opening says what it is.
    [`We use cookies and other tracking technologies to improve your browsing experience on our site, show personalised content and targeted ads, analyse site traffic, and understand where our readers come from. ${"To find out more or to opt out, please read our cookie policy, which was last updated in May. ".repeat(3)}`.trim(), "clutter"],
    [`By registering you become a member of the Example Media family of sites and you have read and agree to our terms of use and privacy policy. ${"You may unsubscribe from these messages at any time by following the link in any of them. ".repeat(3)}`.trim(), "clutter"],
  ])("reads %j as %s", (line, kind) => {
    expect(classify(line).kind).toBe(kind);
  });

  it.each([
    ["\"What do you think about the plan?\" asked one farmer.", "text"],
    ["\"Let us know what you think,\" the minister told the crowd.", "text"],
    ["The new rules will make you feel safer, the mayor said.", "text"],
    ["Dock workers were loading more containers on Monday.", "text"],
    ["Prices fell ↓ sharply", "text"],
    ["Children aged 12+", "text"],
    ["+44 20 7946 0000", "text"],
    ["We hope to see you at the harbour soon! 🙂", "text"],
    // A story's sentence about a notice's subject: ten words or more, and none that addresses the reader.
    ["The company changed its privacy policy last year after regulators opened an inquiry, the newspaper reported.", "text"],
    ["The regulator said the site uses cookies to track readers without their consent.", "text"],
    ["Acme Widget™", "text"],
    ["The ruling, leaked as a PDF, ran to 40 pages.", "text"],
    ["Profits rose 6.4 percent", "text"],
    ["C++", "text"],
    ["Type 2 diabetes: the search for a cure", "text"],
    // A story's sentences about cookies and commissions, in English and in Spanish: no word of the site's own.
    ["Google will stop using third-party cookies in Chrome next year, the company said on Tuesday.", "text"],
    ["Los usuarios deben aceptar las cookies para leer el diario, dijo el regulador en un comunicado.", "text"],
    ["The agent will earn a commission of two percent on every sale, the contract shows.", "text"],
    ["Baca juga buku itu, kata menteri kepada wartawan pada hari Senin.", "text"],
    ["The company said its newsletter: a weekly digest, had 2 million readers.", "text"],
    ["The company changed its privacy notice last year after regulators opened an inquiry, the newspaper reported.", "text"],
    ["Los lectores como usted decidirán, dijo el ministro en una entrevista con la radio estatal el lunes.", "text"],
    ["Shares rose 2%", "text"],
    ["GDP +0.4% in the third quarter", "text"],
    ["東京都は月曜日、住宅地での民泊を週末に限る新しい規則を決めた。", "text"],
    ["Police press on with the search for the missing climbers", "text"],
    ["The article was first published in a free newspaper.", "text"],
    // A long paragraph that opens like a consent notice's words, and is none.
    [`We use information from satellites to track the storms, the director said, adding that ${"the agency had warned coastal towns for days before the first landfall of the season. ".repeat(4)}`.trim(), "text"],
    [`By Monday the river had risen above the flood wall in three places, and ${"volunteers filled sandbags through the night to protect the houses nearest to the bank. ".repeat(4)}`.trim(), "text"],
  ])("keeps the story's own line %j as %s", (line, kind) => {
    expect(classify(line).kind).toBe(kind);
  });
});

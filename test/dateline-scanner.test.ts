/**
 * The dateline scanner (src/lib/dateline.ts) at its limits: the length of a
 * lone line, a place word's parts and letters, the words of a place, spaces
 * between its parts, unclosed brackets, qualifiers before a date, joint
 * credits. Each row is a line as a page could print it and what the scanner
 * reads from it today (null: no dateline). The lines are our own.
 */
import { describe, expect, it } from "vitest";
import { parseDateline } from "../src/lib/dateline.js";
import type { DatelineParse } from "../src/types.js";

/** The fields a line yields, those that are set, in one line. */
function read(line: string): string | null {
  const p: DatelineParse | null = parseDateline(line);
  if (p === null) return null;
  return Object.entries(p)
    .filter(([, v]) => v !== null && v !== false && v !== "")
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(" | ");
}

describe("parseDateline at the scanner's limits", () => {
  it.each([
    ["ŁÓDŹ, May 5, - Two trams collided near the main station.", "text=ŁÓDŹ, May 5, - | city=ŁÓDŹ | month=5 | day=5 | rest=Two trams collided near the main station."],
    ["ŁÓDŹ, May 5,, - Two trams collided near the main station.", "text=ŁÓDŹ, May 5,, - | city=ŁÓDŹ | month=5 | day=5 | rest=Two trams collided near the main station."],
    ["ŁÓDŹ, May 5 - Two trams collided near the main station.", "text=ŁÓDŹ, May 5 - | city=ŁÓDŹ | month=5 | day=5 | rest=Two trams collided near the main station."],
    ["ŁÓDŹ, Poland, May 5 (PAP) - Two trams collided near the main station.", "text=ŁÓDŹ, Poland, May 5 (PAP) - | city=ŁÓDŹ | country=Poland | agency=PAP | month=5 | day=5 | rest=Two trams collided near the main station."],
    ["Ürümqi, China, May 5 - Snow closed the airport.", "text=Ürümqi, China, May 5 - | city=Ürümqi | country=China | month=5 | day=5 | rest=Snow closed the airport."],
    ["london, Mar.3", null],
    ["london, Mar. 3", null],
    ["london, March 3", null],
    ["london, March 3 - The talks resumed.", "text=london, March 3 - | city=london | month=3 | day=3 | rest=The talks resumed."],
    ["(MENAFN- Example Gazette) NAIROBI (Reuters), March 3 (AFP) - Kenya's shilling fell.", null],
    ["(MENAFN- Example Gazette) NAIROBI, March 3 (AFP) - Kenya's shilling fell.", "prefix=(MENAFN- Example Gazette) | text=NAIROBI, March 3 (AFP) - | city=NAIROBI | agency=AFP | month=3 | day=3 | rest=Kenya's shilling fell."],
    ["Kupwara (Jammu and Kashmir) [India], North Kashmir, Oct. 20 (ANI): Troops cleared the road.", "text=Kupwara (Jammu and Kashmir) [India], North Kashmir, Oct. 20 (ANI): | city=Kupwara | region=Jammu and Kashmir | country=India | agency=ANI | month=10 | day=20 | rest=Troops cleared the road."],
    ["Xi'an [China] (Shaanxi), Asia, Oct. 20, Reuter --- The museum reopened.", "text=Xi'an [China] (Shaanxi), Asia, Oct. 20, Reuter --- | city=Xi'an | region=Shaanxi | country=China | agency=Reuters | month=10 | day=20 | rest=The museum reopened."],
    ["Xi'an, Oct. 20 (Xinhua) - The museum reopened.", "text=Xi'an, Oct. 20 (Xinhua) - | city=Xi'an | agency=Xinhua | month=10 | day=20 | rest=The museum reopened."],
    ["al-Ain, Oct. 20 (WAM) - The zoo opened a new enclosure.", "text=al-Ain, Oct. 20 (WAM) - | city=al-Ain | agency=WAM | month=10 | day=20 | rest=The zoo opened a new enclosure."],
    ["MUMBAI (Maharashtra: Rains flooded the suburbs.", null],
    ["MUMBAI (", null],
    ["KARACHI [Pakistan - Rains flooded the city.", null],
    ["KARACHI [", null],
    ["LLANFAIRPWLLGWYNGYLLGOGERYCHWYRNDROBWLL - The village sign was stolen again.", null],
    ["DONAUDAMPFSCHIFFFAHRTSKAPITAEN -", null],
    ["ABCDEFGHIJKLMNOPQRSTUVWXY -", "text=ABCDEFGHIJKLMNOPQRSTUVWXY - | city=ABCDEFGHIJKLMNOPQRSTUVWXY"],
    ["ABCDEFGHIJKLMNOPQRSTUVWXYZ -", null],
    ["LONDON                                          ", "text=LONDON | city=LONDON"],
    ["LONDON                                           ", null],
    ["LONDON                                         ", "text=LONDON | city=LONDON"],
    ["zagreb (Example / Gulf Wire / WAM - 02nd May, 2021)", null],
    ["ZAGREB (Example / Gulf Wire / WAM - 02nd May, 2021)", "text=ZAGREB (Example / Gulf Wire / WAM - 02nd May, 2021) | city=ZAGREB | region=Example / Gulf Wire / WAM - 02nd May, 2021"],
    ["zagreb (Example / Gulf Wire / WAM - 02nd May, 2021) The fair opened.", null],
    ["PTI, UNI", null],
    ["Dhaka (BSS/AFP)", "text=Dhaka (BSS/AFP) | city=Dhaka | agency=BSS/AFP"],
    ["dhaka (BSS/AFP)", "text=dhaka (BSS/AFP) | city=dhaka | agency=BSS/AFP"],
    ["dhaka (BSS/AFP): Floods eased.", "text=dhaka (BSS/AFP): | city=dhaka | agency=BSS/AFP | rest=Floods eased."],
    ["DHAKA (BSS/AFP)", "text=DHAKA (BSS/AFP) | city=DHAKA | agency=BSS/AFP"],
    ["Springfield (BSS/AFP)", null],
    ["Ho Chi Minh City", null],
    ["Rio de Janeiro", "text=Rio de Janeiro | city=Rio de Janeiro"],
    ["Port of Spain", "text=Port of Spain | city=Port of Spain"],
    ["Port of Spain - The carnival began.", "text=Port of Spain - | city=Port of Spain | rest=The carnival began."],
    ["CHARLESTON,   W.   Va.   - Coal shipments rose.", null],
    ["CHARLESTON,  W.  Va.  - Coal shipments rose.", "text=CHARLESTON,  W.  Va.  - | city=CHARLESTON | country=W.  Va. | rest=Coal shipments rose."],
    ["CHARLESTON, W. Va. - Coal shipments rose.", "text=CHARLESTON, W. Va. - | city=CHARLESTON | region=W. Va. | rest=Coal shipments rose."],
    ["PRETORIA         March         9 - The rand firmed.", null],
    ["PRETORIA        March        9 - The rand firmed.", "text=PRETORIA        March        9 - | city=PRETORIA | month=3 | day=9 | rest=The rand firmed."],
    ["HELSINKI, May 2 (STT) - Finland's parliament approved the budget on Friday.", "text=HELSINKI, May 2 (STT) - | city=HELSINKI | agency=STT | month=5 | day=2 | rest=Finland's parliament approved the budget on Friday."],
    ["HELSINKI (STT) - Finland's parliament approved the budget on Friday.", "text=HELSINKI (STT) - | city=HELSINKI | region=STT | rest=Finland's parliament approved the budget on Friday."],
    ["NOIDA, India 12 May - The metro line opened.", "text=NOIDA, India 12 May - | city=NOIDA | country=India | month=5 | day=12 | rest=The metro line opened."],
    ["NOIDA, India 12 May –", "text=NOIDA, India 12 May – | city=NOIDA | country=India | month=5 | day=12"],
    ["ST., India 12 May –", "text=ST., India 12 May – | city=ST. | country=India | month=5 | day=12"],
    ["zagreb, March 2:\tThe fair opened.", "text=zagreb, March 2: | city=zagreb | month=3 | day=2 | rest=The fair opened."],
    ["zagreb, March 2: The fair opened.", "text=zagreb, March 2: | city=zagreb | month=3 | day=2 | rest=The fair opened."],
    ["Example Daily – OTTAWA, Ontario, March (AP)", null],
    ["Example Daily – OTTAWA, Ontario, March 3 (AP) - The House rose.", "prefix=Example Daily – | text=OTTAWA, Ontario, March 3 (AP) - | city=OTTAWA | region=Ontario | agency=AP | month=3 | day=3 | rest=The House rose."],
    ["(EU)", "text=(EU) | agency=EU"],
    ["BSS, ", null],
    ["BSS, Gazipur: Farmers protested.", "text=BSS, Gazipur: | city=Gazipur | agency=BSS | rest=Farmers protested."],
    ["June 20", null],
    ["Toronto ,", "text=Toronto | city=Toronto | rest=,"],
    ["Toronto ,  ", "text=Toronto | city=Toronto | rest=,  "],
    ["KABUL, SPA-", null],
    ["KABUL, SPA - The talks", null],
    ["London, March |", null],
    ["21 May 2022; MEMO:", "text=21 May 2022; MEMO: | agency=MEMO | month=5 | day=21 | year=2022"],
    ["21 May 2022; MEMO: The ship docked.", "text=21 May 2022; MEMO: | agency=MEMO | month=5 | day=21 | year=2022 | rest=The ship docked."],
    ["SYDNEY (AFP) (Reuters) said the fires were out.", "text=SYDNEY (AFP) | city=SYDNEY | agency=AFP | rest=(Reuters) said the fires were out."],
    ["agra, Calif., Oct. 20, SPA _The talks", null],
    ["Ottawa March (IANS) --- Two people died.", "text=Ottawa March (IANS) --- | city=Ottawa March | agency=IANS | rest=Two people died."],
    ["(MENAFN- Example Gazette) Qz [Pakistan] 12 May (AP) - The talks", null],
    ["Example Post - LAHORE (UNB / BSS / AFP / AP) —", "prefix=Example Post - | text=LAHORE (UNB / BSS / AFP / AP) — | city=LAHORE | region=UNB / BSS / AFP / AP"],
    ["LAHORE (UNB / BSS / AFP / AP) - The talks", "text=LAHORE (UNB / BSS / AFP / AP) - | city=LAHORE | region=UNB / BSS / AFP / AP | rest=The talks"],
    ["LAHORE (UNB / BSS / AFP) - The talks", "text=LAHORE (UNB / BSS / AFP) - | city=LAHORE | agency=UNB / BSS / AFP | rest=The talks"],
    ["SAINT-JEAN-SUR-RICHELIEU-EAST:", "text=SAINT-JEAN-SUR-RICHELIEU-EAST: | city=SAINT-JEAN-SUR-RICHELIEU-EAST"],
    ["A-B-C-D-E-F-G:", null],
    ["A-B-C-D-E-F:", "text=A-B-C-D-E-F: | city=A-B-C-D-E-F"],
    ["SAINT PAUL DE VENCE LA ROCHE SUR YON, 2 Jan - x", null],
    ["A B C D E F G, 2 Jan—", null],
    ["A B C D E F, 2 Jan—", "text=A B C D E F, 2 Jan— | city=A B C D E F | month=1 | day=2"],
    ["By Jane Doe Ramadan 23, 1438 - x", "text=By Jane Doe Ramadan 23, 1438 - | city=By Jane Doe | day=23 | year=1438 | hijri=true | rest=x"],
    ["WASHINGTON, D.C. (UK) (US) (EU) | the talks", null],
    ["BY JANE DOE des moines, Calif., 2  Jan ---  ", null],
    ["des moines, Iowa, 2 Jan - x", "text=des moines, Iowa, 2 Jan - | city=des moines | region=Iowa | month=1 | day=2 | rest=x"],
    ["WEB_DESK (Reuters) - The talks", null],
    ["NEWS_DESK (3): the", null],
    ["Gotham (Reuters) -", "text=Gotham (Reuters) - | city=Gotham | agency=Reuters"],
    ["Springfield (AFP) -", "text=Springfield (AFP) - | city=Springfield | agency=AFP"],
    ["PRETORIA Oct. 9 - The rand firmed.", "text=PRETORIA Oct. 9 - | city=PRETORIA | month=10 | day=9 | rest=The rand firmed."],
    ["London, March3 - The talks resumed.", null],
    ["LONDON/ - The talks resumed.", null],
    ["ABU DHABI, (Example / WAM - Mrach 3, 2021) - The fair opened.", null],
    ["ABU DHABI, (Example / WAM  - 3 May, 2021) - The fair opened.", "text=ABU DHABI, (Example / WAM  - 3 May, 2021) - | city=ABU DHABI | agency=WAM | month=5 | day=3 | year=2021 | rest=The fair opened."],
    ["ABU DHABI, (Example / WAM - 3 May) - The fair opened.", null],
    ["21 May 2022; MEMO:30 people were rescued.", null],
    ["21 May 2022; MEMO::: The ship docked.", null],
    ["By Jane Doe   The talks went on.", null],
    ["NEW DELHI, March 3 (PTI/UNI/IANS) - Parliament adjourned.", "text=NEW DELHI, March 3 (PTI/UNI/IANS) - | city=NEW DELHI | agency=PTI/UNI/IANS | month=3 | day=3 | rest=Parliament adjourned."],
    ["NEW DELHI, March 3 (PTI/UNI/IANS/ANI) - Parliament adjourned.", null],
    ["LONDON, March 3 ( Reuters ) - The talks resumed.", "text=LONDON, March 3 ( Reuters ) - | city=LONDON | agency=Reuters | month=3 | day=3 | rest=The talks resumed."],
    ["BOIS d'arc, Texas - The mill closed.", "text=BOIS d'arc, Texas - | city=BOIS d'arc | region=Texas | rest=The mill closed."],
    ["Srinagar ( Kashmir ) - Snow closed the highway.", "text=Srinagar ( Kashmir ) - | city=Srinagar | region=Kashmir | rest=Snow closed the highway."],
    ["KARACHI [ Pakistan ] - Rains flooded the city.", "text=KARACHI [ Pakistan ] - | city=KARACHI | country=Pakistan | rest=Rains flooded the city."],
    ["05 May 2022; MEMO: The ship docked.", "text=05 May 2022; MEMO: | agency=MEMO | month=5 | day=5 | year=2022 | rest=The ship docked."],
    ["9 May 2022; MEMO: The ship docked.", "text=9 May 2022; MEMO: | agency=MEMO | month=5 | day=9 | year=2022 | rest=The ship docked."],
    ["LLANFAIRPWLLGWYNGYLL GOGERYCHWYRNDROBWLL LLANTYSILIOGOGOGOCH, Anglesey Isle, Wales Country, United Kingdom, March 3, 2021 (Reuters) - The sign was stolen.", null],
    ["NOTE: The figures were revised on Monday.", null],
    ["EDITOR'S NOTE: The story below contains strong language.", null],
    ["BREAKING NEWS: The bridge is closed.", null],
  ])("reads %j as %j", (line, want) => {
    expect(read(line)).toBe(want);
  });
});

/**
 * Dates as a spec: SPEC.md Behaviour 5 (date-only stays date-only, zones with
 * the dateline's country as context, dotted dates day-first, slashed dates
 * month-first unless the first number is over 12, Hijri dates not converted,
 * year-less dates take the year closest to the story's own date) and the
 * `published` / `updated` fields of `WireStory`.
 *
 * Every headline, sentence and name below is invented for these tests.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseWireStory } from "../src/index.js";
import { closestYear, findDate, monthNumber, readDateLine, referenceDay, zoneOffset } from "../src/lib/dates.js";
import { MONTHS } from "../src/data/months.js";
import { ZONE_OFFSETS } from "../src/data/zones.js";

interface Want {
  date: string;
  time: string | null;
  label: "published" | "updated";
  zone?: string | null;
  prefix?: string;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Reads a date line and checks what SPEC.md fixes about it. */
function expectDateLine(text: string, want: Want): void {
  const r = readDateLine(text);
  expect(r, `no date line read in ${JSON.stringify(text)}`).not.toBeNull();
  const got: Record<string, unknown> = {
    date: iso(r!.found.year, r!.found.month, r!.found.day),
    time: r!.found.time,
    label: r!.label,
    zone: r!.found.zone,
  };
  const expected: Record<string, unknown> = { date: want.date, time: want.time, label: want.label, zone: want.zone ?? null };
  if (want.prefix !== undefined) {
    got.prefix = r!.prefix;
    expected.prefix = want.prefix;
  }
  expect(got).toEqual(expected);
}

describe("readDateLine", () => {
  describe("reads month-name dates", () => {
    it("reads an abbreviated month first: 'Jun 20, 2024'", () => {
      expectDateLine("Jun 20, 2024", { date: "2024-06-20", time: null, label: "published" });
    });

    it("reads a day before a full month name: '20 June 2024'", () => {
      expectDateLine("20 June 2024", { date: "2024-06-20", time: null, label: "published" });
    });

    it("reads a 12-hour time after the date as 24-hour time: 'June 20, 2024 3:01 PM'", () => {
      expectDateLine("June 20, 2024 3:01 PM", { date: "2024-06-20", time: "15:01", label: "published" });
    });

    it("reads a weekday in front of the date: 'Thursday, June 20, 2024'", () => {
      expectDateLine("Thursday, June 20, 2024", { date: "2024-06-20", time: null, label: "published" });
    });

    it("reads an ordinal day with a comma before the year: '29th November, 2015'", () => {
      expectDateLine("29th November, 2015", { date: "2015-11-29", time: null, label: "published" });
    });

    it("reads 12:29 AM as 00:29: '15 Jan 2026 | 12:29 AM'", () => {
      expectDateLine("15 Jan 2026 | 12:29 AM", { date: "2026-01-15", time: "00:29", label: "published" });
    });

    it("reads 12:05 PM as 12:05 (noon stays noon)", () => {
      expectDateLine("Mar 4, 2021 12:05 PM", { date: "2021-03-04", time: "12:05", label: "published" });
    });

    it("reads a dotted time with a.m.: 'Last updated on March 3, 2024 at 9.30 a.m.'", () => {
      expectDateLine("Last updated on March 3, 2024 at 9.30 a.m.", { date: "2024-03-03", time: "09:30", label: "updated" });
    });

    it("keeps a date-only line date-only (no invented noon)", () => {
      const r = readDateLine("Jun 20, 2024");
      expect(r?.found.time).toBeNull();
      expect(r?.found.zone).toBeNull();
    });
  });

  describe("reads labels, zones and credits", () => {
    it("reads the 'Updated:' label and the zone: 'Updated: Jun 20, 2024 15:01 IST'", () => {
      expectDateLine("Updated: Jun 20, 2024 15:01 IST", { date: "2024-06-20", time: "15:01", label: "updated", zone: "IST" });
    });

    it("reads the first date of a line that also gives the update: 'Published Mar 2, 2023 at 8:15 AM | Updated at 9:40 AM CST on Mar 2, 2023'", () => {
      expectDateLine("Published Mar 2, 2023 at 8:15 AM | Updated at 9:40 AM CST on Mar 2, 2023", { date: "2023-03-02", time: "08:15", label: "published" });
    });

    it("reads no date line when what follows the date is long and no update's date line", () => {
      expect(readDateLine("Published Mar 2, 2023 at 8:15 AM | Updated after the council voted to close the bridge")).toBeNull();
      expect(readDateLine("Published Mar 2, 2023 at 8:15 AM and shared by the council with every school in the county")).toBeNull();
    });

    it("reads the credit before the label as the prefix: 'ANI | Updated: Sep 24, 2019 15:16 IST'", () => {
      expectDateLine("ANI | Updated: Sep 24, 2019 15:16 IST", {
        date: "2019-09-24",
        time: "15:16",
        label: "updated",
        zone: "IST",
        prefix: "ANI",
      });
    });

    it("reads a byline before 'Published:' as the prefix: 'By Qayam Published: June 21, 2020, 10:57 am IST'", () => {
      expectDateLine("By Qayam Published: June 21, 2020, 10:57 am IST", {
        date: "2020-06-21",
        time: "10:57",
        label: "published",
        zone: "IST",
        prefix: "By Qayam",
      });
    });

    it("reads a date after a syndication credit: '(MENAFN- Khaleej Times) Published: Tue 7 Nov 2023, 9:39 PM'", () => {
      expectDateLine("(MENAFN- Khaleej Times) Published: Tue 7 Nov 2023, 9:39 PM", {
        date: "2023-11-07",
        time: "21:39",
        label: "published",
      });
    });

    it("reads a numeric zone after the time: 'Jun 20, 2024 15:01 +0530'", () => {
      expectDateLine("Jun 20, 2024 15:01 +0530", { date: "2024-06-20", time: "15:01", label: "published", zone: "+0530" });
    });

    it("reads 'Posted' as the published label", () => {
      expectDateLine("Posted: Feb 2, 2022 08:45 GMT", { date: "2022-02-02", time: "08:45", label: "published", zone: "GMT" });
    });
  });

  describe("reads numeric dates", () => {
    it("reads an ISO date: '2024-06-20'", () => {
      expectDateLine("2024-06-20", { date: "2024-06-20", time: null, label: "published" });
    });

    it("reads a dotted date day first: '20.06.2024'", () => {
      expectDateLine("20.06.2024", { date: "2024-06-20", time: null, label: "published" });
    });

    it("reads '08.12.2017' as 8 December, not 12 August", () => {
      expectDateLine("08.12.2017", { date: "2017-12-08", time: null, label: "published" });
    });

    it("reads a slashed date day first when the first number is over 12: 'EMIRATES NEWS (30/9/2012)'", () => {
      expectDateLine("EMIRATES NEWS (30/9/2012)", { date: "2012-09-30", time: null, label: "published", prefix: "EMIRATES NEWS" });
    });

    it("reads a slashed date month first otherwise: '06/07/2024' is June 7", () => {
      expectDateLine("06/07/2024", { date: "2024-06-07", time: null, label: "published" });
    });
  });

  describe("Hijri dates", () => {
    it("reads the Gregorian date beside a Hijri one: 'Sunday 1440/9/20 - 26 May 2019'", () => {
      expectDateLine("Sunday 1440/9/20 - 26 May 2019", { date: "2019-05-26", time: null, label: "published" });
    });

    it("does not read a Hijri month-name date alone: 'Ramadan 23, 1438'", () => {
      expect(readDateLine("Ramadan 23, 1438")).toBeNull();
    });

    it("does not read a numeric Hijri date alone: '1440/9/20'", () => {
      expect(readDateLine("1440/9/20")).toBeNull();
    });
  });

  describe("does not read what is not a date line", () => {
    it.each([
      "The vote will be held on June 20, 2024.",
      "Officials said the plant closed on 20.06.2024 after an inspection.",
      "Ferry services resume on Jun 20, 2024 after repairs",
      "Tickets for the 20 June 2024 final sold out within an hour.",
      "She was born on 2024-06-20 in a small coastal town.",
    ])("does not read a sentence that mentions a date: %s", (text) => {
      expect(readDateLine(text)).toBeNull();
    });

    it("does not read a long line, even one that opens with a date", () => {
      const line = "Jun 20, 2024 " + "Example ".repeat(20).trim();
      expect(line.length).toBeGreaterThan(120);
      expect(readDateLine(line)).toBeNull();
    });

    it("does not read a long paragraph that carries a date", () => {
      const paragraph =
        "Jun 20, 2024: The regional water board approved a new tariff schedule on Thursday after months of public hearings, " +
        "saying the change would fund repairs to ageing pipes across the valley.";
      expect(readDateLine(paragraph)).toBeNull();
    });

    it.each(["June 20", "Updated: June 20", "Thursday, June 20", "20 June 3:01 PM"])("does not read a date without a year: %s", (text) => {
      expect(readDateLine(text)).toBeNull();
    });

    it.each(["2024", "Page 2024", "Flight 1420 delayed", "Call 555-0123"])("does not read a number that is not a date: %s", (text) => {
      expect(readDateLine(text)).toBeNull();
    });

    it("does not read an impossible day: 'February 30, 2024'", () => {
      expect(readDateLine("February 30, 2024")).toBeNull();
    });
  });
});

describe("findDate", () => {
  it("reads where the date, time and zone are in the line", () => {
    expect(findDate("Updated: Jun 20, 2024 15:01 IST")).toEqual({
      year: 2024,
      month: 6,
      day: 20,
      time: "15:01",
      zone: "IST",
      start: 9,
      end: 31,
    });
  });

  it("does not read a line without a year", () => {
    expect(findDate("Updated: Jun 20 15:01 IST")).toBeNull();
  });

  it("does not read a time that stands far from the date", () => {
    const found = findDate("Jun 20, 2024 Example Desk 15:01");
    expect(found).not.toBeNull();
    expect(found!.time).toBeNull();
  });
});

describe("zoneOffset", () => {
  it("reads IST as India by default", () => {
    expect(zoneOffset("IST", null)).toBe("+05:30");
  });

  it("reads IST as India on an Indian dateline", () => {
    expect(zoneOffset("IST", "India")).toBe("+05:30");
  });

  it("reads IST as Israel on an Israeli dateline", () => {
    expect(zoneOffset("IST", "Israel")).toBe("+02:00");
  });

  it("reads GMT as +00:00", () => {
    expect(zoneOffset("GMT", null)).toBe("+00:00");
  });

  it("reads EDT as -04:00", () => {
    expect(zoneOffset("EDT", null)).toBe("-04:00");
  });

  it("reads a numeric offset: '+0530'", () => {
    expect(zoneOffset("+0530", null)).toBe("+05:30");
  });

  it("reads an offset after GMT: 'GMT+5:30'", () => {
    expect(zoneOffset("GMT+5:30", null)).toBe("+05:30");
  });

  it("reads a negative offset: '-03:00'", () => {
    expect(zoneOffset("-03:00", null)).toBe("-03:00");
  });

  it("does not read an unknown zone", () => {
    expect(zoneOffset("XYZ", null)).toBeNull();
  });

  it("does not read an offset beyond 14 hours", () => {
    expect(zoneOffset("+1900", null)).toBeNull();
  });
});

describe("closestYear", () => {
  it("picks the year Date.UTC puts nearest the anchor, for every day around the turn of years, leap years and years 0-99 included", () => {
    /** The reference: the distances Date.UTC gives, the earliest year on a tie. */
    const byDateUtc = (month: number, day: number, a: { year: number; month: number; day: number }): string | null => {
      let best: string | null = null;
      let bestDistance = Infinity;
      for (const year of [a.year - 1, a.year, a.year + 1]) {
        const d = new Date(Date.UTC(2000, month - 1, day));
        if (d.getUTCMonth() !== month - 1) continue;
        if (month === 2 && day === 29 && !((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) continue;
        const distance = Math.abs(Date.UTC(year, month - 1, day) - Date.UTC(a.year, a.month - 1, a.day));
        if (distance < bestDistance) {
          bestDistance = distance;
          best = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        }
      }
      return best;
    };
    for (const year of [0, 1, 98, 99, 100, 101, 1900, 2000, 2023, 2024, 2025, 2100]) {
      for (const anchor of [{ month: 1, day: 1 }, { month: 2, day: 28 }, { month: 3, day: 1 }, { month: 7, day: 2 }, { month: 7, day: 3 }, { month: 12, day: 31 }]) {
        for (const [month, day] of [[1, 1], [2, 29], [6, 30], [7, 1], [12, 31]] as const) {
          const a = { year, ...anchor };
          expect(closestYear(month, day, a), `${month}/${day} near ${year}-${anchor.month}-${anchor.day}`).toBe(byDateUtc(month, day, a));
        }
      }
    }
  });

  it("reads 'Dec 31' on a story of 2025-01-02 as 2024-12-31", () => {
    expect(closestYear(12, 31, { year: 2025, month: 1, day: 2 })).toBe("2024-12-31");
  });

  it("reads 'Jan 1' on a story of 2024-12-31 as 2025-01-01", () => {
    expect(closestYear(1, 1, { year: 2024, month: 12, day: 31 })).toBe("2025-01-01");
  });

  it("reads Feb 29 on a story of 2024-03-01 as 2024-02-29", () => {
    expect(closestYear(2, 29, { year: 2024, month: 3, day: 1 })).toBe("2024-02-29");
  });

  it("reads Feb 29 on a story of 2023-03-01 as 2024-02-29, the only valid nearby year", () => {
    expect(closestYear(2, 29, { year: 2023, month: 3, day: 1 })).toBe("2024-02-29");
  });

  it("reads the story's own day as the story's own year", () => {
    expect(closestYear(6, 20, { year: 2024, month: 6, day: 20 })).toBe("2024-06-20");
  });

  it("does not read a day that no nearby year has", () => {
    expect(closestYear(2, 30, { year: 2024, month: 2, day: 1 })).toBeNull();
  });
});

describe("referenceDay", () => {
  it("reads a YYYY-MM-DD string", () => {
    expect(referenceDay("2024-06-20")).toEqual({ year: 2024, month: 6, day: 20 });
  });

  it("reads the UTC day of a Date", () => {
    expect(referenceDay(new Date(Date.UTC(2024, 11, 31, 23, 30)))).toEqual({ year: 2024, month: 12, day: 31 });
  });

  it("does not read an absent, invalid or impossible reference", () => {
    expect(referenceDay(undefined)).toBeNull();
    expect(referenceDay("not a date")).toBeNull();
    expect(referenceDay("2024-02-30")).toBeNull();
    expect(referenceDay(new Date(Number.NaN))).toBeNull();
  });
});

describe("parseWireStory dates", () => {
  it("reads a December dateline on a January page as the previous year", () => {
    const story = parseWireStory(
      [
        "Harbour board delays vote on new ferry terminal",
        "",
        "Jan 2, 2025",
        "",
        "WELLINGTON, Dec 31 (Reuters) - The harbour board postponed a vote on the planned ferry terminal until February, citing late engineering reports.",
        "Board members said the delay would not change the expected opening date of the terminal.",
      ].join("\n"),
    );
    expect(story.published?.date).toBe("2025-01-02");
    expect(story.dateline?.city).toBe("WELLINGTON");
    expect(story.dateline?.date).toBe("2024-12-31");
  });

  it("reads a January dateline on a page dated December 31 as the next year", () => {
    const story = parseWireStory(
      [
        "Island council opens new year with fireworks ban",
        "",
        "Dec 31, 2024",
        "",
        "SUVA, Jan 1 (Reuters) - The island council banned private fireworks for the new year celebrations after a string of grass fires along the coast.",
        "Police said patrols would be stepped up in the main towns overnight.",
      ].join("\n"),
    );
    expect(story.published?.date).toBe("2024-12-31");
    expect(story.dateline?.date).toBe("2025-01-01");
  });

  it("reads a year-less dateline with referenceDate when the page shows no date", () => {
    const story = parseWireStory(
      [
        "Library extends opening hours for exam season",
        "",
        "OSLO, May 3 (Reuters) - The city library will stay open until midnight for the rest of the exam season, its director said on Friday.",
        "Students had petitioned for longer hours for several years.",
      ].join("\n"),
      { referenceDate: "2023-05-05" },
    );
    expect(story.published).toBeNull();
    expect(story.dateline?.date).toBe("2023-05-03");
  });

  it("does not invent a year for a year-less dateline with neither a page date nor referenceDate, and warns", () => {
    const story = parseWireStory(
      [
        "Library extends opening hours for exam season",
        "",
        "OSLO, May 3 (Reuters) - The city library will stay open until midnight for the rest of the exam season, its director said on Friday.",
        "Students had petitioned for longer hours for several years.",
      ].join("\n"),
    );
    expect(story.dateline?.city).toBe("OSLO");
    expect(story.dateline?.date).toBeNull();
    expect(story.warnings.length).toBeGreaterThan(0);
  });

  it("reads IST as Israel time on a page datelined in Israel", () => {
    const story = parseWireStory(
      [
        "Desalination plant opens on the northern coast",
        "",
        "Jun 20, 2024 15:01 IST",
        "",
        "Hadera [Israel], June 20: A new desalination plant on the northern coast began supplying water to nearby towns on Thursday, the operator said.",
        "The plant is expected to reach full capacity by the end of the year.",
      ].join("\n"),
    );
    expect(story.dateline?.country).toBe("Israel");
    expect(story.published).toEqual({ text: "Jun 20, 2024 15:01 IST", date: "2024-06-20", time: "15:01", utcOffset: "+02:00" });
  });

  it("reads IST as India time on a page datelined in India", () => {
    const story = parseWireStory(
      [
        "City council approves new bus depot",
        "",
        "Jun 20, 2024 15:01 IST",
        "",
        "Nagpur [India], June 20: The city council on Thursday approved a new bus depot on the eastern outskirts to ease crowding at the central station.",
        "Work on the depot is expected to begin after the monsoon.",
      ].join("\n"),
    );
    expect(story.dateline?.country).toBe("India");
    expect(story.published?.utcOffset).toBe("+05:30");
  });

  it("keeps a date-only page date date-only, with no time and no offset", () => {
    const story = parseWireStory(
      [
        "Museum reopens after roof repairs",
        "",
        "20 June 2024",
        "",
        "LISBON, June 20 (Reuters) - The maritime museum reopened on Thursday after two years of roof repairs, welcoming hundreds of visitors on its first day.",
        "Curators said several ship models had been restored during the closure.",
      ].join("\n"),
    );
    expect(story.published).toEqual({ text: "20 June 2024", date: "2024-06-20", time: null, utcOffset: null });
  });

  it("reads a plain date line as published and an 'Updated:' line as updated", () => {
    const story = parseWireStory(
      [
        "Ferry operator adds night crossings for summer",
        "",
        "Jun 20, 2024",
        "",
        "Updated: Jun 21, 2024 09:15 GMT",
        "",
        "DOVER, June 20 (Reuters) - A ferry operator said on Thursday it would add night crossings for the summer season to cope with rising demand from holidaymakers.",
        "The extra sailings start next month and run until the end of September.",
      ].join("\n"),
    );
    expect(story.published).toEqual({ text: "Jun 20, 2024", date: "2024-06-20", time: null, utcOffset: null });
    expect(story.updated).toEqual({ text: "Updated: Jun 21, 2024 09:15 GMT", date: "2024-06-21", time: "09:15", utcOffset: "+00:00" });
    expect(story.body[0]).toMatch(/^A ferry operator said/);
    expect(story.body).not.toContain("Updated: Jun 21, 2024 09:15 GMT");
  });

  it("reads a lone 'Updated:' line as updated and leaves published null", () => {
    const story = parseWireStory(
      [
        "Ferry operator adds night crossings for summer",
        "",
        "Updated: Jun 21, 2024 09:15 GMT",
        "",
        "DOVER, June 20 (Reuters) - A ferry operator said on Thursday it would add night crossings for the summer season to cope with rising demand from holidaymakers.",
        "The extra sailings start next month and run until the end of September.",
      ].join("\n"),
    );
    expect(story.published).toBeNull();
    expect(story.updated?.date).toBe("2024-06-21");
  });
});

describe("teaser dates", () => {
  const STORY = [
    "Lighthouse keepers return to remote island",
    "Jun 14, 2024",
    "ABERDEEN, June 14 (Reuters) - Two keepers moved back into the lighthouse on the northern island on Monday, the first to live there since the light was automated more than thirty years ago.",
    "The trust that owns the island said the pair would run a small visitor centre during the summer and record the weather for the national forecasting service.",
  ];
  const TEASER = "Ferry operator adds winter sailings to the islands";
  const SUMMARY = "The operator will run two extra sailings a week from November, it said on Wednesday.";

  it("dates a teaser's year-less dateline by the teaser's own date line first", () => {
    const story = parseWireStory([...STORY, "More news", TEASER, "Dec 30, 2024", `KIRKWALL, Jan 2 (Reuters) - ${SUMMARY}`].join("\n"));
    expect(story.moreNews[0]!.dateline?.date).toBe("2025-01-02");
    expect(story.moreNews[0]!.published?.date).toBe("2024-12-30");
  });

  it("dates it by the story's own date when the teaser has none", () => {
    const story = parseWireStory([...STORY, "More news", TEASER, `KIRKWALL, Dec 30 (Reuters) - ${SUMMARY}`].join("\n"));
    expect(story.moreNews[0]!.dateline?.date).toBe("2023-12-30");
    expect(story.warnings).toEqual([]);
  });

  it("warns once for each dateline it cannot date, naming the story's or the teaser's", () => {
    const story = parseWireStory([STORY[0]!, STORY[2]!, STORY[3]!, "More news", TEASER, `KIRKWALL, Dec 30 (Reuters) - ${SUMMARY}`].join("\n"));
    expect(story.dateline?.date).toBeNull();
    expect(story.moreNews[0]!.dateline?.date).toBeNull();
    expect(story.warnings).toEqual([
      { code: "DATE_YEAR_UNKNOWN", message: 'the story\'s dateline "ABERDEEN, June 14 (Reuters) -" has no year and the page shows no date; pass referenceDate to date it' },
      { code: "DATE_YEAR_UNKNOWN", message: 'teaser 1\'s dateline "KIRKWALL, Dec 30 (Reuters) -" has no year and the page shows no date; pass referenceDate to date it' },
    ]);
  });

  it("takes referenceDate for both when the page shows no date", () => {
    const story = parseWireStory([STORY[0]!, STORY[2]!, STORY[3]!, "More news", TEASER, `KIRKWALL, Dec 30 (Reuters) - ${SUMMARY}`].join("\n"), { referenceDate: "2024-01-03" });
    expect(story.dateline?.date).toBe("2024-06-14");
    expect(story.moreNews[0]!.dateline?.date).toBe("2023-12-30");
    expect(story.warnings).toEqual([]);
  });

  it("keeps a year the dateline writes, whatever the page's date", () => {
    const story = parseWireStory([STORY[0]!, "Jun 14, 2024", "DHAKA, Feb 15, 2021 (BSS) - The port reopened to large ships on Thursday after a month of dredging, officials said.", STORY[3]!].join("\n"));
    expect(story.dateline?.date).toBe("2021-02-15");
  });

  it("warns of a Hijri dateline date and leaves it undated", () => {
    const story = parseWireStory([STORY[0]!, "Dubai, Ramadan 23, 1438 (WAM) - The emirate opened a new desalination plant on the coast on Thursday, officials said.", STORY[3]!].join("\n"));
    expect(story.dateline).toMatchObject({ city: "Dubai", agency: "WAM", date: null });
    expect(story.warnings).toEqual([{ code: "HIJRI_DATE", message: 'the story\'s dateline "Dubai, Ramadan 23, 1438 (WAM) -" has a Hijri date, which is not converted' }]);
  });

  it("reads a teaser's zone with the teaser's own dateline country, the story's with the story's", () => {
    const story = parseWireStory(
      [
        STORY[0]!,
        "Jun 14, 2024 15:00 IST",
        "Hadera [Israel], June 14: A new desalination plant opened on the coast on Thursday, officials said, adding capacity for the summer.",
        STORY[3]!,
        "More news",
        TEASER,
        "Jun 13, 2024 10:00 IST",
        `Pune [India], June 13: ${SUMMARY}`,
        "Seal colony numbers recover on the east coast",
        "Jun 12, 2024 09:00 IST",
        "Counts by volunteers found the largest number of pups in a decade, the trust said.",
      ].join("\n"),
    );
    expect(story.published?.utcOffset).toBe("+02:00");
    expect(story.moreNews.map((t) => t.published?.utcOffset)).toEqual(["+05:30", "+02:00"]);
  });
});

describe("monthNumber", () => {
  it("reads every month spelling in any case, and nothing else", () => {
    for (const [key, n] of MONTHS) {
      for (const w of [key, key.toUpperCase(), key[0]!.toUpperCase() + key.slice(1)]) expect(monthNumber(w), w).toBe(n);
    }
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("Sept.", "MAYO", "Ju", "Decembers", "\u0130an", "marCH")), (w) => {
        expect(monthNumber(w)).toBe(MONTHS.get(w.toLowerCase()));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("boundary tables", () => {
  /** `readDateLine(text)` as `YYYY-MM-DD`, or null. */
  const day = (text: string): string | null => {
    const r = readDateLine(text);
    return r ? iso(r.found.year, r.found.month, r.found.day) : null;
  };

  describe("numeric dates at the month boundary (12 and 13)", () => {
    // A US site prints "12/05/2024" for 5 December; a Gulf site "13/05/2024" for 13 May; a site
    // with dashes "12-05-2024" for 12 May (SPEC.md section 5: slashed month-first unless the first
    // number is over 12; dotted day-first; dashed day-first unless the second is over 12).
    it.each([
      ["12/05/2024", "2024-12-05"],
      ["13/05/2024", "2024-05-13"],
      ["05/12/2024", "2024-05-12"],
      ["05/13/2024", "2024-05-13"],
      ["12/12/2024", "2024-12-12"],
      ["13/13/2024", null],
      ["1/2/2024", "2024-01-02"],
      ["12-05-2024", "2024-05-12"],
      ["05-12-2024", "2024-12-05"],
      ["05-13-2024", "2024-05-13"],
      ["13-05-2024", "2024-05-13"],
      ["12-12-2024", "2024-12-12"],
      ["13-13-2024", null],
      ["12.05.2024", "2024-05-12"],
      ["13.05.2024", "2024-05-13"],
      ["05.12.2024", "2024-12-05"],
      ["05.13.2024", null],
      ["2024-12-05", "2024-12-05"],
      ["2024-13-05", null],
      ["2024-05-13", "2024-05-13"],
    ])("%s is %s", (text, want) => {
      expect(day(text)).toBe(want);
    });

    it.each([
      ["31/12/2024", "2024-12-31"],
      ["12/31/2024", "2024-12-31"],
      ["31/11/2024", null],
      ["02/29/2024", "2024-02-29"],
      ["02/29/2023", null],
      ["29.02.2024", "2024-02-29"],
      ["29.02.2023", null],
      ["00/05/2024", null],
      ["05/00/2024", null],
    ])("%s is %s (days that do and do not exist)", (text, want) => {
      expect(day(text)).toBe(want);
    });
  });

  describe("two-digit years", () => {
    it.each([
      ["06/07/24", "2024-06-07"],
      ["13/07/24", "2024-07-13"],
      ["12/05/00", "2000-12-05"],
      // An archived page from 1987 or 1999: not 2087 or 2099 (POSIX's %y: 69-99 are 19xx).
      ["3/26/87", "1987-03-26"],
      ["12/31/99", "1999-12-31"],
      ["01/01/69", "1969-01-01"],
      ["12/31/68", "2068-12-31"],
      ["12-05-24", "2024-05-12"],
      ["Updated: 06/07/24 15:01 IST", "2024-06-07"],
    ])("%s is %s", (text, want) => {
      expect(day(text)).toBe(want);
    });

    it.each(["06.07.24", "Jun 20, 24", "20 June 24"])("%s is not read (dotted and month-name dates need four digits)", (text) => {
      expect(day(text)).toBeNull();
    });
  });

  describe("two dates on one line: the first is the story's", () => {
    // A site that prints the first publication and the update on one line.
    it.each([
      ["Jun 20, 2024 | Updated Jun 21, 2024", "2024-06-20"],
      ["Jun 21, 2024 | first published Jun 20, 2024", "2024-06-21"],
      ["20 June 2024, updated 21 June 2024", "2024-06-20"],
      ["21 June 2024, first published June 20, 2024", "2024-06-21"],
      ["June 21, 2024, first published 20 June 2024", "2024-06-21"],
      ["20.06.2024 - 21.06.2024", "2024-06-20"],
      ["06/20/2024 - 06/21/2024", "2024-06-20"],
      ["2024-06-20 / 2024-06-21", "2024-06-20"],
      ["20.06.2024 | Jun 21, 2024", "2024-06-21"],
    ])("%s gives %s", (text, want) => {
      expect(day(text)).toBe(want);
    });

    it("takes the first date's time, not the second's", () => {
      const found = findDate("Jun 20, 2024 10:00 GMT, updated Jun 21, 2024 11:30 GMT")!;
      expect([found.day, found.time, found.zone]).toEqual([20, "10:00", "GMT"]);
    });
  });

  describe("times at the edges of the clock", () => {
    it.each([
      ["Jun 20, 2024 00:00", "00:00"],
      ["Jun 20, 2024 23:59", "23:59"],
      ["Jun 20, 2024 24:00", null],
      ["Jun 20, 2024 12:60", null],
      ["Jun 20, 2024 11:59 PM", "23:59"],
      ["Jun 20, 2024 12:00 AM", "00:00"],
      ["Jun 20, 2024 12:00 PM", "12:00"],
      ["Jun 20, 2024 1:00 p.m.", "13:00"],
      ["Jun 20, 2024 1:00 a.m.", "01:00"],
      ["Jun 20, 2024 13:00 PM", "13:00"],
      ["Jun 20, 2024 9.30 am", "09:30"],
    ])("%s has time %s", (text, time) => {
      expect(findDate(text)!.time).toBe(time);
    });

    it.each([
      ["Jun 20, 2024 15:01", "15:01"],
      ["Jun 20, 2024 -- 15:01", "15:01"],
      ["Jun 20, 2024, at 15:01", "15:01"],
      ["Jun 20, 2024 | at 15:01", "15:01"],
      ["Jun 20, 2024 | at: 15:01", null],
    ])("reads a time only up to six characters after the date: %s", (text, time) => {
      expect(findDate(text)!.time).toBe(time);
    });
  });

  describe("every zone abbreviation", () => {
    // The offsets as the zones define them, written out here (not read from src/data/zones.ts),
    // so that a wrong entry in the table fails.
    const OFFSETS: Record<string, string> = {
      UTC: "+00:00", GMT: "+00:00", Z: "+00:00", WET: "+00:00", BST: "+01:00", IST: "+05:30", CET: "+01:00",
      CEST: "+02:00", WEST: "+01:00", EET: "+02:00", EEST: "+03:00", MSK: "+03:00", AST: "+03:00", GST: "+04:00",
      PKT: "+05:00", NPT: "+05:45", BDT: "+06:00", ICT: "+07:00", WIB: "+07:00", SGT: "+08:00", HKT: "+08:00",
      PHT: "+08:00", AWST: "+08:00", JST: "+09:00", KST: "+09:00", ACST: "+09:30", AEST: "+10:00", AEDT: "+11:00",
      NZST: "+12:00", NZDT: "+13:00", EST: "-05:00", EDT: "-04:00", CST: "-06:00", CDT: "-05:00", MST: "-07:00",
      MDT: "-06:00", PST: "-08:00", PDT: "-07:00", AKST: "-09:00", HST: "-10:00", ADT: "-03:00", NST: "-03:30",
      SAST: "+02:00", EAT: "+03:00", WAT: "+01:00", CAT: "+02:00",
    };

    it("lists every zone of the table here", () => {
      expect(Object.keys(OFFSETS).sort()).toEqual([...ZONE_OFFSETS.keys()].sort());
    });

    it.each(Object.entries(OFFSETS))("%s after a time is read and is %s on a page with no dateline country", (zone, offset) => {
      const found = findDate(`Updated: Jun 20, 2024 15:01 ${zone}`)!;
      expect(found.zone).toBe(zone);
      expect(zoneOffset(zone, null)).toBe(offset);
      expect(zoneOffset(zone, "Atlantis")).toBe(offset);
    });

    it.each([
      ["Israel", "IST", "+02:00"],
      ["Israel", "IDT", "+03:00"],
      ["Ireland", "IST", "+01:00"],
      ["Bangladesh", "BST", "+06:00"],
      ["Canada", "AST", "-04:00"],
      ["Canada", "CST", "-06:00"],
      ["China", "CST", "+08:00"],
      ["Taiwan", "CST", "+08:00"],
      ["Cuba", "CST", "-05:00"],
      ["India", "IST", "+05:30"],
      ["Israel", "GMT", "+00:00"],
      ["ISRAEL", "IST", "+02:00"],
    ])("on a page datelined in %s, %s is %s", (country, zone, offset) => {
      expect(zoneOffset(zone, country)).toBe(offset);
    });

    it("does not read IDT without an Israeli dateline (it is in no default table)", () => {
      expect(zoneOffset("IDT", null)).toBeNull();
      expect(zoneOffset("IDT", "India")).toBeNull();
    });

    it.each([
      ["+0530", "+05:30"],
      ["+05:30", "+05:30"],
      ["-0330", "-03:30"],
      ["GMT+5:30", "+05:30"],
      ["GMT+8", "+08:00"],
      ["UTC-3", "-03:00"],
      ["+14", "+14:00"],
      ["-1400", "-14:00"],
      ["+15", null],
      ["+1460", null],
      ["+1459", "+14:59"],
    ])("the numeric zone %s is %s", (zone, offset) => {
      expect(zoneOffset(zone, null)).toBe(offset);
    });

    it.each([
      ["Jun 20, 2024 15:01 (IST)", "IST"],
      ["Jun 20, 2024 15:01 GMT+5:30", "GMT+5:30"],
      ["Jun 20, 2024 15:01 +05:30", "+05:30"],
      ["Jun 20, 2024 15:01 XYZ", null],
      ["Jun 20, 2024 15:01 ISTANBUL", null],
      ["Jun 20, 2024 15:01 Ist", null],
    ])("reads the zone written after the time in %s as %s", (text, zone) => {
      expect(findDate(text)!.zone).toBe(zone);
    });

    it("gives the story's published offset from the zone and the dateline's country", () => {
      const page = (zone: string, dateline: string): string =>
        ["Port reopens after dredging", "", `Jun 20, 2024 15:01 ${zone}`, "", `${dateline} The port reopened to large ships on Thursday after a month of dredging, its operator said.`].join("\n");
      expect(parseWireStory(page("CST", "TAIPEI [Taiwan], June 20:")).published?.utcOffset).toBe("+08:00");
      expect(parseWireStory(page("CST", "HOUSTON, June 20 (Reuters) -")).published?.utcOffset).toBe("-06:00");
      expect(parseWireStory(page("BST", "Chittagong [Bangladesh], June 20:")).published?.utcOffset).toBe("+06:00");
      expect(parseWireStory(page("BST", "LONDON, June 20 (Reuters) -")).published?.utcOffset).toBe("+01:00");
    });
  });

  describe("year-less dates around the turn of the year", () => {
    it.each([
      [12, 31, { year: 2025, month: 1, day: 1 }, "2024-12-31"],
      [1, 1, { year: 2024, month: 12, day: 31 }, "2025-01-01"],
      [7, 2, { year: 2025, month: 1, day: 1 }, "2025-07-02"],
      [7, 3, { year: 2025, month: 1, day: 1 }, "2024-07-03"],
      // 183 days either way (a leap day between): the earlier year.
      [3, 2, { year: 2023, month: 9, day: 1 }, "2023-03-02"],
      [9, 1, { year: 2024, month: 3, day: 2 }, "2023-09-01"],
      [6, 20, { year: 2024, month: 6, day: 20 }, "2024-06-20"],
      [2, 29, { year: 2025, month: 1, day: 1 }, "2024-02-29"],
      [2, 29, { year: 2026, month: 6, day: 1 }, null],
    ])("month %i day %i near %o is %s", (month, dayOfMonth, anchor, want) => {
      expect(closestYear(month, dayOfMonth, anchor)).toBe(want);
    });
  });
});

describe("date limits at, under and over", () => {
  it("reads years from 1800 to 2199 and no others", () => {
    expect(findDate("Jun 20, 1799")).toBeNull();
    expect(findDate("Jun 20, 1800")).toMatchObject({ year: 1800, month: 6, day: 20 });
    expect(findDate("Jun 20, 2199")).toMatchObject({ year: 2199, month: 6, day: 20 });
    expect(findDate("Jun 20, 2200")).toBeNull();
  });

  it("keeps a weekday before the date in the date line, not in its prefix", () => {
    expect(readDateLine("Thursday, June 20, 2024")).toMatchObject({ prefix: "", rest: "Thursday, June 20, 2024", label: "published" });
  });

  it("takes up to four capitalised words of credit beside a date, six beside a label", () => {
    expect(readDateLine("ANI News Desk Team June 20, 2024")).toMatchObject({ prefix: "ANI News Desk Team", rest: "June 20, 2024" });
    expect(readDateLine("ANI News Desk Team Two June 20, 2024")).toBeNull();
    expect(readDateLine("Gulf News Desk Team Staff Two Updated: June 20, 2024")).toMatchObject({ label: "updated", prefix: "Gulf News Desk Team Staff Two" });
    expect(readDateLine("Gulf News Desk Team Staff Two Three Updated: June 20, 2024")).toBeNull();
  });
});

describe("findDate: the forms only chrono reads, and its limits", () => {
  it.each([
    ["a year-first date", "2024 June 20", { start: 0, end: 12, year: 2024, month: 6, day: 20 }],
    ["a day written as a word", "the twentieth of June 2024", { start: 4, end: 26, year: 2024, month: 6, day: 20 }],
    ["a line of 64 characters", "Filed at the harbour offices of the port authority: 2024 June 20", { start: 52, end: 64, year: 2024, month: 6, day: 20 }],
  ])("reads %s: '%s'", (_what, line, want) => {
    expect(findDate(line)).toMatchObject(want);
  });

  it.each([
    ["a line of 65 characters (chrono is not run on it)", "Filed at the harbour office of the port authority on 2024 June 20"],
    ["a date whose year chrono only guesses", "2024, June 20"],
    ["a date whose year stands apart from it", "June 20th of 2024"],
    ["a year before 1800", "1700 June 20"],
  ])("does not read %s: '%s'", (_what, line) => {
    expect(findDate(line)).toBeNull();
  });

  it("blanks a numeric Hijri date without moving what follows it", () => {
    expect(findDate("Thursday 1445/12/14 - 20 June 2024 10:30 AST")).toEqual({ start: 22, end: 44, year: 2024, month: 6, day: 20, time: "10:30", zone: "AST" });
  });
});

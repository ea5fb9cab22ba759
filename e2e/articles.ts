import type { SeedSource } from "./fixtures";

/**
 * Short invented reports written for these tests (no real outlet's text). Each pair is shaped
 * for one flow; the engine's findings on them are stated beside each, as the flows rely on them.
 */

/** Three critical discrepancies, one per quote: “seven”/“six”, “12”/“21”, “Sunday”/“evening”. */
export const LIBRARY: SeedSource[] = [
  {
    outlet: "Eastbrook Ledger",
    title: "Library to open seven days a week",
    text: [
      "The Eastbrook library board voted on Thursday to extend opening hours from next month.",
      "“We will open the reading rooms seven days a week from the first of June,” said the board’s chair, Priya Natarajan.",
      "“The budget for new books has grown by 12 per cent,” Natarajan said.",
      "The librarian, Owen Hale, said the change was overdue. “Readers have asked for Sunday hours for years,” Hale said.",
    ].join("\n\n"),
  },
  {
    outlet: "Riverside Post",
    title: "Longer hours at Eastbrook library",
    text: [
      "Eastbrook’s library board agreed on Thursday to longer opening hours.",
      "“We will open the reading rooms six days a week from the first of June,” the board’s chair, Priya Natarajan, said.",
      "“The budget for new books has grown by 21 per cent,” Natarajan said.",
      "The librarian, Owen Hale, welcomed the vote. “Readers have asked for evening hours for years,” Hale said.",
    ].join("\n\n"),
  },
];

/** A third outlet for the quote grid: prints the first two quotes, one of them reworded. */
export const LIBRARY_THIRD: SeedSource = {
  outlet: "Hilltop Weekly",
  title: "Eastbrook library hours",
  text: [
    "Eastbrook library will stay open for longer, its board decided on Thursday.",
    "“We will open the reading rooms every day of the week from the first of June,” the chair, Priya Natarajan, said.",
    "“The budget for new books has grown by 12 per cent,” Natarajan said.",
  ].join("\n\n"),
};

/** The eight quotes COUNCIL prints on both sides, in order. */
export const MAYOR_QUOTES = [
  "The ferry timetable will be printed in four languages this spring",
  "Our volunteers repaired every bench along the river path by hand",
  "Parking near the market hall stays free on Saturday mornings",
  "The old signal box becomes a small museum about the railway",
  "We asked the water company to publish its test results each week",
  "Children under twelve travel on the harbour bus without a ticket",
  "The bridge closes overnight while engineers replace its cables",
  "Every school kitchen will cook lunch from local farms by autumn",
];

const FILLER = [
  "Councillors then moved on to routine business, approving the minutes of the previous meeting without comment.",
  "A short discussion about street lighting on the east side ended with a request for a written report.",
  "Members of the public asked about bin collections, and officers promised a reply within a fortnight.",
  "The chair reminded the room that the next meeting would be held in the library annexe.",
];

function councilReport(gaps: readonly number[], reword: (i: number, quote: string) => string): string {
  const parts: string[] = [];
  MAYOR_QUOTES.forEach((quote, i) => {
    for (let k = 0; k < (gaps[i] ?? 0); k++) parts.push(FILLER[(i + k) % FILLER.length] ?? "");
    parts.push(`“${reword(i, quote)},” the mayor, Lena Brandt, said.`);
  });
  for (let k = 0; k < 12; k++) parts.push(FILLER[k % FILLER.length] ?? "");
  return parts.join("\n\n");
}

/** The quote that differs in COUNCIL (the seventh of eight, far down both texts). */
export const COUNCIL_CHANGED = { left: MAYOR_QUOTES[6] ?? "", right: (MAYOR_QUOTES[6] ?? "").replace("overnight", "at weekends") };

/**
 * Two long reports of one council meeting: the same eight quotes, in the same order, with a
 * different amount of routine business between them on each side (so that keeping them level
 * takes real scrolling), and one substitution, “overnight” → “at weekends”, in the seventh.
 */
export const COUNCIL: SeedSource[] = [
  { outlet: "Brandt Gazette", title: "Council meeting in full", text: councilReport([2, 6, 3, 8, 2, 7, 4, 6], (_i, q) => q) },
  { outlet: "Canal Street Echo", title: "What the council decided", text: councilReport([5, 2, 7, 3, 6, 2, 8, 3], (i, q) => (i === 6 ? COUNCIL_CHANGED.right : q)) },
];

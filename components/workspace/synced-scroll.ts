/**
 * Synced scrolling: when one column scrolls, every other column scrolls so that the first
 * matched quote still in view in the first sits at the same height in the second. Works on
 * the DOM (marks carry `data-quote`, and each column's text box is the marks' offsetParent)
 * so that scrolling never re-renders anything.
 */

export type Columns = ReadonlyMap<string, HTMLElement>;
export type CounterpartsOf = (quoteId: string) => readonly string[];

const PX = 1;

/** Which column's box holds a quote's mark. */
function columnOf(columns: Columns, mark: HTMLElement): string | null {
  for (const [id, el] of columns) if (el.contains(mark)) return id;
  return null;
}

function markOf(quoteId: string): HTMLElement | null {
  return document.getElementById(`quote-${quoteId}`);
}

type MarkBox = { el: HTMLElement; top: number; bottom: number; quoteId: string };

/** Marks of a column with their offsets, measured once per layout (text box size) and cached. */
const measured = new WeakMap<HTMLElement, { height: number; width: number; marks: MarkBox[] }>();

function marksOf(box: HTMLElement): MarkBox[] {
  const cached = measured.get(box);
  if (cached && cached.height === box.scrollHeight && cached.width === box.clientWidth) return cached.marks;
  const marks = [...box.querySelectorAll<HTMLElement>("mark[data-quote]")].map((el) => ({ el, top: el.offsetTop, bottom: el.offsetTop + el.offsetHeight, quoteId: el.dataset.quote ?? "" }));
  measured.set(box, { height: box.scrollHeight, width: box.clientWidth, marks });
  return marks;
}

/** The first mark in `from` not yet scrolled past that has a counterpart in column `to`. */
function anchorFor(from: HTMLElement, to: HTMLElement, counterparts: CounterpartsOf): [HTMLElement, HTMLElement] | null {
  const marks = marksOf(from);
  const top = from.scrollTop;
  // Marks are in document order, so their bottoms grow: binary-search the first one in view.
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((marks[mid]?.bottom ?? 0) <= top) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < marks.length; i++) {
    const mark = marks[i] as MarkBox;
    for (const other of counterparts(mark.quoteId)) {
      const target = markOf(other);
      if (target && to.contains(target)) return [mark.el, target];
    }
  }
  return null;
}

export class ScrollSync {
  /** Scroll positions this code set, so that the scroll events they cause are not echoed back. */
  private readonly expected = new Map<HTMLElement, number>();
  private readonly boxes = new Map<string, HTMLElement>();
  private counterparts: CounterpartsOf = () => [];
  private frame = 0;

  /** Each column's scrolling text box, by source id (null when it unmounts). */
  register(sourceId: string, el: HTMLElement | null): void {
    if (el) this.boxes.set(sourceId, el);
    else this.boxes.delete(sourceId);
  }

  columns(): Columns {
    return this.boxes;
  }

  setCounterparts(counterparts: CounterpartsOf): void {
    this.counterparts = counterparts;
  }

  private set(el: HTMLElement, top: number): void {
    const max = el.scrollHeight - el.clientHeight;
    const clamped = Math.max(0, Math.min(max, Math.round(top)));
    if (Math.abs(el.scrollTop - clamped) <= PX) return;
    this.expected.set(el, clamped);
    el.scrollTop = clamped;
  }

  /** A column scrolled: bring the others level with it (once per frame). */
  onScroll(el: HTMLElement): void {
    const expected = this.expected.get(el);
    if (expected !== undefined) {
      this.expected.delete(el);
      if (Math.abs(el.scrollTop - expected) <= PX) return;
    }
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.follow(el));
  }

  private follow(from: HTMLElement): void {
    for (const to of this.columns().values()) {
      if (to === from) continue;
      const pair = anchorFor(from, to, this.counterparts);
      if (pair) this.set(to, pair[1].offsetTop - (pair[0].offsetTop - from.scrollTop));
    }
  }

  /** Scrolls a quote into view in its column and, when `level`, its counterparts level with it. */
  reveal(quoteId: string, level: boolean): void {
    const mark = markOf(quoteId);
    if (!mark) return;
    const columns = this.columns();
    const home = columnOf(columns, mark);
    const box = home === null ? null : (columns.get(home) ?? null);
    if (!box) {
      mark.scrollIntoView({ block: "center" });
      return;
    }
    const visible = mark.offsetTop >= box.scrollTop && mark.offsetTop + mark.offsetHeight <= box.scrollTop + box.clientHeight;
    if (!visible) this.set(box, mark.offsetTop - box.clientHeight / 3);
    for (const other of this.counterparts(quoteId)) {
      const target = markOf(other);
      const column = target ? columnOf(columns, target) : null;
      const to = column === null ? undefined : columns.get(column);
      if (!target || !to || to === box) continue;
      if (level) this.set(to, target.offsetTop - (mark.offsetTop - box.scrollTop));
      else if (target.offsetTop < to.scrollTop || target.offsetTop > to.scrollTop + to.clientHeight) this.set(to, target.offsetTop - to.clientHeight / 3);
    }
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.expected.clear();
  }
}

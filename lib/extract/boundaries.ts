/**
 * The last boundary before each position, for positions asked in ascending order: one forward
 * walk over the text in all, however many figures ask.
 */
export class BoundaryTracker {
  private scanned = 0;
  private last = 0;

  constructor(
    private readonly text: string,
    private readonly isBoundary: (ch: string) => boolean,
  ) {}

  /** Offset just after the last boundary character before `pos` (0 if none). */
  startBefore(pos: number): number {
    const { text } = this;
    for (let k = this.scanned; k < pos; k++) if (this.isBoundary(text[k]!)) this.last = k + 1;
    if (pos > this.scanned) this.scanned = pos;
    return this.last;
  }
}

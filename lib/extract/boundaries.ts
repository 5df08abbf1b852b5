import { CHAR_CLASS } from './text-classes';

/**
 * The last boundary before each position, for positions asked in ascending order: one forward
 * walk over the text in all, however many figures ask.
 */
export class BoundaryTracker {
  private scanned = 0;
  private last = 0;

  constructor(
    private readonly text: string,
    /** A mask of CHAR_CLASS flags that mark a boundary. */
    private readonly mask: number,
  ) {}

  /** Offset just after the last boundary character before `pos` (0 if none). */
  startBefore(pos: number): number {
    const { text } = this;
    const mask = this.mask;
    for (let k = this.scanned; k < pos; k++) if (CHAR_CLASS[text.charCodeAt(k)]! & mask) this.last = k + 1;
    if (pos > this.scanned) this.scanned = pos;
    return this.last;
  }
}

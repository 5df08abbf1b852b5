// What every check receives and returns. Checks are pure: the same context gives the same results.
import type { RefDocument, RefFigure } from '../dataset/schema';
import type { Relation } from '../relations';
import type { ArticleMeta, CheckId, CheckResult, Figure } from '../types';

export interface CheckContext {
  text: string;
  figures: readonly Figure[];
  meta: ArticleMeta;
  /** Reference figures by labelKey, the page's own document already left out. */
  references: ReadonlyMap<string, readonly RefFigure[]>;
  documents: ReadonlyMap<string, RefDocument>;
  /** The relations the text states, found on first use and shared by the checks that judge them. */
  relations(): readonly Relation[];
}

export interface Check {
  /** Stable id, also the file name (`rate-vs-counts`); one of CHECK_IDS (lib/enums.ts). */
  id: CheckId;
  /** One line, for the registry and the docs. */
  description: string;
  /** Reads ctx.references/documents: runs once the reference lookup has answered; the others run while it works. */
  readsReferences?: true;
  run(ctx: CheckContext): CheckResult[];
}

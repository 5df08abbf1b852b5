// A breakdown by place that names every county-level division of one city (or every city of one
// province) is complete: `已入户接通天然气172083户，其中东营区…、河口区…、垦利区…、广饶县…、利津县…、
// 畜牧业示范区完成174户` names all five of 东营市's, so the parts must make the total. Parts that name
// no division (a development zone) are areas of their own, reported beside the divisions.
import { countiesByStem, divisions, findPlaceMentions, prefectureByShortName, type Division } from '../place';
import type { Figure } from '../types';

let children: Map<string, number> | null = null;

// The statistical codes number development zones and other functional areas x7x (370571
// 东营经济技术开发区): areas a breakdown may or may not list, so not needed for it to be complete.
const isFunctionalArea = (d: Division) => d.code[4] === '7';

/** How many divisions of government each place holds directly. */
function childCounts(): Map<string, number> {
  if (children) return children;
  children = new Map();
  for (const d of divisions().byCode.values()) if (d.parent && !isFunctionalArea(d)) children.set(d.parent, (children.get(d.parent) ?? 0) + 1);
  return children;
}

/** The county or city named in text[from, to), with every place it may be; null when none is. */
export function namedPlace(text: string, from: number, to: number): readonly Division[] | null {
  return findPlaceMentions(text, from, to).find((m) => m.candidates.some((d) => d.level === 'county' || d.level === 'city'))?.candidates ?? null;
}

/**
 * Whether the parts, each led by the name of a place (read between the previous part and its
 * number), name every division of one place. `leadFrom(i)` is where part i's lead begins.
 */
export function namesAllDivisions(text: string, parts: readonly Figure[], leadFrom: (i: number) => number): boolean {
  const named: (readonly Division[])[] = [];
  parts.forEach((p, i) => {
    const place = namedPlace(text, leadFrom(i), p.numberStart);
    if (place) named.push(place);
  });
  if (named.length < 2) return false;
  // One parent that every named place can belong to, and all of its divisions named.
  const parents = new Set(named[0]!.map((d) => d.parent).filter((c): c is string => c !== null));
  for (const parent of parents) {
    const codes = new Set<string>();
    const inParent = named.map((candidates) => candidates.filter((d) => d.parent === parent));
    if (!inParent.every((c) => c.length === 1)) continue;
    for (const [d] of inParent) if (!isFunctionalArea(d!)) codes.add(d!.code);
    if (codes.size === childCounts().get(parent)) return true;
  }
  return false;
}

// Towns and streets are below the division table: told by the word their names end with.
const TOWN = /[\u4e00-\u9fff]{1,8}(?:乡|镇|街道|苏木)$/;

/** Whether every part is led by the name of a place (`长春市171件`, `紅山鄉28件`): places do not
 * overlap, so such a list is a partition. `leadFrom(i)` is where part i's lead begins. */
export function eachLedByPlace(text: string, parts: readonly Figure[], leadFrom: (i: number) => number): boolean {
  return parts.length >= 2 && parts.every((p, i) => ledByPlace(text, leadFrom(i), p.numberStart));
}

// A county named by its name without its suffix, the whole of a part's lead past the aside in brackets of the
// part before (`钟山19件(…),八步21件`, `富川10件`).
const STEM = /^[\s、，,；;：:]*([\u4e00-\u9fff]{2,3})$/;

// A prefecture's short name, the whole of a part's lead (`,大理州44件`).
const PREFECTURE = /^[\s、，,；;：:]*([\u4e00-\u9fff]{2,4}州)$/;

/** Whether text[from, to), the words before a part, names a place. */
export function ledByPlace(text: string, from: number, to: number): boolean {
  const lead = text.slice(from, to);
  const stem = STEM.exec(lead.replace(/[(（][^()（）]*[)）]/g, ''))?.[1];
  // (An autonomous prefecture by its short name, `大理州`, which the place index does not hold.)
  return TOWN.test(lead) || namedPlace(text, from, to) !== null || (stem !== undefined && countiesByStem(stem).length > 0) || prefectureByShortName(PREFECTURE.exec(lead)?.[1] ?? '') !== null;
}

import numeralPlaces from './numeral-place-names.json';
import type { ExclusionRule } from '../candidate';

/** Words after a number that make it part of a name of a line, route, building or address. */
const NAME_WORDS = ['号线', '号楼', '号院', '号门', '号地块', '号', '路', '大道', '国道', '省道', '街', '巷', '弄', '栋', '单元', '室', '区', '县', '镇', '乡', '村委', '里'];

/** Route, line and place names: `10号线`, `66路`, `3号楼`, `二七区`. */
export const placeAndRouteNames: ExclusionRule = {
  id: 'place-or-route-name',
  description: 'lines, routes, addresses and places named by a number (10号线, 3号楼, 二七区)',
  excludes(c) {
    if (c.unit) return false;
    const { text, numeral: n } = c;
    return NAME_WORDS.some((w) => text.startsWith(w, n.end));
  },
};

/** Divisions whose names open with a Chinese numeral (scripts/build-places.ts), in full and without their suffix. */
const NUMERAL_PLACES: readonly { full: string; short: string }[] = numeralPlaces;
// After a short name of two characters, what shows it is a place: a number of its own (`八步21件`) or a place word; a
// short name of three (`七台河`, `六盘水`, `三门峡`) is one wherever it stands (a table's cell `七台河 | 1`).
const AFTER_SHORT_NAME = /^(?:[0-9０-９]|[市区县旗])/;

/** Places whose names open with a numeral: `七台河市`, `五台县`, `八步21件` are names, not 7台, 5台, 8步. */
export const numeralPlaceNames: ExclusionRule = {
  id: 'numeral-place-name',
  description: 'places whose names open with a numeral (七台河市, 五台县, 八步区)',
  excludes(c) {
    const { text, numeral: n } = c;
    if (n.script === 'arabic') return false;
    return NUMERAL_PLACES.some(({ full, short }) => text.startsWith(full, n.start) || (short.length >= 2 && text.startsWith(short, n.start) && (short.length >= 3 || AFTER_SHORT_NAME.test(text.slice(n.start + short.length, n.start + short.length + 1)))));
  },
};

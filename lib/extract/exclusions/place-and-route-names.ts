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

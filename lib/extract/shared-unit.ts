// `投资完成率分别高于总体进度的9.8、6.2、5.8、2.0个百分点`, `分别增长12.5、8.3%`: numbers joined by 、 (or 和, 及)
// share the unit written after the last of them. Only rates and points are read so: a list of bare
// numbers before a count's unit is as often ordinals or dates (`第3、4批`, `1、2月`).
import type { UnitMatch } from './units';
import { readUnit } from './units';

const RUN = /^(?:\s*[、和及与]\s*[0-9]+(?:\.[0-9]+)?)+/;

/** The unit of the list that the number ending at `end` opens or continues, when it is a rate's or points'. */
export function sharedUnitAfter(text: string, end: number): Pick<UnitMatch, 'unit' | 'kind'> | null {
  const run = RUN.exec(text.slice(end, end + 80));
  if (!run) return null;
  const unit = readUnit(text, end + run[0].length);
  return unit && (unit.kind === 'percent' || unit.kind === 'percentage_points') ? { unit: unit.unit, kind: unit.kind } : null;
}

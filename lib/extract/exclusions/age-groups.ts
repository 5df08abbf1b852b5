import type { ExclusionRule } from '../candidate';

// An age that names a group of people is no quantity of anything: a range (`0-14岁人口`, `15-59岁`) or a bound
// (`60岁及以上人口`, `65周岁以上`, `18岁以下`). An age alone (`平均年龄45岁`, `年满18周岁`) is a figure.
const AGE = /^(?:周岁|岁|週歲|歲)$/;
const BOUND_AFTER = /^(?:及|或|和)?(?:以上|以下)/;

export const ageGroups: ExclusionRule = {
  id: 'age-group',
  description: 'ages that name a group of people (0-14岁, 60岁及以上人口)',
  excludes(c) {
    if (!c.unit || !AGE.test(c.unit.unit)) return false;
    return c.numeral.valueMax !== undefined || BOUND_AFTER.test(c.text.slice(c.unit.end, c.unit.end + 4));
  },
};

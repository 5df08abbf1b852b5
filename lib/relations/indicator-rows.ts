// A population table's rows that the national statistical standards define by other rows of it, as
// yearbooks and census communiqués print them (`总人口(万人)`, `男`, `女`, `性别比`, `城镇人口`, `乡村人口`,
// `城镇化率(%)`, `0-14岁人口(万人)`, `占总人口比重(%)`, `少儿抚养比(%)` …), column by column:
//   男 + 女, 城镇 + 乡村, 汉族 + 少数民族, the age groups from 0 to an open end = the population they split;
//   性别比 = 男 ÷ 女 × 100; 城镇化率 = 城镇 ÷ 总人口; 占总人口比重 = the row above ÷ 总人口; 文盲率 = 文盲人口 ÷ 总人口;
//   少儿抚养比 = 0-14岁 ÷ 15-64岁, 老年抚养比 = 65岁及以上 ÷ 15-64岁, 总抚养比 = the two together, 老少比 = 65岁及以上 ÷ 0-14岁;
//   平均每户人数 = 家庭户人口 ÷ 家庭户户数; 自然增长率 = 出生率 − 死亡率.
// A row is known by its label alone; a definition whose rows the table does not hold, or holds twice, says nothing.
import { HEADER_UNIT, SUB_ITEM, type Grid, type GridCell, type GridRow } from '../extract/grid';
import type { Figure } from '../types';
import type { Relation } from './relation';
import { HOUSEHOLD_SIZE_NAME } from './text';
import { ofChanges } from './column-kinds';
import { charClass, RANGE_SEPARATORS } from '../numbers/chars';

const POPULATION = /^(?:全[省市县区州旗])?(?:年末)?(?:总人口|常住人口|户籍人口|户籍总人口|常住总人口|人口)$/;
// A column of each row's share of the population (`比重(%)`, `构成(%)`).
const SHARE_COLUMN = /比重|构成|占比/;
const MALE = /^男(?:性)?(?:人口)?$/;
const FEMALE = /^女(?:性)?(?:人口)?$/;
// (市镇, the older yearbooks' word for the towns.)
const URBAN = /^(?:城镇|市镇)(?:人口)?$/;
const RURAL = /^(?:乡村|农村)(?:人口)?$/;
const HAN = /^汉族(?:人口)?$/;
const MINORITY = /^少数民族(?:人口)?$/;
const ILLITERATE = /^文盲(?:人口)?$/;
const AGE_GROUP = new RegExp(`^([0-9]{1,3})\\s*${charClass(RANGE_SEPARATORS)}\\s*([0-9]{1,3})岁(?:人口)?$`);
// `65岁及以上`, `65岁及65岁以上`, `60岁以上`.
const AGE_OPEN = /^([0-9]{1,3})岁(?:及(?:[0-9]{1,3}岁)?)?以上(?:人口)?$/;
const SHARE_OF_POPULATION = /^占(?:总人口|常住人口|户籍人口)(?:的)?比重$/;
const HOUSEHOLD_SIZE = new RegExp(`^${HOUSEHOLD_SIZE_NAME}$`);
const HOUSEHOLD_COUNT = /^(?:家庭户|家庭户户数|家庭户数|总户数)$/;
const HOUSEHOLD_PEOPLE = /^家庭户(?:人口)?$/;
// The last row of another split of the population.
const SPLITS_POPULATION = [URBAN, RURAL, HAN, MINORITY, AGE_GROUP, AGE_OPEN];

/** A row's name: its label without spaces, a 其中 mark or a unit in brackets. */
const nameOf = (row: GridRow) => row.label.replace(/\s/g, '').replace(SUB_ITEM, '').replace(HEADER_UNIT, '');

/** The age groups' rows that split all ages, 0 to an open end, in order (`0-14岁`, `15-64岁`, `65岁及以上`); null if none do. */
function ageGroups(names: readonly string[]): { rows: number[]; young: number; working: number; old: number } | null {
  const rows: number[] = [];
  let next = 0;
  for (let r = 0; r < names.length; r++) {
    const closed = AGE_GROUP.exec(names[r]!);
    const open = AGE_OPEN.exec(names[r]!);
    if (closed && Number(closed[1]) === next) {
      rows.push(r);
      next = Number(closed[2]) + 1;
    } else if (open && Number(open[1]) === next && rows.length > 0) {
      rows.push(r);
      // The dependency ratios are of three groups: the young, those of working age, the old.
      return rows.length === 3 ? { rows, young: rows[0]!, working: rows[1]!, old: rows[2]! } : { rows, young: -1, working: -1, old: -1 };
    }
  }
  return null;
}

export function indicatorRowRelations(grid: Grid, figureOf: (c: GridCell | null | undefined) => Figure | null): Relation[] {
  const names = grid.rows.map(nameOf);
  const only = (re: RegExp, unit?: string) => {
    const found = names.flatMap((n, r) => (re.test(n) && (!unit || (grid.rows[r]!.labelUnit ?? grid.rows[r]!.unit ?? '').endsWith(unit)) ? [r] : []));
    return found.length === 1 ? found[0]! : -1;
  };
  const population = only(POPULATION);
  if (population < 0) return [];
  const ages = ageGroups(names);
  const out: Relation[] = [];
  grid.columns.forEach((column, k) => {
    // (A column of changes or indices is no column of people.)
    if (ofChanges(column)) return;
    const at = (r: number) => (r < 0 || r >= grid.rows.length ? null : figureOf(grid.rows[r]!.cells[k]));
    const whole = at(population);
    if (!whole) return;
    // People, or per cent of them: no row of years (`平均预期寿命(岁)`, then `男`, `女`).
    const alike = (fs: (Figure | null)[]): fs is Figure[] => fs.every((f) => f !== null && (f.unit === '人' || f.kind === 'percent') && f.kind === fs[0]!.kind);
    const parts = (target: Figure | null, rows: number[], word: string) => {
      const listed = rows.map(at);
      if (target && alike([target, ...listed])) out.push({ kind: 'parts', target, operands: listed as Figure[], word, closed: true, partition: true });
    };
    const ratio = (target: number, over: number, under: number, word: string, kind: 'share' | 'rate') => {
      const [t, a, b] = [at(target), at(over), at(under)];
      if (t?.kind === 'percent' && alike([a, b])) out.push({ kind, target: t, operands: [b!, a!], word });
    };
    // 男 and 女 split the row above them (总人口, 家庭户, 百岁老年人口), or, after another split of the population
    // (`其中: 城镇`, `乡村`, then `其中:男性`, `女性`), the population; the sex ratio after them is the one over the other.
    names.forEach((name, r) => {
      if (!MALE.test(name) || !FEMALE.test(names[r + 1] ?? '') || r === 0) return;
      parts(at(SPLITS_POPULATION.some((re) => re.test(names[r - 1]!)) ? population : r - 1), [r, r + 1], '男女');
      const sexRatio = at(r + 2);
      const [m, f] = [at(r), at(r + 1)];
      if (/^(?:总人口)?性别比$/.test(names[r + 2] ?? '') && sexRatio && alike([m, f]) && sexRatio.kind !== 'percent') out.push({ kind: 'average', target: sexRatio, operands: [m!, f!], word: '性别比', scale: 100 });
    });
    const [urban, rural] = [only(URBAN), only(RURAL)];
    if (urban >= 0 && rural >= 0) parts(whole, [urban, rural], '城乡');
    const [han, minority] = [only(HAN), only(MINORITY)];
    if (han >= 0 && minority >= 0) parts(whole, [han, minority], '民族');
    if (ages) parts(whole, ages.rows, '年龄构成');
    // A share column beside this one: each row's people over the population's (`其中:城镇 | 48443 | 49.18` of `全县人口 | 98509 | --`).
    const shares = grid.columns.findIndex((c, j) => j !== k && SHARE_COLUMN.test(c));
    if (shares >= 0 && !SHARE_COLUMN.test(grid.columns[k]!)) {
      names.forEach((_, r) => {
        const [t, part] = [figureOf(grid.rows[r]!.cells[shares]), at(r)];
        if (r !== population && t?.kind === 'percent' && alike([whole, part])) out.push({ kind: 'share', target: t, operands: [whole, part!], word: grid.columns[shares]! });
      });
    }
    names.forEach((name, r) => {
      if (SHARE_OF_POPULATION.test(name) && r > 0 && r - 1 !== population) ratio(r, r - 1, population, name, 'share');
      if (/^城镇化率$/.test(name) && urban >= 0) ratio(r, urban, population, name, 'share');
      if (/^文盲率$/.test(name)) ratio(r, only(ILLITERATE), population, name, 'share');
      if (ages && ages.young >= 0) {
        if (/^少儿抚养比$/.test(name)) ratio(r, ages.young, ages.working, name, 'rate');
        if (/^老年抚养比$/.test(name)) ratio(r, ages.old, ages.working, name, 'rate');
        if (/^老少比$/.test(name)) ratio(r, ages.old, ages.young, name, 'rate');
      }
      if (/^总抚养比$/.test(name)) {
        const [young, old] = [only(/^少儿抚养比$/), only(/^老年抚养比$/)];
        if (young >= 0 && old >= 0) parts(at(r), [young, old], name);
      }
      if (/^自然增长率$/.test(name)) {
        const [t, born, died] = [at(r), at(only(/^出生率$/)), at(only(/^死亡率$/))];
        if (t && born && died && [t, born, died].every((f) => f.unit === '‰')) out.push({ kind: 'difference', target: t, operands: [born, died], word: name });
      }
      if (HOUSEHOLD_SIZE.test(name)) {
        const [people, households] = [only(HOUSEHOLD_PEOPLE, '人'), only(HOUSEHOLD_COUNT, '户')];
        const [t, a, b] = [at(r), at(people), at(households)];
        if (t && a && b) out.push({ kind: 'average', target: t, operands: [a, b], word: name });
      }
    });
  });
  return out;
}

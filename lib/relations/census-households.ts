// `全市常住人口[3]为1046068人` … `二、户别人口全市共有家庭户[5] 314855户,集体户18763户,家庭户人口数为974194人,集体户人口数为71874人`:
// a census counts every resident in a family household or a collective one, so the two make the resident population the
// communiqué gives first.
import type { Figure } from '../types';
import type { Relation } from './relation';
import { persons } from './vital-rates';
import { FAMILY_HOUSEHOLD_PEOPLE, wordsBefore } from './text';

const COLLECTIVE = /集体户人口(?:数)?(?:为|是)?$/;
// The whole place's resident population (a note's mark may follow its name: `常住人口[3]为`), not its towns' or a group's.
const RESIDENTS = /常住(?:总)?人口(?:\s*[[〔][0-9]{1,2}[\]〕])?(?:数)?(?:为|是|达)$/;
const GROUP = /城镇|乡村|农村|男|女|族|岁|户/;

export function findCensusHouseholds(text: string, figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  figures.forEach((family, i) => {
    const collective = figures[i + 1];
    if (!collective || !persons(family) || !persons(collective) || collective.sentence.start !== family.sentence.start) return;
    if (!FAMILY_HOUSEHOLD_PEOPLE.test(wordsBefore(text, family, 10)) || !COLLECTIVE.test(wordsBefore(text, collective, 10))) return;
    const residents = figures.slice(0, i).filter((f) => {
      const lead = wordsBefore(text, f, 16);
      return persons(f) && RESIDENTS.test(lead) && !GROUP.test(lead.replace(RESIDENTS, '').slice(-6));
    });
    // One population, however often it is repeated.
    if (residents.length === 0 || residents.some((f) => f.value !== residents[0]!.value)) return;
    out.push({ kind: 'parts', target: residents[0]!, operands: [family, collective], word: '户别', closed: true, partition: true });
  });
  return out;
}

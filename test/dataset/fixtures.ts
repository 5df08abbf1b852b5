// Small datasets from real sentences of the seeds (figures built by hand), for store tests.
import { assembleDataset } from '../../lib/dataset/assemble';
import type { Dataset, SeedMeta } from '../../lib/dataset/schema';
import { handFigures, SEED, seedText } from '../compare/hand-figures';

export function seedMeta(id: string, over: Partial<SeedMeta> = {}): SeedMeta {
  return { id, file: `${id}.txt`, title: id, source: '郑州日报', date: '2024-01-01', campaign: 'theme-education', url: null, byline: null, ...over };
}

/** Two reference articles; `edition` changes one figure, and so the dataset version. */
export function smallDataset(edition = 1): Dataset {
  const summary = seedText(SEED.summary);
  const october = seedText(SEED.october);
  return assembleDataset([
    {
      meta: seedMeta(SEED.summary),
      text: summary,
      figures: handFigures(summary, [
        { written: '9606个参学单位', label: '参学单位', subject: '郑州市' },
        { written: '中心组学习1559场次', label: '中心组学习', subject: '全市县处级以上领导班子' },
        ...(edition > 1 ? [{ written: '调研课题41个', label: '调研课题', subject: '市委常委会班子' }] : []),
      ]),
    },
    {
      meta: seedMeta(SEED.october, { date: '2023-10-15', source: '郑州晚报' }),
      text: october,
      figures: handFigures(october, [
        { written: '9600多个基层参学单位', label: '基层参学单位', subject: '全市' },
        { written: '中心组学习506场次', label: '中心组学习', subject: '全市县处级以上领导班子' },
      ]),
    },
  ]);
}

// The reference dataset as it is bundled (public/dataset.json, built from seeds/ by
// scripts/build-dataset.ts): the background checks it before storing it, and refuses what would
// break the store or the checks.
import * as v from 'valibot';
import { DATASET_SCHEMA, type Dataset } from '../dataset/schema';
import { CAMPAIGN_IDS, isOneOf } from '../enums';
import { text, type Expect, type Same } from './common';
import { figuresHaveDocuments, refDocumentSchema, RefFigureSchema } from './reference-records';

/** A campaign the extension knows, or none. */
const knownCampaign = (campaign: string | null) => campaign === null || isOneOf(CAMPAIGN_IDS, campaign);

export const DatasetSchema = v.pipe(
  v.object({
    schema: v.literal(DATASET_SCHEMA),
    version: text(64),
    documents: v.array(refDocumentSchema('bundled')),
    figures: v.array(RefFigureSchema),
  }),
  v.check((d) => figuresHaveDocuments(d), 'a figure of no document'),
  v.check((d) => d.documents.every((doc) => knownCampaign(doc.campaign)) && d.figures.every((f) => knownCampaign(f.campaign)), 'an unknown campaign'),
);

// The schema describes exactly the documented type of lib/dataset/schema.ts.
export type DatasetMatches = Expect<Same<v.InferOutput<typeof DatasetSchema>, Dataset>>;

/** True when `data` is a well-formed bundled dataset (validation only: nothing is copied). */
export function isDataset(data: unknown): data is Dataset {
  return v.is(DatasetSchema, data);
}

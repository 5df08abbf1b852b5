// The gate's markers in both scripts (lib/recognize/marker-forms.json) are worked out at build
// time: the file must be what scripts/build-gate-markers.ts writes from the campaign markers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quickCampaignCheck } from '../../lib/recognize/gate';
import { MARKER_FORMS_FILE, markerFormsText } from '../../scripts/build-gate-markers';

describe('the gate’s campaign markers', () => {
  it('are what scripts/build-gate-markers.ts writes (run `npm run build` after changing CAMPAIGN_MARKERS)', () => {
    expect(readFileSync(MARKER_FORMS_FILE, 'utf8')).toBe(markerFormsText());
  });

  it('are found in either script', () => {
    expect(quickCampaignCheck('全市深入开展党纪学习教育')).toBe(true);
    expect(quickCampaignCheck('全市深入開展黨紀學習教育')).toBe(true);
    expect(quickCampaignCheck('全市经济运行稳中有进')).toBe(false);
  });
});

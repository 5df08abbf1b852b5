// A campaign's name for the reader, from its one definition in lib/recognize/campaigns.ts. Apart
// from lib/i18n.ts so that the card, which names no campaign, does not bundle the campaign table.
import { CAMPAIGNS } from '@/lib/recognize/campaigns';
import type { Lang } from '@/lib/i18n';

/** The campaign's name in the reader's language; the id itself for an id no longer known. */
export function campaignLabel(id: string, lang: Lang): string {
  const campaign = CAMPAIGNS.find((c) => c.id === id);
  if (!campaign) return id;
  return lang === 'zh' ? campaign.name['zh-Hans'] : campaign.name.en;
}

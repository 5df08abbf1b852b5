// Whether a count is of things planned or of things done, from the closest such verb before it
// in its sentence: `确定调研课题2364个、…民生事项945个` (planned) against `推动完成…民生事项898个`
// (done) are not the same count, though they share a label, a place and a body.

export type Stage = 'planned' | 'done';

const STAGE_VERB = /(确定|制定|梳理|排查|列出|谋划|征集|计划|目标|拟|部署)|(完成|办结|化解|解决|整改到位|落实|建成|实现)/g;

export function stageOf(prefix: string): Stage | null {
  let stage: Stage | null = null;
  for (const m of prefix.matchAll(STAGE_VERB)) stage = m[1] ? 'planned' : 'done';
  return stage;
}

/** The stage of a reference figure, from its quoted sentence. */
export function quotedStage(quote: string, figureText: string): Stage | null {
  const at = quote.indexOf(figureText);
  return at < 0 ? null : stageOf(quote.slice(0, at));
}

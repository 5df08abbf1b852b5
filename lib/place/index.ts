// Place, body and period of figures: the DOM-free resolution over China's administrative divisions.
export { articlePlace, type PlaceSources } from './article-place';
export { ancestorAt, ancestry, CHINA, countiesByStem, division, divisions, prefectureByShortName, type Division, type PlaceLevel } from './divisions';
export { findPlaceMentions, resolveMention, type PlaceMention } from './mentions';
export { describePeriod, periodOf, periodsComparable, SINCE_START } from './period';
export { placeName, placeRelation, type PlaceRelation } from './relation';
export { quotedStage, stageOf, type Stage } from './stage';
export { figureScope, pageScopes, type FigureScope } from './scope';

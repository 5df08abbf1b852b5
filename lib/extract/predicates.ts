import { WordIndex } from './word-index';

// Generic verbs and adverbs of the genre that start a predicate. They end a counted noun
// (`62.8万多名党员积极参与`) and an actor (`市委组织部门聚焦…`). Words of the genre, not of any article.

export const PREDICATE_STARTS = [
  '积极', '全面', '全部', '全力', '全覆盖', '全年', '深入', '主动', '共同', '分别', '陆续', '相继', '先后', '一线', '一起', '一体',
  '建立', '设立', '实现', '进行', '开展', '参与', '参加', '落实', '推动', '推进', '完成', '提供', '获得', '成为',
  '达到', '纳入', '明确', '组建', '覆盖', '整改', '试点', '解决', '安置', '入驻', '签约', '开工',
  '投产', '落地', '具有', '打造', '建成', '嵌入', '肩负', '跃居', '位居', '位列', '累计', '同比', '环比', '提升', '增长', '下降', '受益',
  // A count's state after it (`1件正在处理中`, `2件仍在核实中`, `3件尚未办结`, `1871件得到回复`).
  '正在', '仍在', '尚在', '尚未', '仍未', '得到', '受到',
  // What a count is compared with ends it (`与2010年…的5950.1万人相比`).
  '相比', '相较',
];

/** Verbs that open a clause after its actor (`市商务局立足职能职责`). */
export const ACTOR_VERBS = [
  ...PREDICATE_STARTS,
  '围绕', '聚焦', '按照', '通过', '坚持', '结合', '立足', '针对', '依托', '采取', '注重', '强化', '制定', '出台',
  '下发', '举办', '召开', '带头', '创设', '推行', '打造', '精选', '组织', '高质量', '认真', '扎实', '持续', '切实',
  '率先', '对照', '抓好', '着力', '大力', '不断', '已', '将', '要', '在', '因', '应', '为', '是', '把', '对', '从', '向',
];

/** Verbs that open a label before the number without being what is counted (`推动高质量发展重点任务34个`). */
export const GENERIC_LEADING_VERBS = ['进一步', '推动', '开展', '确定', '提出', '带头', '举办', '组织', '实施', '制定', '着力', '持续', '累计', '共', '已'];

export const PREDICATE_INDEX = new WordIndex(PREDICATE_STARTS);
export const ACTOR_VERB_INDEX = new WordIndex(ACTOR_VERBS.filter((v) => v.length > 1));

// Traditional-script pages (香港、台湾 reposts, some 繁體 channels) name the same campaigns.
// Rather than duplicating every phrase, text is folded to simplified script first. The map covers
// the characters that occur in campaign phrases, pre-filter markers, the genre's words of an
// unnamed drive (./genre.ts) and the words of rates (满意率, 办结); every entry is one UTF-16
// unit to one UTF-16 unit, so offsets into the folded text are offsets into the original.

const TRADITIONAL = '學習貫徹時國會義題鑄風幹層參單強黨實踐辦開為眾衆項難記擔紀標準誌動萬簽約產個桿與組織員進專屆這級區縣鄭報讀書調議線嚴設兩規講話隊頓務鏡謀業誠馬頑揚潔療糾創權寧決問滿蓋長計結復畢銷訓達優綠訴訪轉處視態環護邊頭據體斷總擺討論課啟堅練際顯積極獲見機階臺賬聯繫係農戶職領導監來戰輔發現徵號檢';
const SIMPLIFIED = '学习贯彻时国会义题铸风干层参单强党实践办开为众众项难记担纪标准志动万签约产个杆与组织员进专届这级区县郑报读书调议线严设两规讲话队顿务镜谋业诚马顽扬洁疗纠创权宁决问满盖长计结复毕销训达优绿诉访转处视态环护边头据体断总摆讨论课启坚练际显积极获见机阶台账联系系农户职领导监来战辅发现征号检';

const toSimplifiedChar = new Map<string, string>();
const toTraditionalChars = new Map<string, string[]>();
for (let i = 0; i < TRADITIONAL.length; i++) {
  const t = TRADITIONAL[i]!;
  const s = SIMPLIFIED[i]!;
  toSimplifiedChar.set(t, s);
  const list = toTraditionalChars.get(s) ?? [];
  list.push(t);
  toTraditionalChars.set(s, list);
}

const TRADITIONAL_CHAR = new RegExp(`[${TRADITIONAL}]`, 'g');
const HAS_TRADITIONAL = new RegExp(`[${TRADITIONAL}]`);

/** Folds the mapped traditional characters to simplified; same length, same offsets. */
export function foldToSimplified(text: string): string {
  if (!HAS_TRADITIONAL.test(text)) return text;
  return text.replace(TRADITIONAL_CHAR, (ch) => toSimplifiedChar.get(ch) ?? ch);
}

function escapeRegExp(ch: string): string {
  return ch.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** A regex source that matches `simplified` written in either script, character by character. */
export function eitherScriptPattern(simplified: string): string {
  let out = '';
  for (const ch of simplified) {
    const variants = toTraditionalChars.get(ch);
    out += variants ? `[${ch}${variants.join('')}]` : escapeRegExp(ch);
  }
  return out;
}

/** `simplified` as written wholly in simplified and wholly in traditional script (every
 * traditional variant of each character), for literal searches, which are much cheaper than a
 * regex on a first run; a phrase that mixes the two scripts is not among them. */
export function bothScriptForms(simplified: string): string[] {
  let forms = [''];
  let traditional = [''];
  for (const ch of simplified) {
    const variants = toTraditionalChars.get(ch) ?? [ch];
    forms = forms.map((f) => f + ch);
    traditional = traditional.flatMap((f) => variants.map((v) => f + v));
  }
  return [...new Set([...forms, ...traditional])];
}

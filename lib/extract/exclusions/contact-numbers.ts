import type { ExclusionRule } from '../candidate';
import { isAsciiDigit } from '../text-classes';

/** Words that introduce a phone, hotline, postcode or registration number. */
const CONTACT_CUES = ['电话', '热线', '手机', '拨打', '致电', '传真', '邮编', '邮政编码', '备案', 'ICP', '备', '号码', 'Tel', 'TEL', '客服'];
const CUE_WINDOW = 8;

/** Phone and hotline numbers, postcodes, ICP and other registration numbers, e-mails. */
export const contactNumbers: ExclusionRule = {
  id: 'contact-or-registration-number',
  description: 'phone and hotline numbers, postcodes, ICP numbers, e-mail addresses',
  excludes(c) {
    const { text, numeral: n } = c;
    if (c.unit && c.unit.kind !== 'count') return false;
    const before = text[n.start - 1];
    const after = text[n.end];
    if (before === '@' || after === '@') return true;
    // 0371-67188888, 400-123-4567
    if ((after === '-' || after === '－') && isAsciiDigit(text[n.end + 1]) && n.digitCount >= 3 && n.value < 1900) return true;
    if ((before === '-' || before === '－') && isAsciiDigit(text[n.start - 2]) && n.digitCount >= 4) return true;
    if (n.script === 'arabic' && !n.hasDecimalPoint && n.multiplierExponent === 0 && !c.unit) {
      if (n.digitCount >= 7) return true; // long identifiers: mobiles, landlines, serial numbers
      const afterQuote = text[n.end] === '”' || text[n.end] === '"' ? n.end + 1 : n.end;
      if (['热线', '市民热线', '服务热线', '专线'].some((w) => text.startsWith(w, afterQuote))) return true;
      const window = text.slice(Math.max(0, n.start - CUE_WINDOW), n.start);
      if (CONTACT_CUES.some((cue) => window.includes(cue))) return true;
    }
    return false;
  },
};

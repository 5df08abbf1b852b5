// The first-run page: what the extension does, how to read the highlights, how to use it on
// other sites, and that nothing leaves the browser.
import { browser } from 'wxt/browser';
import type { Lang } from '@/lib/i18n';
import { Legend } from './Legend';
import { KeepAsIReadToggle } from './KeepAsIReadToggle';

const TEXT = {
  title: { zh: '欢迎使用数据核查', en: 'Welcome to Figure Check' },
  intro: {
    zh: '在新闻报道中找出每一个数字，标在页面上，并用文章本身和参考数据核对它们：比率与数量是否相符、分项是否等于合计、量级是否可能、与其他报道是否一致。',
    en: 'It finds every figure in a news article, marks it in the page, and checks it against the article itself and reference data: does a rate match its counts, do the parts make the total, is the magnitude possible, does it agree with other reports.',
  },
  howTitle: { zh: '怎么用', en: 'How to use it' },
  how1: { zh: '在支持的新闻网站上打开一篇活动报道，数字会自动标出。', en: 'Open a campaign article on one of the supported news sites: its figures are marked by themselves.' },
  how2: { zh: '把指针停在数字上，或点击它，会打开说明卡片；Alt+Shift+J / Alt+Shift+K 在需注意的数字间跳转。', en: 'Rest the pointer on a figure, or click it, to open its card; Alt+Shift+J / Alt+Shift+K step through the figures that need attention.' },
  how3: { zh: '在其他网站上，点击浏览器工具栏上的“数据核查”按钮，再点“核查本页数字”。', en: 'On any other site, click the Figure Check button in the toolbar, then “Check the figures on this page”.' },
  how4: { zh: '工具栏弹窗和侧边栏列出所有数字，可筛选并导出为 CSV、JSON 或 Markdown。', en: 'The popup and the side panel list every figure, with filters and export as CSV, JSON or Markdown.' },
  privacyTitle: { zh: '隐私', en: 'Privacy' },
  privacy: { zh: '参考数据随扩展一起安装，保存在浏览器中；扩展不向任何地方发送数据。', en: 'The reference data ships with the extension and stays in the browser; the extension sends nothing anywhere.' },
  settings: { zh: '网站设置与我的参考库', en: 'Site settings and my library' },
  keepTitle: { zh: '让参考库自己长大', en: 'Let the library grow by itself' },
} as const;

export function Welcome({ lang }: { lang: Lang }) {
  const tr = (k: keyof typeof TEXT) => TEXT[k][lang];
  return (
    <article class="welcome">
      <h1>{tr('title')}</h1>
      <p>{tr('intro')}</p>
      <h2>{tr('howTitle')}</h2>
      <ol>
        <li>{tr('how1')}</li>
        <li>{tr('how2')}</li>
        <li>{tr('how3')}</li>
        <li>{tr('how4')}</li>
      </ol>
      <Legend lang={lang} open />
      <h2>{tr('keepTitle')}</h2>
      <KeepAsIReadToggle lang={lang} />
      <h2>{tr('privacyTitle')}</h2>
      <p>{tr('privacy')}</p>
      <p class="actions">
        <button type="button" class="btn btn-primary" name="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {tr('settings')}
        </button>
      </p>
    </article>
  );
}

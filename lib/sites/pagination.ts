// Whether an article goes on on another page: a `下一页` link, `第1页/共3页`, or a pager of
// numbered links (`【1】【2】【3】`) in the body or just after it. A pager written by a script
// (document.write) is not markup yet and does not count: the reader sees it only once it runs.

const NEXT_PAGE = /^\s*(?:下一页|下页|后一页|下一頁|下頁|next\s*page)\s*[>»›]*\s*$/i;
const PAGE_OF = /第\s*(\d+)\s*页\s*[\/／]?\s*共\s*(\d+)\s*页/;
const PAGE_NUMBER = /^\s*[【\[［(（]?\s*(\d{1,3})\s*[】\]］)）]?\s*$/;
/** Elements after the body (and after its ancestors) where templates put the pager. */
const SIBLINGS_AFTER = 3;
const ANCESTOR_LEVELS = 2;

/** A link's address: its href, or the page an onclick sends the reader to (`location.href='…_2.shtml'`). */
function realHref(a: Element): string | null {
  const href = (a.getAttribute('href') ?? '').trim();
  if (href && !href.startsWith('#') && !/^javascript:/i.test(href)) return href;
  const click = /location\.href\s*=\s*['"]([^'"#][^'"]*)['"]/.exec(a.getAttribute('onclick') ?? '');
  return click ? click[1]! : null;
}

/** What a pager shows beside its numbers: brackets, 上一页/下一页, 首页/末页, 第…页/共…页. */
const PAGER_WORDS = /[\d\s【】[\]［］()（）<>«»‹›|.…:：/／\-]|上一?页|下一?页|首页|尾页|末页|第|共|页/g;

/** Addresses that some link in `el` names with words (a title): a number linking there too is a
 * rank beside the title (`2` on a picture, `因为“不专业”…` under it), not a page of a pager. */
function titledAddresses(el: Element): Set<string> {
  const out = new Set<string>();
  for (const a of Array.from(el.querySelectorAll('a'))) {
    const href = realHref(a);
    if (href && (a.textContent ?? '').replace(PAGER_WORDS, '').length > 0) out.add(href);
  }
  return out;
}

function pagerScope(root: Element): Element[] {
  const scope = [root];
  for (let el: Element | null = root, level = 0; el && level <= ANCESTOR_LEVELS; el = el.parentElement, level++) {
    let sib = el.nextElementSibling;
    for (let i = 0; sib && i < SIBLINGS_AFTER; i++, sib = sib.nextElementSibling) scope.push(sib);
  }
  return scope;
}

function sameAddress(href: string, pageUrl: string): boolean {
  try {
    return new URL(href, pageUrl).href === new URL(pageUrl).href;
  } catch {
    return false;
  }
}

/** True when the page shows that the article continues on a further page. */
export function continuesOnNextPage(root: Element, pageUrl: string): boolean {
  const scope = pagerScope(root);
  for (const el of scope) {
    const m = PAGE_OF.exec(el.textContent ?? '');
    if (m) return Number(m[1]) < Number(m[2]);
  }
  for (const el of scope) {
    const numbered: Array<{ n: number; href: string }> = [];
    let titled: Set<string> | null = null;
    for (const a of Array.from(el.querySelectorAll('a'))) {
      const text = a.textContent ?? '';
      const href = realHref(a);
      if (!href) continue;
      if (NEXT_PAGE.test(text)) return true;
      const n = PAGE_NUMBER.exec(text);
      if (n && !(titled ??= titledAddresses(el)).has(href)) numbered.push({ n: Number(n[1]), href });
    }
    // A pager: page 2 and at least one other, each to its own address (comment counts and
    // ranks link one address, or none); the article goes on unless this is its last page.
    const addresses = new Set(numbered.map((p) => p.href));
    if (numbered.length >= 2 && addresses.size === numbered.length && numbered.some((p) => p.n === 2)) {
      const last = numbered.reduce((a, b) => (b.n > a.n ? b : a));
      if (!sameAddress(last.href, pageUrl)) return true;
    }
  }
  return false;
}

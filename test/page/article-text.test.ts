import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { collectArticleText, locate, MAX_ARTICLE_CHARS } from '../../lib/page/article-text';

function rootOf(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.body as unknown as Element;
}

describe('collectArticleText', () => {
  it('maps every text node 1:1 into the text', () => {
    const root = rootOf('<div><p>全市<b>9606个</b>参学单位，</p><p>62.8万多名党员</p></div>');
    const { text, segments } = collectArticleText(root);
    expect(text).toBe('全市9606个参学单位，\n62.8万多名党员\n');
    for (const seg of segments) expect(text.slice(seg.start, seg.end)).toBe(seg.node.data);
  });

  it.each([
    ['script', '<p>正文1</p><script>var n = 12345;</script><p>正文2</p>'],
    ['style', '<p>正文1</p><style>.a{width:999px}</style><p>正文2</p>'],
    ['noscript', '<p>正文1</p><noscript>请开启脚本 777</noscript><p>正文2</p>'],
    ['template', '<p>正文1</p><template><p>模板 888</p></template><p>正文2</p>'],
    ['hidden attribute', '<p>正文1</p><div hidden>隐藏 999</div><p>正文2</p>'],
    ['aria-hidden', '<p>正文1</p><div aria-hidden="true">读屏隐藏 666</div><p>正文2</p>'],
    ['inline display:none', '<p>正文1</p><div style="display: none">广告 555</div><p>正文2</p>'],
  ])('skips %s', (_name, html) => {
    expect(collectArticleText(rootOf(html)).text).toBe('正文1\n正文2\n');
  });

  it('separates blocks with newlines and keeps inline runs together', () => {
    const { text } = collectArticleText(rootOf('<ul><li>一<span>二</span></li><li>三</li></ul>第四<br>第五'));
    expect(text).toBe('一二\n三\n第四\n第五\n');
  });

  it('drops formatting whitespace between tags but keeps spaces inside a line', () => {
    const { text } = collectArticleText(rootOf('<div>\n  <p>学思想 强党性</p>\n  <p><b>A</b> <b>B</b></p>\n</div>'));
    expect(text).toBe('学思想 强党性\nA B\n');
  });

  it('reports h1–h6 and bold-only short paragraphs as headings, not bold words in a sentence', () => {
    const { text, headings } = collectArticleText(
      rootOf('<h2>坚持高位推动</h2><p>正文里有<strong>加粗</strong>的词。</p><p><strong>抓好“关键少数”</strong></p><p>正文。</p>'),
    );
    expect(headings.map((h) => text.slice(h.start, h.end))).toEqual(['坚持高位推动', '抓好“关键少数”']);
  });

  it('handles a deeply nested page without exhausting the stack', () => {
    const depth = 20000;
    const root = rootOf('<div>'.repeat(depth) + '深处的文字123' + '</div>'.repeat(depth));
    expect(collectArticleText(root).text).toContain('深处的文字123');
  });
});

describe('locate', () => {
  const root = rootOf('<p>全市<b>9606个</b>参学单位</p><p>2.9万个基层党组织</p>');
  const { text, segments } = collectArticleText(root);

  it.each([
    ['start of a bold figure', text.indexOf('9606'), '9606个', 0],
    ['inside the first node', 1, '全市', 1],
    ['end of the first paragraph', text.indexOf('\n'), '参学单位', 4],
    ['start of the second paragraph', text.indexOf('2.9'), '2.9万个基层党组织', 0],
    ['end of text', text.trimEnd().length, '2.9万个基层党组织', 10],
  ])('%s', (_name, offset, nodeData, nodeOffset) => {
    const at = locate(segments, offset);
    expect(at?.node.data).toBe(nodeData);
    expect(at?.offset).toBe(nodeOffset);
  });

  it.each([
    ['negative offset', -1],
    ['beyond the text', text.length + 10],
  ])('%s gives null', (_name, offset) => {
    expect(locate(segments, offset)).toBeNull();
  });

  it('gives null for no segments', () => {
    expect(locate([], 0)).toBeNull();
  });
});

describe('the length cap', () => {
  it('holds with the line breaks of the blocks that close after the cut', () => {
    // Nested blocks around one oversized text node: each closing block would add a line break.
    const body = `<div><section><p><span>${'共'.repeat(MAX_ARTICLE_CHARS + 500)}</span></p></section></div><p>后文</p>`;
    const { document } = parseHTML(`<html><body>${body}</body></html>`);
    const text = collectArticleText(document.body as unknown as Element);
    expect(text.truncated).toBe(true);
    expect(text.text.length).toBe(MAX_ARTICLE_CHARS);
  });
});

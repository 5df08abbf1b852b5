// The command line's HTML parser builds the tree a browser builds (the HTML standard's tree
// construction), where linkedom's own parser keeps the markup's shape.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parseHtmlDocument } from '../../scripts/parse-html';

describe('parseHtmlDocument', () => {
  it('merges a second <body> into the first, as a browser does', () => {
    const html = '<html><head><title>t</title></head><body class="a"><p>一</p></body><body class="b"><p>二</p></body></html>';
    const doc = parseHtmlDocument(html);
    expect(doc.querySelectorAll('body').length).toBe(1);
    expect(doc.body.getAttribute('class')).toBe('a');
    expect(doc.body.textContent).toBe('一二');
    // linkedom's own parser keeps both: the difference this module exists for.
    expect((parseHTML(html).document as unknown as Document).querySelectorAll('body').length).toBe(2);
  });

  it('makes a body for a page without one', () => {
    const doc = parseHtmlDocument('<title>t</title><div id="x">正文</div>');
    expect(doc.body.tagName.toUpperCase()).toBe('BODY');
    expect(doc.body.querySelector('#x')?.textContent).toBe('正文');
    expect(doc.title).toBe('t');
  });

  it('closes a <p> at a block and adds the implied <tbody>', () => {
    const doc = parseHtmlDocument('<!doctype html><p>a<div>b</div><table><tr><td>c</td></tr></table>');
    expect(doc.body.children.length).toBe(3);
    expect(doc.querySelector('table > tbody > tr > td')?.textContent).toBe('c');
  });

  it('keeps template content out of the tree and SVG in its namespace', () => {
    const doc = parseHtmlDocument('<template><p>隐藏</p></template><svg><text>图</text></svg>');
    expect(doc.querySelectorAll('p').length).toBe(0);
    expect(doc.querySelector('svg')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });

  it('copies a tree nested thousands deep without running out of stack', () => {
    const doc = parseHtmlDocument(`${'<div>'.repeat(5000)}深${'</div>'.repeat(5000)}`);
    expect(doc.body.textContent).toBe('深');
  });
});

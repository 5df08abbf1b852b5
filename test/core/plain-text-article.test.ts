import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { plainTextArticle } from '@/lib/plain-text-article';

const seed = (name: string) => readFileSync(join(import.meta.dirname, '../../seeds', name), 'utf8');

describe('an article from plain text', () => {
  test('the text is kept unchanged', () => {
    const text = seed('000_b500d0858ad7eb4c.txt');
    expect(plainTextArticle(text).text).toBe(text);
  });

  test.each([
    ['a summary that opens with its title', '000_b500d0858ad7eb4c.txt', '凝心铸魂固根本 踔厉奋进建新功', null],
    ['a saved page: the line above the date-and-source line, past the site chrome', '004_8cfb99e02b4e6cf3.txt', '金水区走好新时代赶考之路:以上率下学出新气象 学思践悟创造新辉煌', '2021-12-27T11:47:22'],
  ])('%s', (_name, file, title, date) => {
    const { meta } = plainTextArticle(seed(file));
    expect(meta.title).toBe(title);
    expect(meta.date).toBe(date);
  });

  test.each([
    ['2021-12-27 11:47:22 来源:郑州日报', '2021-12-27T11:47:22', '郑州日报'],
    ['2023年10月15日 来源：郑州晚报', '2023-10-15', '郑州晚报'],
  ])('a date line %s', (line, date, source) => {
    const { meta } = plainTextArticle(`标题在这里写着\n${line}\n正文。`);
    expect(meta).toMatchObject({ date, source, title: '标题在这里写着' });
  });

  test('a byline is read from the first lines', () => {
    expect(plainTextArticle(seed('000_b500d0858ad7eb4c.txt')).meta.byline).toBe('本报记者 李娜 袁帅 通讯员 李绍廷');
  });
});

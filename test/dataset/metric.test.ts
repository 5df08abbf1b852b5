import { describe, expect, it } from 'vitest';
import { metricKeys, normalizeLabel, normalizeScope, scopesCompatible, unitFamily } from '../../lib/dataset/metric';
import type { FigureKind } from '../../lib/types';

describe('normalizeLabel', () => {
  it.each([
    ['办理回复率 and 办复率 are one metric', '办理回复率', '办复率'],
    ['基层参学单位 and 参学单位 are one metric', '基层参学单位', '参学单位'],
    ['全市 names the scope, not the thing counted', '全市基层参学单位', '参学单位'],
    ['quotes carry no meaning', '“微实事”', '微实事'],
    ['已开展 introduces the thing counted', '目前全市县处级以上领导班子已开展中心组学习', '中心组学习'],
    ['完成 changes what is counted and stays', '完成高质量发展重点任务', '完成高质量发展重点任务'],
    ['a prefix is not stripped down to one character', '全市人', '全市人'],
    ['no label', null, null],
  ])('%s', (_name, label, expected) => {
    expect(normalizeLabel(label)).toBe(expected);
  });
});

describe('unitFamily', () => {
  it.each<[string, string | null, FigureKind, string]>([
    ['名 and 人 count persons', '名', 'count', 'persons'],
    ['人 counts persons', '人', 'count', 'persons'],
    ['人次 counts visits, not persons', '人次', 'count', 'person_times'],
    ['场次 and 次 count events', '场次', 'count', 'events'],
    ['个 and 项 count things', '项', 'count', 'items'],
    ['元 is an amount', '元', 'amount', 'amount_yuan'],
    ['% is a percent', '%', 'percent', 'percent'],
    ['公里 keeps its own unit', '公里', 'measure', 'measure:公里'],
    ['a rank is a rank whatever its unit', '位', 'rank', 'rank'],
  ])('%s', (_name, unit, kind, family) => {
    expect(unitFamily({ unit, kind })).toBe(family);
  });
});

describe('scopes', () => {
  it.each([
    ['我市 is 全市', '我市', '全市', true],
    ['全市 may be 郑州市', '全市', '郑州市', true],
    ['全市 is not a city bureau', '全市', '郑州市城管局', false],
    ['市委常委班子 is 市委常委会班子', '市委常委班子', '市委常委会班子', true],
    ['an extension by 和 keeps the scope', '全市县处级以上领导班子', '全市县处级以上领导班子和领导干部', true],
    ['the standing committee is not all leadership groups', '市委常委会班子', '全市县处级以上领导班子和领导干部', false],
    ['two districts differ', '金水区', '二七区', false],
  ])('%s', (_name, a, b, compatible) => {
    expect(scopesCompatible(normalizeScope(a)!, normalizeScope(b)!)).toBe(compatible);
  });

  it('keys a figure by label and unit family, and its metric by scope too', () => {
    const keys = metricKeys({ label: '基层参学单位', unit: '个', kind: 'count', subject: '我市' });
    expect(keys).toEqual({ labelKey: '参学单位|items', scopeKey: '全市', metricKey: '参学单位|items|全市' });
  });
});

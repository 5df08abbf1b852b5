// How precisely a written number is known: its last digit's place, in either script.
import { describe, expect, it } from 'vitest';
import { lastDigitPlace, valueInterval } from '../../lib/compare/quantity';

describe('the precision a number is written with', () => {
  it('a multiplier in traditional script counts as in simplified (萬, 億)', () => {
    expect(lastDigitPlace('6.9萬')).toEqual(lastDigitPlace('6.9万'));
    expect(lastDigitPlace('6.9萬')).toEqual({ place: 1000, written: 1000, rounded: true });
    expect(lastDigitPlace('3.5億')).toEqual({ place: 1e7, written: 1e7, rounded: true });
  });

  it('an unqualified number is rounded at its last written digit, zeros included (`400万人` is not 364万)', () => {
    expect(valueInterval({ value: 4e6, qualifier: null }, '400万')).toEqual({ lo: 3995000, hi: 4005000 });
    // 多 still runs to the next unit of the last digit other than zeros: `9600多` is 9600–9700.
    expect(valueInterval({ value: 9600, qualifier: 'more_than' }, '9600多')).toEqual({ lo: 9600, hi: 9700 });
  });

  it('餘 after a number stops at the next unit of its last digit, as 余 does (`7.1萬餘件`)', () => {
    expect(valueInterval({ value: 71000, qualifier: 'more_than' }, '7.1萬餘')).toEqual({ lo: 71000, hi: 72000 });
    expect(valueInterval({ value: 71000, qualifier: 'more_than' }, '7.1万余')).toEqual({ lo: 71000, hi: 72000 });
  });
});

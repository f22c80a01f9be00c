import { describe, expect, it } from 'vitest';
import { parseRgb, readableTextOn } from './contrast';

describe('readableTextOn', () => {
  it('puts white on dark accents and near-black on light ones', () => {
    expect(readableTextOn('#4338ca')).toBe('#ffffff');
    expect(readableTextOn('#0f766e')).toBe('#ffffff');
    expect(readableTextOn('#facc15')).toBe('#0b0b10');
    expect(readableTextOn('#fff')).toBe('#0b0b10');
    expect(readableTextOn('rgba(139, 140, 248, 1)')).toBe('#0b0b10');
  });

  it('gives up on colours it cannot read', () => {
    expect(readableTextOn('oklch(0.5 0.1 200)')).toBeUndefined();
    expect(parseRgb('')).toBeUndefined();
  });
});

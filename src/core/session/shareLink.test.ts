import { describe, expect, it } from 'vitest';
import {
  decodeShareData,
  encodeShareFragment,
  MAX_SHARE_CHARS,
  SHARE_PREFIX,
  shareData,
  ShareLinkError,
} from './shareLink';

describe('share links', () => {
  it('round-trips text through a URL-safe fragment', async () => {
    const json = JSON.stringify({ text: 'ünïcödé ✓ '.repeat(50), n: 1 });
    const fragment = await encodeShareFragment(json);
    expect(fragment.startsWith(SHARE_PREFIX)).toBe(true);
    const data = shareData(fragment) ?? '';
    expect(data).toMatch(/^[A-Za-z0-9_-]+$/);
    // Compressed: repetitive text gets much shorter.
    expect(data.length).toBeLessThan(json.length / 2);
    expect(await decodeShareData(data)).toBe(json);
  });

  it('ignores fragments that are not share links', () => {
    expect(shareData('#section')).toBeUndefined();
    expect(shareData('')).toBeUndefined();
  });

  it('reports a damaged, cut or overlong link', async () => {
    const data = shareData(await encodeShareFragment('{"a":"' + 'x'.repeat(2000) + '"}')) ?? '';
    await expect(decodeShareData(data.slice(0, data.length / 2))).rejects.toThrow(/damaged/);
    await expect(decodeShareData('abc$%')).rejects.toThrow(ShareLinkError);
    await expect(decodeShareData('')).rejects.toThrow(/empty/);
    await expect(decodeShareData('A'.repeat(MAX_SHARE_CHARS + 1))).rejects.toThrow(/too long/);
  });

  it('refuses a small link that inflates beyond what a session can hold', async () => {
    const bomb = shareData(await encodeShareFragment('0'.repeat(20 * 1024 * 1024))) ?? '';
    expect(bomb.length).toBeLessThan(MAX_SHARE_CHARS);
    await expect(decodeShareData(bomb)).rejects.toThrow(/more data/);
  });
});

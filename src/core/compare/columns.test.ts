import { describe, expect, it } from 'vitest';
import {
  addColumn,
  canAdd,
  canRemove,
  moveColumn,
  removeColumn,
  updateColumn,
  withMinimum,
  type CompareColumn,
} from './columns';

const col = (id: string, connectionId = 'c'): CompareColumn => ({
  id,
  connectionId,
  model: 'm',
  raw: {},
});

describe('compare columns', () => {
  it('adds up to four columns and no more', () => {
    let columns = [col('a'), col('b')];
    columns = addColumn(columns, col('c'));
    columns = addColumn(columns, col('d'));
    expect(canAdd(columns)).toBe(false);
    expect(addColumn(columns, col('e')).map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('removes columns down to two and no fewer', () => {
    const three = [col('a'), col('b'), col('c')];
    const two = removeColumn(three, 'b');
    expect(two.map((c) => c.id)).toEqual(['a', 'c']);
    expect(canRemove(two)).toBe(false);
    expect(removeColumn(two, 'a').map((c) => c.id)).toEqual(['a', 'c']);
  });

  it('moves a column left or right, and not past either edge', () => {
    const columns = [col('a'), col('b'), col('c')];
    expect(moveColumn(columns, 'b', -1).map((c) => c.id)).toEqual(['b', 'a', 'c']);
    expect(moveColumn(columns, 'b', 1).map((c) => c.id)).toEqual(['a', 'c', 'b']);
    expect(moveColumn(columns, 'a', -1).map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(moveColumn(columns, 'c', 1).map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(moveColumn(columns, 'zz', 1).map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('updates only the named column', () => {
    const columns = updateColumn([col('a'), col('b')], 'b', {
      model: 'x',
      raw: { temperature: '1' },
    });
    expect(columns[0]?.model).toBe('m');
    expect(columns[1]).toEqual({
      id: 'b',
      connectionId: 'c',
      model: 'x',
      raw: { temperature: '1' },
    });
  });

  it('drops columns whose connection is gone and tops up with copies of the template', () => {
    let n = 0;
    const columns = withMinimum(
      [col('a', 'gone'), col('b', 'kept')],
      ['kept', 'other'],
      { connectionId: 'other', model: 'gpt', raw: { top_p: '0.5' } },
      () => `new${++n}`,
    );
    expect(columns).toEqual([
      col('b', 'kept'),
      { id: 'new1', connectionId: 'other', model: 'gpt', raw: { top_p: '0.5' } },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { clearMemos, textMemo } from '../../lib/posting/fields/memo';

function counted() {
  const calls: string[] = [];
  const f = textMemo((t: string) => {
    calls.push(t);
    return { length: t.length };
  });
  return { f, calls };
}

describe('textMemo', () => {
  it('computes a text once until the caches are cleared, then again', () => {
    const { f, calls } = counted();
    const a = f('Python');
    expect(f('Python')).toBe(a);
    expect(calls).toEqual(['Python']);
    clearMemos();
    expect(f('Python')).not.toBe(a);
    expect(calls).toEqual(['Python', 'Python']);
  });

  it('stays bounded: a full cache starts over and keeps answering correctly', () => {
    const { f, calls } = counted();
    for (let i = 0; i < 2001; i++) f(`t${i}`);
    expect(calls).toHaveLength(2001);
    expect(f('t2000')).toEqual({ length: 5 }); // the newest entry survived the restart
    expect(calls).toHaveLength(2001);
    f('t0'); // the oldest did not
    expect(calls).toHaveLength(2002);
  });

  it('does not store long texts or throws', () => {
    const { f, calls } = counted();
    const long = 'x'.repeat(2001);
    f(long);
    f(long);
    expect(calls).toHaveLength(2);
    let n = 0;
    const g = textMemo((t: string) => {
      n++;
      if (t === 'bad') throw new Error('no');
      return t;
    });
    expect(() => g('bad')).toThrow('no');
    expect(() => g('bad')).toThrow('no');
    expect(n).toBe(2);
  });
});

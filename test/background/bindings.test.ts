import { describe, expect, it } from 'vitest';
import { missingBindings } from '../../lib/background/bindings';

describe('a background started without extension APIs', () => {
  it('is told apart from one that has them', () => {
    expect(missingBindings({ runtime: { id: 'abcdefghijklmnop' } })).toBeNull();
  });

  it('names what is missing: no runtime, no id, no API object at all', () => {
    expect(missingBindings({})).toMatch(/without extension APIs/);
    expect(missingBindings({ runtime: undefined })).toMatch(/without extension APIs/);
    expect(missingBindings({ runtime: {} })).toMatch(/without an extension id/);
    expect(missingBindings({ runtime: { id: '' } })).toMatch(/without an extension id/);
    expect(missingBindings(undefined)).toMatch(/without extension APIs/);
    expect(missingBindings(null)).toMatch(/without extension APIs/);
  });
});

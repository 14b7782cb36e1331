import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../lib/db/backup';
import { ProfileSchema } from '../../lib/profile/schema';
import { SettingRowSchema } from '../../lib/db/records';
import { sampleProfile } from './helpers';

describe('profile: visa fields (v3)', () => {
  it('a profile written before v3 (a backup file) reads as "not said": no sponsorship needed, no places', () => {
    const { needsSponsorship: _n, authorizedIn: _a, ...old } = sampleProfile().preferences;
    const p = ProfileSchema.parse({ ...sampleProfile(), preferences: old });
    expect(p.preferences).toMatchObject({ needsSponsorship: false, authorizedIn: [] });
    const file = { format: 'postfit-backup', version: 1, exportedAt: 1, profile: { ...sampleProfile(), preferences: old }, postings: [], settings: [] };
    const r = parseBackup(JSON.stringify(file));
    expect(r.ok && r.data.profile?.preferences.authorizedIn).toEqual([]);
  });

  it.each([
    ['a blank place', { authorizedIn: [' '] }, 'preferences.authorizedIn.0'],
    ['a place too long', { authorizedIn: ['x'.repeat(101)] }, 'preferences.authorizedIn.0'],
    ['not a boolean', { needsSponsorship: 'yes' }, 'preferences.needsSponsorship'],
  ])('refuses %s', (_name, over, path) => {
    const r = ProfileSchema.safeParse({ ...sampleProfile(), preferences: { ...sampleProfile().preferences, ...over } });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});

describe('setting: dismissed dealbreakers', () => {
  it.each([
    ['a posting with its keys', [{ url: 'https://x.com/j/1', keys: ['visa', 'language:german'] }], true],
    ['none', [], true],
    ['a posting with no key', [{ url: 'https://x.com/j/1', keys: [] }], false],
    ['an empty url', [{ url: '', keys: ['visa'] }], false],
    ['not a list', { url: 'https://x.com/j/1' }, false],
  ])('%s', (_name, value, ok) => {
    expect(SettingRowSchema.safeParse({ key: 'dismissedDealbreakers', value }).success).toBe(ok);
  });
});

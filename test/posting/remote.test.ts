import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findRemote } from '../../lib/posting/remote';
import { devCases } from './helpers';

const loc = (locationText: string | null) => ({ title: null, company: null, salaryText: null, locationText });

describe('findRemote', () => {
  it.each([
    ['This is a 100% Remote position.', true],
    ['Location: Remote (US)', true],
    ['ONSITE/REMOTE', true],
    ['Flexible Arbeitszeiten & Home-Office (Remote Work möglich bis zu 100%)', true],
    ['Poste en télétravail complet', true],
    ['Puesto 100% remoto', true],
    ['Contratação CLT, 100% de forma remota.', true],
    ['Je kunt volledig thuiswerken', true],
    ['This is a hybrid role with 3 days in the office.', false],
    ['Poste hybride : 2 jours de télétravail par semaine', false],
    ['Ce poste est ouvert au télétravail partiel.', false],
    ['Möglichkeit zum mobilen Arbeiten (bis zu 2 Tage pro Woche)', false],
    ['Location: London (Hybrid)', false],
    // remote offered as one of the options is remote allowed
    ['Remote, hybrid, and flexible work options', true],
    ['You choose between on-site, hybrid or remote.', true],
    ['You can be based remotely in the Seattle area, OR hybrid (Tuesdays in-office) from our NYC headquarters.', true],
    ['Die Arbeit findet vor Ort in unserem Büro statt.', false],
    ['This position is on-site in Austin, TX.', false],
    ['Experience with remote monitoring of patients', null],
    ['We run hybrid cloud infrastructure on AWS and GCP', null],
    ['Remote: If this position is listed as remote, there may still be occasions to work in person.\nHybrid: If this position is listed as hybrid, you will work from a facility.', null],
    ['Field service efforts include on-site support for all issues that could not be resolved remotely.', null],
  ])('%s', (text, want) => expect(findRemote(text)).toBe(want));

  it('uses the badge when the body is silent, and the body wins', () => {
    expect(findRemote('We build things.', loc('🌎 Remote (U.S.)'))).toBe(true);
    expect(findRemote('This is a hybrid role.', loc('🌎 remote,Scotland, UK'))).toBe(false);
    expect(findRemote('We build things.', loc('Berlin, Germany'))).toBeNull();
    expect(findRemote('We build things.', null)).toBeNull();
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => { findRemote(s, loc(s)); }));
  });

  describe('dev set', () => {
    for (const c of devCases()) it(c.id, () => expect(findRemote(c.text, c.header)).toBe(c.label.remote));
  });
});

describe('findRemote: work-arrangement statements only', () => {
  it.each([
    ['Du kannst bis zu 5 Tage remote arbeiten.', true],
    ['Zwei Wochen Workation, 2 Tage remote pro Woche möglich.', false],
    ['Accord télétravail 2j/semaine', false],
    ['Combinatie tussen thuiswerken en op het kantoor in Utrecht', false],
    ['A mix of remote and office days in Leeds', false],
    ['Kombination aus Home-Office und Büro', false],
    ['Podemos trabalhar de onde quiserem, seja home office ou em nossos escritórios', true],
    ['Remote-Arbeit ist möglich', true],
    ['Remote oder hybrid – wie es für dich passt', true],
    ['Ce poste propose du télétravail partiel', false],
    ['You will design multi-cloud and hybrid cloud architectures', null],
    ['Experience with hybrid mobile apps and hybrid search engines', null],
  ])('%s', (text, want) => expect(findRemote(text)).toBe(want));

  it('the body wins over a Remote badge', () => {
    expect(findRemote('Accord télétravail 3J/semaine', loc('🌎 Remote,Lyon, France'))).toBe(false);
    expect(findRemote('We deploy to a hybrid cloud.', loc('🌎 Remote'))).toBe(true);
  });
});

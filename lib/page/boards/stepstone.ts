// StepStone (stepstone.de/.at/.be/.nl/.fr/…, /stellenangebote--…): data-at attributes are its test hooks
// (header-job-title, metadata-company-name, section-text-*); the description is split into several
// section-text blocks (Einleitung, Aufgaben, Profil, Wir bieten).
import type { BoardAdapter } from '../types';
import { onHost, readAnchors } from './util';

export const stepstone: BoardAdapter = {
  id: 'stepstone',
  // (^|\.)stepstone\.[a-z.]+$ checked back from the end: written forwards, it rescans the tail per "stepstone.".
  matches: (u) => onHost(u, /[a-z.]$(?<=(^|\.)stepstone\.[a-z.]+)/),
  read(doc) {
    return readAnchors(doc, {
      title: ['[data-at="header-job-title"]', '.listing__job-title', 'h1'],
      company: ['[data-at="metadata-company-name"]', '[data-at="header-company-name"]', '.listing__company-name'],
      location: ['[data-at="metadata-location"]'],
      salary: ['[data-at="metadata-salary"]'],
      lead: ['[data-at="metadata-contract-type"]', '[data-at="metadata-work-type"]'],
      body: ['[data-at="job-ad-content"]', '[data-at^="section-text-"]', '.listing-content'],
    });
  },
};

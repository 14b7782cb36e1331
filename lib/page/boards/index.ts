// Adapters by URL. Order matters only where hosts could overlap (none today); HN is handled in index.ts
// because one thread page holds many postings.
import type { BoardAdapter } from '../types';
import { ashby } from './ashby';
import { ATS_ADAPTERS } from './ats';
import { greenhouse } from './greenhouse';
import { indeed } from './indeed';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { remotewlb } from './remotewlb';
import { seek } from './seek';
import { stepstone } from './stepstone';
import { workday } from './workday';
import { wttj } from './wttj';

export const ADAPTERS: BoardAdapter[] = [remotewlb, linkedin, indeed, greenhouse, lever, ashby, workday, seek, wttj, stepstone, ...ATS_ADAPTERS];

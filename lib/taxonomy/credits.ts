// Credit lines of the open data the taxonomy is built from (shown in the UI; see ATTRIBUTION.md).
export interface Credit {
  source: string;
  line: string;
  url: string;
  modified: boolean;
}

export const CREDITS: Credit[] = [
  {
    source: 'ESCO',
    line: 'This service uses the ESCO classification of the European Commission. The ESCO data in Postfit is a modified (filtered and trimmed) version.',
    url: 'https://esco.ec.europa.eu/',
    modified: true,
  },
  {
    source: 'O*NET',
    line:
      'This page includes information from the O*NET 30.2 Database (Technology Skills) and the O*NET 29.2 Database (Tools Used) by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. Postfit has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.',
    url: 'https://www.onetcenter.org/license_db.html',
    modified: true,
  },
  {
    source: 'GitHub Linguist',
    line: 'Programming language names from GitHub Linguist, MIT License, Copyright (c) 2017 GitHub, Inc.',
    url: 'https://github.com/github-linguist/linguist',
    modified: true,
  },
  {
    source: 'github/explore',
    line: 'Content based on github.com/github/explore used under the CC-BY-4.0 license.',
    url: 'https://github.com/github/explore',
    modified: true,
  },
  {
    source: 'devicon',
    line: 'Alternative tool names from devicon, MIT License, Copyright (c) 2015 konpa.',
    url: 'https://github.com/devicons/devicon',
    modified: true,
  },
];

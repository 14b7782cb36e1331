import { parseHtmlFile } from '../../lib/page/node';

export const page = (body: string, head = ''): Document =>
  parseHtmlFile(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);

export const ld = (json: string): string => `<script type="application/ld+json">${json}</script>`;

// The sender policy: which senders are the extension's pages, which its content script, and which message types
// each may send.
import { describe, expect, it } from 'vitest';
import { admits, classifySender, MESSAGE_SENDERS } from '../../lib/background/senders';
import { SELF, SENDERS, UNKNOWN_SENDERS, VALID, WEB_URL } from './fixtures';

describe('classifySender', () => {
  it('knows the side panel and popup (no tab), and an extension page opened in a tab', () => {
    expect(classifySender(SENDERS.sidePanel, SELF)).toEqual({ kind: 'extension-page', url: SENDERS.sidePanel.url, tabId: null });
    expect(classifySender(SENDERS.popup, SELF)).toMatchObject({ kind: 'extension-page', tabId: null });
    expect(classifySender(SENDERS.pageInTab, SELF)).toMatchObject({ kind: 'extension-page', tabId: 3 });
  });

  it('knows the content script by its tab, in the top frame of an http(s) page', () => {
    expect(classifySender(SENDERS.content, SELF)).toEqual({ kind: 'content', tabId: 7, url: WEB_URL });
    expect(classifySender({ ...SENDERS.content, url: 'http://localhost:8080/job', origin: undefined }, SELF)).toMatchObject({ kind: 'content' });
    expect(classifySender({ ...SENDERS.content, tab: { id: 0 } }, SELF)).toMatchObject({ kind: 'content', tabId: 0 });
  });

  it.each(Object.entries(UNKNOWN_SENDERS))('calls %s unknown', (_name, sender) => {
    expect(classifySender(sender, SELF)).toEqual({ kind: 'unknown' });
  });

  it('trusts nobody when it does not know its own identity', () => {
    expect(classifySender(SENDERS.sidePanel, { id: '', baseUrl: SELF.baseUrl })).toEqual({ kind: 'unknown' });
    expect(classifySender(SENDERS.sidePanel, { id: SELF.id, baseUrl: 'chrome-extension://abcdefghijklmnop' })).toEqual({ kind: 'unknown' });
  });

  it('reads only the fields it needs, from an object that has others (Chrome adds documentId and more)', () => {
    expect(classifySender({ ...SENDERS.content, documentId: 'D', documentLifecycle: 'active' }, SELF)).toMatchObject({ kind: 'content' });
  });
});

describe('MESSAGE_SENDERS and admits', () => {
  it('gives database writes and reports to extension pages only, and page messages to content scripts only', () => {
    expect(MESSAGE_SENDERS['posting:save']).toEqual(['extension-page']);
    expect(MESSAGE_SENDERS['report:get']).toEqual(['extension-page']);
    expect(MESSAGE_SENDERS['page:posting']).toEqual(['content']);
    expect(MESSAGE_SENDERS['overlay:dismiss']).toEqual(['content']);
  });

  it('holds a content script to its own page: its origin for postings, its site for dismissals', () => {
    const content = classifySender(SENDERS.content, SELF);
    expect(admits(VALID['page:posting'], content)).toBe(true);
    expect(admits({ ...VALID['page:posting'], url: 'https://www.remotewlb.com/apply/other-job#x' }, content)).toBe(true);
    expect(admits({ ...VALID['page:posting'], url: 'https://evil.example/apply/sr-engineer' }, content)).toBe(false);
    expect(admits({ ...VALID['page:posting'], url: 'http://www.remotewlb.com/apply/sr-engineer' }, content)).toBe(false);
    expect(admits({ ...VALID['page:posting'], url: 'not a url' }, content)).toBe(false);
    expect(admits({ type: 'page:none', url: 'https://evil.example/' }, content)).toBe(false);
    expect(admits(VALID['overlay:dismiss'], content)).toBe(true);
    expect(admits({ type: 'overlay:dismiss', host: 'linkedin.com' }, content)).toBe(false);
  });
});

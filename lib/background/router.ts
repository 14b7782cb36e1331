// The one entry for runtime.onMessage: sender and payload are checked here, before any handler runs, so a handler
// only ever sees a parsed message from a sender allowed to send it (lib/background/senders.ts).
import { parseMessage, ToBackgroundMessageSchema, type ToBackgroundMessage, type ToBackgroundType } from '../messages';
import type { ExtensionIdentity } from './deps';
import { admits, classifySender, type SenderFor } from './senders';

type MessageOf<T extends ToBackgroundType> = Extract<ToBackgroundMessage, { type: T }>;

/** One handler per message type. A handler may answer synchronously (panel:open must: the user's gesture). */
export type Handlers = { [T in ToBackgroundType]: (msg: MessageOf<T>, sender: SenderFor<T>) => unknown };

/** Receives a message: undefined when it is dropped (the listener then gives no answer), else the answer, which
 *  never rejects (null when a handler failed). Never throws. */
export type Receive = (raw: unknown, sender: unknown) => Promise<unknown> | undefined;

export function createRouter(self: ExtensionIdentity, handlers: Handlers): Receive {
  return (raw, rawSender) => {
    try {
      const sender = classifySender(rawSender, self);
      if (sender.kind === 'unknown') return undefined;
      const msg = parseMessage(ToBackgroundMessageSchema, raw);
      if (!msg || !admits(msg, sender)) return undefined;
      // admits() checked that this sender kind may send msg.type, which is what SenderFor<T> says.
      const handle = handlers[msg.type] as (m: ToBackgroundMessage, s: typeof sender) => unknown;
      return Promise.resolve(handle(msg, sender)).catch(() => null);
    } catch {
      return Promise.resolve(null);
    }
  };
}

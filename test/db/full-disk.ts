// A disk that fills up part way through a write: a Dexie middleware under every table that lets `room` records
// be written, writes what still fits of the request that crosses the limit, and fails it with the browser's
// QuotaExceededError. The records written before the failure are real writes that the transaction must undo.
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';

const size = (req: DBCoreMutateRequest): number =>
  req.type === 'add' || req.type === 'put' ? req.values.length : req.type === 'delete' ? req.keys.length : 1;

export function diskFullAfter(room: number): Middleware<DBCore> & { name: string; written(): number } {
  let written = 0;
  return {
    stack: 'dbcore',
    name: 'disk-full-after',
    written: () => written,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          async mutate(req) {
            const n = size(req);
            if (written + n <= room) {
              written += n;
              return table.mutate(req);
            }
            const left = room - written;
            if (left > 0 && (req.type === 'add' || (req.type === 'put' && !req.criteria))) {
              await table.mutate({ ...req, values: req.values.slice(0, left), keys: req.keys?.slice(0, left) });
              written = room;
            }
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          },
        };
      },
    }),
  };
}

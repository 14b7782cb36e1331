// The side panel's store instances (tests build their own with the create* functions). The report store brings
// the fit code, zod and the browser bus: it is loaded in its own chunk so the saved list's first screen does
// not wait for it.
import type { ReportStore } from './reportStore';
import { createSavedStore } from './savedStore';

export const savedStore = createSavedStore();

let report: Promise<ReportStore> | undefined;

export function loadReportStore(): Promise<ReportStore> {
  report ??= Promise.all([import('./reportStore'), import('../bus')]).then(
    ([r, b]) => r.createReportStore(b.browserBus()),
    (e: unknown) => {
      report = undefined;
      throw e;
    },
  );
  return report;
}

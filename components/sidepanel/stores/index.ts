// The side panel's store instances (tests build their own with the create* functions).
import { browserBus } from '../bus';
import { createReportStore } from './reportStore';
import { createSavedStore } from './savedStore';

export const reportStore = createReportStore(browserBus());
export const savedStore = createSavedStore();

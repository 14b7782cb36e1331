// The popup's store instances (tests build their own with the create* functions).
import { createBackupStore } from './backupStore';
import { createCvImportStore } from './cvImportStore';
import { createProfileStore } from './profileStore';
import { createSuggestionsStore } from './suggestionsStore';

export const profileStore = createProfileStore();
export const suggestionsStore = createSuggestionsStore();
export const cvImportStore = createCvImportStore(profileStore);
export const backupStore = createBackupStore();

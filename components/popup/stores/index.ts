// The popup's store instances (tests build their own with the create* functions).
import { createBackupStore } from './backupStore';
import { importPorts } from '../import/ports';
import { createImportStore } from './importStore';
import { createProfileStore } from './profileStore';
import { createSuggestionsStore } from './suggestionsStore';

export const profileStore = createProfileStore();
export const suggestionsStore = createSuggestionsStore();
export const importStore = createImportStore(profileStore, importPorts);
export const backupStore = createBackupStore();

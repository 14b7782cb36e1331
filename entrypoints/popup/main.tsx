import '../../lib/zod-jitless';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/common/theme.css';
import './style.css';
import { PopupApp } from '../../components/popup/PopupApp';
import type { EverySitePorts } from '../../components/popup/EverySiteSetting';
import { browserPermissions, browserScripts } from '../../lib/site-access-ports';

const everySite: EverySitePorts = {
  perms: browserPermissions(),
  scripts: browserScripts(),
  onChange(cb) {
    browser.permissions.onAdded.addListener(cb);
    browser.permissions.onRemoved.addListener(cb);
    return () => {
      browser.permissions.onAdded.removeListener(cb);
      browser.permissions.onRemoved.removeListener(cb);
    };
  },
};

render(<PopupApp everySite={everySite} />, document.getElementById('app')!);

import '../../lib/zod-jitless';
import { render } from 'preact';
import '../../components/common/theme.css';
import './style.css';
import { readParams, SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { loadReportStore, savedStore } from '../../components/sidepanel/stores';

performance.mark('postfit:panel-script');
const params = readParams(location.search);
// Before the first render: the database opens and the saved list's first screen is read while Preact renders.
savedStore.getState().start();
if (params.view === 'report') void loadReportStore().catch(() => {}); // SidePanelApp shows the error
render(<SidePanelApp loadReport={loadReportStore} savedStore={savedStore} params={params} />, document.getElementById('app')!);

import { render } from 'preact';
import '../../components/common/theme.css';
import './style.css';
import { readParams, SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { reportStore, savedStore } from '../../components/sidepanel/stores';

performance.mark('postfit:panel-script');
render(
  <SidePanelApp reportStore={reportStore} savedStore={savedStore} params={readParams(location.search)} />,
  document.getElementById('app')!,
);

import '../../lib/zod-jitless';
import { render } from 'preact';
import '../../components/common/theme.css';
import './style.css';
import { PopupApp } from '../../components/popup/PopupApp';

render(<PopupApp />, document.getElementById('app')!);

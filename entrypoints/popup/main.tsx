import { render } from 'preact';
import { localiseDocument } from '../../lib/ui/i18n';
import { Popup } from './App';
import '../../lib/ui/ui.css';

localiseDocument('common_extName');
render(<Popup />, document.getElementById('app')!);

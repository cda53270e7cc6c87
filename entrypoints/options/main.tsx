import { render } from 'preact';
import { localiseDocument } from '../../lib/ui/i18n';
import { OptionsPage } from './App';
import '../../lib/ui/ui.css';

localiseDocument('options_title');
render(<OptionsPage />, document.getElementById('app')!);

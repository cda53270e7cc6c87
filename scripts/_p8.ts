import { detect } from '../lib/index';
import { PROPOSAL } from './bench-data';
for (const f of detect(PROPOSAL, { surface: 'proposal' })) console.log(f.rule, f.start, f.end, JSON.stringify(f.match));

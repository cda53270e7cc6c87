import { detect, prepare } from '../lib/index';
for (const t of process.argv.slice(2)) {
  console.log(JSON.stringify(prepare(t).text));
  console.log('  ', JSON.stringify(detect(t).map((f) => [f.severity, f.rule, f.match])));
}

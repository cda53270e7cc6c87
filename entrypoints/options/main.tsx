import { render } from 'preact';
import { rules } from '../../lib/rules/index';
import { POLICY } from '../../lib/detector/policy';
import './style.css';

/** Lists every rule Clearsend checks, with the public document it comes from. */
function RuleList() {
  return (
    <main>
      <h1>What Clearsend checks</h1>
      <p>
        Clearsend reads only what you type in Upwork's proposal and message fields, checks it on your computer and
        sends nothing anywhere. These are the rules it checks.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">What it catches</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => (
            <tr key={rule.id} data-rule={rule.id}>
              <td>
                <code>{rule.id}</code>
              </td>
              <td>{rule.description}</td>
              <td>{POLICY[rule.policy]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

render(<RuleList />, document.getElementById('app')!);

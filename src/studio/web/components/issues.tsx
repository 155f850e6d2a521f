/** Validation messages at a field, in the national wording, marked by severity as Webcert does. */

import type { ShownIssue } from '../rules.js';

const PREFIX: Record<ShownIssue['severity'], string> = { error: 'Fel', warning: 'Observera', info: 'Information' };

export function IssueList({ issues, id }: { issues: readonly ShownIssue[]; id?: string }) {
  if (!issues.length) return id ? <div id={id} hidden /> : null;
  return (
    <ul class="issues" id={id}>
      {issues.map((issue) => (
        <li class={`issue issue-${issue.severity}`} data-code={issue.code} data-path={issue.field} key={`${issue.field} ${issue.code}`}>
          <span class="visually-hidden">{PREFIX[issue.severity]}: </span>
          {issue.message}
        </li>
      ))}
    </ul>
  );
}

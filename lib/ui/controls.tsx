/**
 * Small building blocks shared by the options page and the popup. A checkbox also toggles on
 * Enter (as a switch does), so every control works with both Space and Enter.
 */
import type { ComponentChildren } from 'preact';
import { t } from './i18n';

/** "Set by your organization", referenced by the control it explains (aria-describedby). */
export function ManagedNote({ id }: { id: string }) {
  return (
    <span class="managed" id={id}>
      {t('common_setByOrganization')}
    </span>
  );
}

/** A stable DOM id for a settings path ("rules.contact-email.enabled" -> "managed-rules-contact-email-enabled"). */
export const noteId = (path: string) => `managed-${path.replace(/[^a-z0-9-]/gi, '-')}`;

export function Checkbox(props: {
  checked: boolean;
  disabled: boolean;
  onToggle: (checked: boolean) => void;
  label?: string;
  describedBy?: string | undefined;
  id?: string;
  testId?: string;
}) {
  const { checked, disabled, onToggle } = props;
  return (
    <input
      type="checkbox"
      id={props.id}
      data-testid={props.testId}
      checked={checked}
      disabled={disabled}
      aria-label={props.label}
      aria-describedby={props.describedBy}
      onChange={(e) => onToggle(e.currentTarget.checked)}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' || disabled) return;
        e.preventDefault();
        onToggle(!checked);
      }}
    />
  );
}

export function Notice({ children, testId }: { children: ComponentChildren; testId: string }) {
  return (
    <p class="notice" role="status" data-testid={testId}>
      {children}
    </p>
  );
}

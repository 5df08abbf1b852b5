// A list of sites with a remove button each, and a form to add one: what the options page shows
// for the sites turned off, the sites allowed and the sites the reader added.
import { useState } from 'preact/hooks';

export interface HostListEditorProps {
  /** Names the list's buttons and field (`remove-<name>`, `add-<name>`) for tests and assistive tech. */
  name: string;
  hosts: readonly string[];
  addLabel: string;
  removeLabel: string;
  placeholder: string;
  /** Adds what the reader typed; the message to show (an error when `error`), or null to clear the field. */
  onAdd(input: string): Promise<{ text: string; error: boolean } | null> | { text: string; error: boolean } | null;
  onRemove(host: string): void;
  /** Shown before the form while the list is empty. */
  empty?: string;
}

export function HostListEditor({ name, hosts, addLabel, removeLabel, placeholder, onAdd, onRemove, empty }: HostListEditorProps) {
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const add = async () => {
    const said = await onAdd(input);
    setMessage(said);
    if (!said?.error) setInput('');
  };
  return (
    <>
      {hosts.length === 0 && empty ? (
        <p class="muted">{empty}</p>
      ) : (
        <ul>
          {hosts.map((host) => (
            <li key={host}>
              {host}{' '}
              <button type="button" class="btn btn-quiet" name={`remove-${name}`} onClick={() => onRemove(host)}>
                {removeLabel}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="actions"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <input class="field" name={`add-${name}`} aria-label={addLabel} value={input} placeholder={placeholder} onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)} />{' '}
        <button type="submit" class="btn">
          {addLabel}
        </button>{' '}
        {message && (
          <span class={message.error ? 'warning' : 'muted'} role={message.error ? 'alert' : 'status'}>
            {message.text}
          </span>
        )}
      </form>
    </>
  );
}

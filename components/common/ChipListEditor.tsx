// A list of short names shown as removable chips, with a box to add one (Enter or the Add button).
import { useState } from 'preact/hooks';
import { FieldError, invalidProps } from './FieldError';

interface Props {
  id: string;
  label: string;
  items: readonly string[];
  placeholder?: string;
  error?: string | null;
  onAdd(value: string): Promise<boolean>;
  onRemove(index: number): void;
  onType?(): void;
}

export function ChipListEditor({ id, label, items, placeholder, error, onAdd, onRemove, onType }: Props) {
  const [value, setValue] = useState('');
  const errId = `${id}-error`;
  const add = async (e: Event) => {
    e.preventDefault();
    if (await onAdd(value)) setValue('');
  };
  return (
    <div class="pf-chip-editor">
      <form class="pf-inline" onSubmit={add}>
        <label for={id}>{label}</label>
        <div class="pf-row">
          <input
            id={id}
            value={value}
            placeholder={placeholder}
            maxLength={200}
            onInput={(e) => {
              setValue(e.currentTarget.value);
              onType?.();
            }}
            {...invalidProps(errId, error)}
          />
          <button type="submit">Add</button>
        </div>
      </form>
      <FieldError id={errId} error={error} />
      {items.length > 0 && (
        <ul class="pf-chips" aria-label={label}>
          {items.map((item, i) => (
            <li class="pf-chip" key={item}>
              <span>{item}</span>
              <button type="button" aria-label={`Remove ${item}`} title={`Remove ${item}`} onClick={() => onRemove(i)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { focusBack } from '../../components/ui/focusBack';
import { Dialog } from 'radix-ui';
import { useRef, useState, type FormEvent, type RefObject } from 'react';
import { cleanName, exportPresets, parseImport, type Preset } from '../../core/presets/presets';
import { applyPreset, captureCurrent, describePreset } from './presetActions';
import { newPresetId, usePresets } from './presetsStore';
import { toast } from '../toast/toast';
import './presets.css';

interface Props {
  open: boolean;
  onOpenChange(open: boolean): void;
  /** The button that opened it: without a Dialog.Trigger, focus is given back by hand. */
  returnFocusTo: RefObject<HTMLElement | null>;
}

const EXPORT_FILE = 'llm-playground-presets.json';

function download(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The click has handed the blob to the download; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function PresetRow({
  preset,
  onApply,
  onStatus,
}: {
  preset: Preset;
  onApply(): void;
  onStatus(text: string): void;
}) {
  const { presets, rename, remove } = usePresets();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(preset.name);
  const nameId = `preset-name-${preset.id}`;

  const submitRename = (e: FormEvent) => {
    e.preventDefault();
    const name = cleanName(draft);
    const clash = presets.some(
      (p) => p.id !== preset.id && p.name.toLowerCase() === name.toLowerCase(),
    );
    if (name === '' || clash) {
      onStatus(name === '' ? 'A preset needs a name.' : `A preset named “${name}” already exists.`);
      return;
    }
    rename(preset.id, name);
    setEditing(false);
    onStatus(`Renamed to “${name}”.`);
  };

  return (
    <li className="preset-item" aria-labelledby={nameId}>
      {editing ? (
        <form className="row" onSubmit={submitRename}>
          <input
            aria-label={`New name for ${preset.name}`}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            autoFocus
          />
          <button type="submit">Save name</button>
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="preset-head">
          <strong id={nameId}>{preset.name}</strong>
          <span className="fine">{describePreset(preset)}</span>
        </div>
      )}
      {!editing && (
        <div className="row">
          <button type="button" className="primary" onClick={onApply}>
            Apply
          </button>
          <button
            type="button"
            onClick={() => {
              setDraft(preset.name);
              setEditing(true);
            }}
          >
            Rename
          </button>
          <button
            type="button"
            onClick={() => {
              remove(preset.id);
              onStatus(`Deleted “${preset.name}”.`);
            }}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}

/** Save, apply, rename, delete, export and import presets. */
export default function PresetsDialog({ open, onOpenChange, returnFocusTo }: Props) {
  const { presets, save, add } = usePresets();
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const [importing, setImporting] = useState(false);

  const onSave = (e: FormEvent) => {
    e.preventDefault();
    const clean = cleanName(name);
    if (clean === '') {
      setStatus('Give the preset a name first.');
      return;
    }
    const result = save(clean, captureCurrent());
    setStatus(
      result === 'full'
        ? 'There are too many presets; delete some first.'
        : result === 'updated'
          ? `Updated “${clean}” with the current settings.`
          : `Saved “${clean}”.`,
    );
    if (result !== 'full') setName('');
  };

  const onApply = (preset: Preset) => {
    const note = applyPreset(preset);
    if (note) setStatus(`Applied “${preset.name}”. ${note}`);
    else onOpenChange(false);
  };

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    setImporting(true);
    const text = await file.text().finally(() => setImporting(false));
    const result = parseImport(
      text,
      usePresets.getState().presets.map((p) => p.name),
      newPresetId,
      Date.now(),
    );
    if (fileInput.current) fileInput.current.value = '';
    if (result.error) {
      setStatus(`Nothing imported: ${result.error}`);
      return;
    }
    add(result.presets);
    const count = result.presets.length;
    setStatus(
      `Imported ${count} preset${count === 1 ? '' : 's'}` +
        (result.skipped ? ` (${result.skipped} skipped: not valid presets).` : '.'),
    );
  };

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog presets-dialog"
          aria-describedby="presets-desc"
          onCloseAutoFocus={(e) => focusBack(e, returnFocusTo)}
        >
          <Dialog.Title>Presets</Dialog.Title>
          <Dialog.Description id="presets-desc" className="fine">
            A preset keeps the model, parameters, system message, tools and response format.
            Applying one leaves the conversation as it is. Keys are never part of a preset.
          </Dialog.Description>
          <form className="row" onSubmit={onSave}>
            <input
              aria-label="Preset name"
              placeholder="Name, e.g. Terse JSON"
              value={name}
              maxLength={80}
              onChange={(e) => setName(e.target.value)}
            />
            <button type="submit">Save current settings</button>
          </form>
          <p className="fine" role="status">
            {status}
          </p>
          {presets.length === 0 ? (
            <p className="fine">No presets yet.</p>
          ) : (
            <ul className="preset-list" aria-label="Saved presets">
              {presets.map((preset) => (
                <PresetRow
                  key={preset.id}
                  preset={preset}
                  onApply={() => onApply(preset)}
                  onStatus={setStatus}
                />
              ))}
            </ul>
          )}
          <div className="dialog-actions">
            <button
              type="button"
              disabled={presets.length === 0}
              onClick={() => {
                download(exportPresets(presets), EXPORT_FILE);
                const n = presets.length;
                toast(`Exported ${n} preset${n === 1 ? '' : 's'} as ${EXPORT_FILE}.`);
              }}
            >
              Export presets
            </button>
            <button
              type="button"
              className="busy-button"
              aria-busy={importing}
              onClick={() => fileInput.current?.click()}
            >
              Import presets…
            </button>
            <input
              ref={fileInput}
              type="file"
              accept="application/json,.json"
              aria-label="Presets file"
              hidden
              onChange={(e) => void onImport(e.target.files?.[0])}
            />
            <Dialog.Close asChild>
              <button type="button">Close</button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

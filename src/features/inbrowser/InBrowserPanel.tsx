import { useEffect, useRef, useState, type DragEvent, type FormEvent } from 'react';
import {
  curatedModel,
  formatBytes,
  isHttpUrl,
  resolveModelSource,
} from '../../core/models/inBrowserCatalog';
import { registerFile, registerUrl } from '../../engines/inbrowser/models';
import { useInBrowserEngine, type InBrowserState } from '../../engines/inbrowser/store';
import { selectModel, usePlayground } from '../../stores/playgroundStore';
import { GgufFactsList } from './GgufFactsList';
import './inbrowser.css';

// The engine (wllama and its wasm) is fetched only when something needs it.
const engine = () => import('../../engines/inbrowser/engine');

/** Loads `id`; failures are already described in the engine store, shown below. */
function load(id: string): void {
  void engine()
    .then((e) => e.loadInBrowserModel(id))
    .catch(() => undefined);
}

function percent(loaded: number, total: number): number {
  return total > 0 ? Math.min(100, Math.floor((loaded / total) * 100)) : 0;
}

function DownloadProgress({ progress }: { progress: NonNullable<InBrowserState['progress']> }) {
  const { loaded, total } = progress;
  const text =
    total > 0
      ? `${formatBytes(loaded)} of ${formatBytes(total)} (${percent(loaded, total)}%)`
      : `${formatBytes(loaded)}`;
  return (
    <div className="inbrowser-progress">
      <progress
        aria-label="Model download"
        aria-valuetext={text}
        max={total > 0 ? total : undefined}
        value={total > 0 ? loaded : undefined}
      />
      <span className="fine">{text}</span>
    </div>
  );
}

function statusLine(s: InBrowserState, selected: string | null): string {
  const id = s.modelId ?? '';
  switch (s.status) {
    case 'downloading':
      return `Downloading ${id}…`;
    case 'loading':
      return `Loading ${id} into memory…`;
    case 'ready':
      return `Ready: ${id}`;
    case 'error':
      return `${id} did not load.`;
    case 'idle':
      return selected
        ? `No model in memory: ${selected} loads when you press Send or Load model.`
        : 'No model in memory. Pick one in the Model list.';
  }
}

/** Where the selected model's bytes come from, in a sentence. */
function SourceNote({ id }: { id: string }) {
  const local = useInBrowserEngine((s) => s.local);
  const cached = useInBrowserEngine((s) => s.cached[id]);
  const file = useInBrowserEngine((s) => s.files[id]);
  const source = resolveModelSource(id, local ?? []);
  const curated = curatedModel(id);
  let where = '';
  switch (source?.kind) {
    case 'local':
      where = `From this project’s models/ folder (${formatBytes(source.size)}): no download.`;
      break;
    case 'hub':
      where = cached
        ? 'Downloaded: loads from the browser’s cache, also offline.'
        : `Downloads ${formatBytes(source.model.sizeBytes)} from Hugging Face once, then loads from the browser’s cache.`;
      break;
    case 'url':
      where = cached
        ? 'Downloaded: loads from the browser’s cache.'
        : 'Downloads from the URL once, then loads from the browser’s cache.';
      break;
    case 'file':
      where = file
        ? `Opened from disk (${formatBytes(file.size)}); the browser keeps no copy after a reload.`
        : 'Opened from disk before a reload: open the file again.';
      break;
    case undefined:
      where = 'Not an in-browser model.';
  }
  return (
    <p className="fine">
      {curated && <>{curated.description} </>}
      {where}
    </p>
  );
}

/** Threads in use (once loaded) and why: only cross-origin-isolated pages get several. */
function threadsNote(threads: number | null): string {
  const used =
    threads === null
      ? ''
      : threads > 1
        ? `Multi-threaded: ${threads} threads. `
        : 'Single-threaded. ';
  return globalThis.crossOriginIsolated
    ? `${used}This page is cross-origin isolated (COOP/COEP headers), so the engine may use several threads.`
    : `${used || 'Single-threaded. '}Serving the page with COOP/COEP headers (cross-origin isolation) lets the engine use several threads.`;
}

export function InBrowserPanel() {
  const selected = usePlayground(selectModel);
  const s = useInBrowserEngine();
  const fileInput = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);

  const inFlight = s.status === 'downloading' || s.status === 'loading';
  const selectedLoaded = s.status === 'ready' && s.modelId === selected;
  const source = selected ? resolveModelSource(selected, s.local ?? []) : undefined;
  const cacheable = source?.kind === 'hub' || source?.kind === 'url';
  const noTemplate =
    s.status === 'ready' && s.facts
      ? !s.facts.chatTemplate
      : selected !== null && curatedModel(selected)?.chatTemplate === false;

  // Whether the selected model is already downloaded. That needs the engine module, so
  // it is checked a moment after the first render, not during it.
  useEffect(() => {
    if (!selected || !cacheable) return;
    let cancelled = false;
    const check = () => {
      void engine()
        .then((e) => (cancelled ? undefined : e.refreshCacheStatus([selected])))
        .catch(() => undefined);
    };
    const handle = setTimeout(check, 300);
    return () => {
      cancelled = true;
      clearTimeout(handle);
    };
  }, [selected, cacheable]);

  const openFile = (file: File) => {
    if (!/\.gguf$/i.test(file.name)) {
      setFileError(`${file.name} is not a .gguf file: drop or open a GGUF model file.`);
      return;
    }
    setFileError(null);
    const id = registerFile(file);
    usePlayground.getState().setModel(id);
    load(id);
  };

  const submitUrl = (event: FormEvent) => {
    event.preventDefault();
    const text = url.trim();
    if (!isHttpUrl(text)) {
      setUrlError('Enter an http(s) URL of a .gguf file.');
      return;
    }
    setUrlError(null);
    const id = registerUrl(text);
    usePlayground.getState().setModel(id);
    load(id);
  };

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) openFile(file);
  };

  return (
    <section
      className={`panel-section inbrowser-panel${dragging ? ' is-dragging' : ''}`}
      aria-label="In-browser engine"
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2>In-browser engine</h2>
      <p className="inbrowser-status busy-note" role="status" aria-busy={inFlight}>
        {statusLine(s, selected)}
      </p>
      {s.progress && inFlight && <DownloadProgress progress={s.progress} />}
      {s.status === 'error' && s.problem && (
        <div className="error-card" role="alert">
          <strong>{s.problem.title}</strong>
          <p>{s.problem.detail}</p>
          <p className="error-action">{s.problem.action}</p>
        </div>
      )}
      {selected && <SourceNote id={selected} />}
      <div className="row">
        <button
          type="button"
          disabled={!selected || inFlight || selectedLoaded || s.busy}
          onClick={() => selected && load(selected)}
        >
          Load model
        </button>
        {s.status === 'downloading' && (
          <button type="button" onClick={() => void engine().then((e) => e.cancelLoad())}>
            Cancel download
          </button>
        )}
        <button
          type="button"
          disabled={s.status !== 'ready' || s.busy}
          onClick={() => void engine().then((e) => e.unloadInBrowserModel())}
        >
          Unload model
        </button>
        <button
          type="button"
          disabled={!selected || !cacheable || !s.cached[selected] || inFlight || s.busy}
          onClick={() => selected && void engine().then((e) => e.removeFromCache(selected))}
        >
          Remove from cache
        </button>
      </div>
      <div className="row">
        <button
          type="button"
          onClick={() => fileInput.current?.click()}
          disabled={inFlight || s.busy}
        >
          Open GGUF file…
        </button>
        <input
          ref={fileInput}
          className="inbrowser-file"
          type="file"
          accept=".gguf"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) openFile(file);
          }}
        />
        <span className="fine">or drop a .gguf file on this panel</span>
      </div>
      {fileError && (
        <p className="field-error" role="alert">
          {fileError}
        </p>
      )}
      <form className="inbrowser-url" onSubmit={submitUrl}>
        <label className="field">
          <span className="field-label">Model URL</span>
          <input
            type="url"
            value={url}
            placeholder="https://huggingface.co/…/resolve/main/model.gguf"
            onChange={(event) => setUrl(event.target.value)}
            aria-invalid={urlError !== null}
          />
        </label>
        <button type="submit" disabled={url.trim() === '' || inFlight || s.busy}>
          Load
        </button>
        {urlError && (
          <p className="field-error" role="alert">
            {urlError}
          </p>
        )}
      </form>
      {noTemplate && (
        <p className="callout">
          This model has no chat template: in Chat mode the conversation is sent as plain text for
          it to continue.
        </p>
      )}
      <p className="fine">{threadsNote(s.threads)}</p>
      {s.status === 'ready' && s.facts && <GgufFactsList facts={s.facts} />}
    </section>
  );
}

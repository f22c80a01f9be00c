import { focusBack } from '../../components/ui/focusBack';
import { Dialog, Tabs } from 'radix-ui';
import { type RefObject } from 'react';
import {
  codeVariants,
  fileExtension,
  generateCode,
  type CodeLanguage,
  type CodeVariant,
} from '../../core/codegen';
import { dialectFor } from '../../core/dialects';
import { Select } from '../../components/ui/Select';
import { inBrowserCodeSource } from '../../engines/inbrowser/models';
import { useInBrowserEngine } from '../../engines/inbrowser/store';
import { selectConnection, selectModel, usePlayground } from '../../stores/playgroundStore';
import { useSelectedModel } from '../models/useModels';
import { currentRequest } from '../run/runController';
import { useCodePrefs } from './codePrefs';
import { HighlightedCode } from './HighlightedCode';
import { toast } from '../toast/toast';

const TABS: { value: CodeLanguage; label: string; lang: 'bash' | 'python' | 'javascript' }[] = [
  { value: 'curl', label: 'cURL', lang: 'bash' },
  { value: 'python', label: 'Python', lang: 'python' },
  { value: 'javascript', label: 'JavaScript', lang: 'javascript' },
];

const VARIANT_LABELS: Record<CodeLanguage, Record<CodeVariant, string>> = {
  curl: { http: 'cURL', sdk: 'cURL' },
  python: { http: 'requests', sdk: 'OpenAI SDK' },
  javascript: { http: 'fetch', sdk: 'OpenAI SDK' },
};

function download(text: string, filename: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default function CodeDialog({
  open,
  onOpenChange,
  returnFocusTo,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
  /** The button that opened it: without a Dialog.Trigger, focus is given back by hand. */
  returnFocusTo?: RefObject<HTMLElement | null>;
}) {
  const { language: chosenLanguage, variant, setLanguage, setVariant } = useCodePrefs();
  const { info } = useSelectedModel();
  // Re-render on any change to the playground, then build the request exactly as Send does.
  const baseUrl = usePlayground((s) => selectConnection(s).baseUrl);
  usePlayground((s) => s.messages);
  usePlayground((s) => s.paramsByModel);
  usePlayground((s) => s.system);
  usePlayground((s) => s.stream);
  const model = usePlayground(selectModel);
  // The snippet says whether the loaded model has a chat template.
  useInBrowserEngine((s) => s.facts);
  usePlayground((s) => s.mode);
  usePlayground((s) => s.prompt);
  usePlayground((s) => s.suffix);
  const request = open ? currentRequest(info) : null;
  // The in-browser engine's only program is wllama JavaScript for a web page.
  const inBrowser = request?.provider === 'inbrowser';
  const language: CodeLanguage = inBrowser ? 'javascript' : chosenLanguage;
  const tabs = inBrowser ? TABS.filter((t) => t.value === 'javascript') : TABS;
  const effectiveVariant = codeVariants[language].includes(variant) ? variant : 'http';
  const code = request
    ? generateCode(request, language, effectiveVariant, {
        sdkBaseUrl: dialectFor(request.provider).sdkBaseUrl(baseUrl),
        inBrowser: inBrowser && model ? inBrowserCodeSource(model) : undefined,
      })
    : '';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      toast('Copied to the clipboard.');
    } catch {
      toast('The browser refused clipboard access: select the code and copy it by hand.', {
        tone: 'error',
      });
    }
  };

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog dialog-wide"
          aria-describedby="code-desc"
          onCloseAutoFocus={(e) => focusBack(e, returnFocusTo)}
        >
          <Dialog.Title>View code</Dialog.Title>
          <Dialog.Description id="code-desc" className="fine">
            {inBrowser ? (
              'The same run with wllama (llama.cpp in WebAssembly) in any web page: no server, no key.'
            ) : (
              <>
                Exactly the request Send would post now. The key is read from the{' '}
                <code>{request?.auth.envVar ?? 'API key'}</code> environment variable.
              </>
            )}
          </Dialog.Description>
          <Tabs.Root value={language} onValueChange={(v) => setLanguage(v as CodeLanguage)}>
            <div className="code-toolbar">
              <Tabs.List aria-label="Language" className="tabs-list">
                {tabs.map((t) => (
                  <Tabs.Trigger key={t.value} value={t.value} className="tab">
                    {t.label}
                  </Tabs.Trigger>
                ))}
              </Tabs.List>
              <div className="row">
                {codeVariants[language].length > 1 && !inBrowser && (
                  <Select
                    label="Variant"
                    value={effectiveVariant}
                    options={codeVariants[language].map((v) => ({
                      value: v,
                      label: VARIANT_LABELS[language][v],
                    }))}
                    onChange={(v) => setVariant(v as CodeVariant)}
                  />
                )}
                <button type="button" onClick={() => void copy()} disabled={!code}>
                  Copy
                </button>
                <button
                  type="button"
                  onClick={() => {
                    const file = `request.${fileExtension[language]}`;
                    download(code, file);
                    toast(`Downloading ${file}.`);
                  }}
                  disabled={!code}
                >
                  Download
                </button>
              </div>
            </div>
            {tabs.map((t) => (
              <Tabs.Content key={t.value} value={t.value}>
                {request ? (
                  <HighlightedCode code={code} lang={t.lang} label={`${t.label} code`} />
                ) : (
                  <p>Pick a model first.</p>
                )}
              </Tabs.Content>
            ))}
          </Tabs.Root>
          <div className="dialog-actions">
            <Dialog.Close asChild>
              <button type="button">Close</button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

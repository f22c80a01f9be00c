import type { GgufFacts } from '../../core/inbrowser/ggufFacts';

const count = (n: number) => n.toLocaleString('en-US');

/** What the loaded GGUF file says about itself. */
export function GgufFactsList({ facts }: { facts: GgufFacts }) {
  const context =
    facts.trainedContext !== undefined
      ? `${count(facts.trainedContext)} tokens trained, ${count(facts.loadedContext)} allocated`
      : `${count(facts.loadedContext)} tokens allocated`;
  return (
    <dl className="inbrowser-facts" aria-label="Model file">
      {facts.name && (
        <>
          <dt>Name</dt>
          <dd>{facts.name}</dd>
        </>
      )}
      <dt>Architecture</dt>
      <dd>{facts.architecture}</dd>
      <dt>Parameters</dt>
      <dd>
        {facts.parameters
          ? `${facts.parameters.estimated ? '≈ ' : ''}${facts.parameters.text}${facts.parameters.estimated ? ' (estimated from the shapes)' : ''}`
          : 'not stated in the file'}
      </dd>
      <dt>Context length</dt>
      <dd>{context}</dd>
      <dt>Quantisation</dt>
      <dd>{facts.fileType ?? 'not stated in the file'}</dd>
      <dt>Chat template</dt>
      <dd>{facts.chatTemplate ? 'present' : 'none (chat is sent as plain text)'}</dd>
    </dl>
  );
}

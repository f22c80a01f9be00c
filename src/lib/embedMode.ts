// `?embed=1` turns the app into an embeddable frame (README "Embedding"). This
// check is all the first screen's bundle carries of the embed feature: the
// layout and the postMessage bridge load only when it is true.

function readEmbedFlag(): boolean {
  try {
    return new URLSearchParams(window.location.search).get('embed') === '1';
  } catch {
    return false; // no window (unit tests, workers)
  }
}

const EMBEDDED = readEmbedFlag();

/** True when the page was opened as an embedded frame; fixed for the page's lifetime. */
export function isEmbedded(): boolean {
  return EMBEDDED;
}

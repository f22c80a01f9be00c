import type { WireError } from '../core/types';

/** A failed HTTP exchange, with what the error module needs to explain it. */
export class RequestFailure extends Error {
  readonly wire: WireError;
  readonly network: boolean;
  readonly retryAfterMs?: number;

  constructor(wire: WireError, options: { network?: boolean; retryAfterMs?: number } = {}) {
    super(wire.message || `HTTP ${wire.status ?? 'error'}`);
    this.name = 'RequestFailure';
    this.wire = wire;
    this.network = options.network ?? false;
    this.retryAfterMs = options.retryAfterMs;
  }
}

import type { WireError } from '../core/types';

/** The response of a failed exchange as it came, for Inspect. */
export interface FailedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A failed HTTP exchange, with what the error module needs to explain it. */
export class RequestFailure extends Error {
  readonly wire: WireError;
  readonly network: boolean;
  readonly retryAfterMs?: number;
  /** Set when the server answered (non-2xx); absent for network failures. */
  readonly response?: FailedResponse;

  constructor(
    wire: WireError,
    options: { network?: boolean; retryAfterMs?: number; response?: FailedResponse } = {},
  ) {
    super(wire.message || `HTTP ${wire.status ?? 'error'}`);
    this.name = 'RequestFailure';
    this.wire = wire;
    this.network = options.network ?? false;
    this.retryAfterMs = options.retryAfterMs;
    this.response = options.response;
  }
}

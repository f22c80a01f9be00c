// The session file validator ajv generates at build time (vite/sessionValidator.ts).
declare module 'virtual:session-validator' {
  export interface SessionValidationError {
    /** JSON Pointer to the offending value, e.g. `/messages/3/role`. */
    instancePath: string;
    keyword: string;
    params: Record<string, unknown>;
    message?: string;
  }
  interface Validate {
    (data: unknown): boolean;
    errors: SessionValidationError[] | null;
  }
  const validate: Validate;
  export default validate;
}

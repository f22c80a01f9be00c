// The config.json validator ajv generates at build time (vite/configValidator.ts).
declare module 'virtual:config-validator' {
  export interface ValidationError {
    /** JSON Pointer to the offending value, e.g. `/connections/0/baseUrl`. */
    instancePath: string;
    keyword: string;
    params: Record<string, unknown>;
    message?: string;
  }
  interface Validate {
    (data: unknown): boolean;
    errors: ValidationError[] | null;
  }
  const validate: Validate;
  export default validate;
}

// Types of the module vite/embedValidators.ts generates from schemas.ts (an
// ambient declaration: it cannot import, so the shapes are spelled out here
// and match HostValidator in validation.ts).

declare module 'virtual:embed-validators' {
  interface GeneratedValidator {
    (data: unknown): boolean;
    errors?:
      | {
          instancePath: string;
          keyword: string;
          message?: string;
          params: object;
          propertyName?: string;
        }[]
      | null;
  }

  export const validateEnvelope: GeneratedValidator;
  export const validateInit: GeneratedValidator;
  export const validateSetMessages: GeneratedValidator;
  export const validateRun: GeneratedValidator;
  export const validateStop: GeneratedValidator;
}

// Everything about JSON Schema that the first screen does not need, loaded
// together on first use: the checks, the located JSON errors, and ajv's
// options (ajv itself comes from loadAjv, per draft).
export { ajvOptions, checkAnswer, checkSchema } from '../../core/structured/schemaCheck';
export { describeJsonError } from '../../core/structured/schemaText';

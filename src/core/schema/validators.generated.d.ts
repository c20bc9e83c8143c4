// What scripts/validators.mjs generates beside this file (validators.generated.js, made by the build):
// one ajv validator per schema, compiled ahead of time.
import type { ValidateFunction } from 'ajv';

export declare const programme: ValidateFunction;
export declare const client: ValidateFunction;
export declare const person: ValidateFunction;
export declare const quote: ValidateFunction;
export declare const mission: ValidateFunction;
export declare const session: ValidateFunction;
export declare const emailTemplate: ValidateFunction;
export declare const config: ValidateFunction;

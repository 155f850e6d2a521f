/**
 * The definition and block meta-schema validators, compiled ahead of time. Compiling the
 * meta-schema with ajv takes about half a second, most of a `check`; `scripts/build.mjs` replaces
 * the built copy of this file with ajv's standalone code for both schemas. Running from source
 * they are undefined and `check-shape.ts` compiles them at first use, from the same schemas.
 */

import type { ValidateFunction } from 'ajv';

export const definitionValidator: ValidateFunction | undefined = undefined;
export const blockValidator: ValidateFunction | undefined = undefined;

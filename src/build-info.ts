/**
 * Identifies the compiler build, so caches of compiled definitions are never reused across
 * builds. Running from source it is 'dev'; `scripts/build.mjs` writes a fingerprint of the
 * sources into the built copy of this file.
 */
export const BUILD_ID: string = 'dev';

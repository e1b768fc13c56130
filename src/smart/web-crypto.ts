/**
 * The browser's Web Crypto, standing in for fhirclient's isomorphic-webcrypto fallback in the built
 * app (vite.config.ts alias): every supported browser has `crypto.subtle` on https and localhost,
 * so the fallback (and its bundled polyfills) is never needed.
 */
export default globalThis.crypto;

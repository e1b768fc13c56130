/** The code-set and NCCI artifacts by their public/ path, with the name the app fetches and its content hash (scripts/vite-hashed-artifacts.ts). */
declare const __APP_ARTIFACTS__: Record<string, { path: string; hash: string }>;

/** The code-set, NCCI and MPFS artifacts by their public/ path, with the name the app fetches and its content hash (scripts/vite-hashed-artifacts.ts). */
declare const __APP_ARTIFACTS__: Record<string, { path: string; hash: string }>;
/** The MPFS default-fee artifact's entry of that list (what the app page fetches). */
declare const __APP_MPFS_ARTIFACTS__: Record<string, { path: string; hash: string }>;

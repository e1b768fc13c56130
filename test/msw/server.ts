import { setupServer } from "msw/node";

/** One msw server for the unit tests; each test adds handlers with server.use(). */
export const server = setupServer();

/**
 * Ports free on this machine right now, chosen by the system (listen on port 0), all different:
 * for servers started by the browser tests and the browser benchmark, so two runs on one machine
 * (two CI clones, a developer's `npm start`) do not collide. Synchronous, so a config module can
 * call it while it is evaluated.
 */
import { execFileSync } from "node:child_process";

const PICK = `
const net = require("node:net");
const count = Number(process.argv[1]);
const servers = Array.from({ length: count }, () => net.createServer());
Promise.all(servers.map((s) => new Promise((ok, fail) => { s.once("error", fail); s.listen(0, () => ok(s.address().port)); })))
  .then((ports) => { process.stdout.write(ports.join(",")); servers.forEach((s) => s.close()); });
`;

export function freePortsSync(count: number): number[] {
  const out = execFileSync(process.execPath, ["--input-type=commonjs", "-e", PICK, String(count)], { encoding: "utf8" });
  const ports = out.split(",").map(Number);
  if (ports.length !== count || ports.some((p) => !Number.isInteger(p) || p <= 0)) throw new Error(`Could not choose ${count} free ports (got "${out}")`);
  return ports;
}

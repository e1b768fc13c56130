import { describe, expect, it, vi } from "vitest";

/**
 * The page's start (src/app/main.tsx): the code worker and the practice's files are asked for as
 * the page loads, while the SMART launch (the token exchange) is still under way.
 */
const order: string[] = [];
vi.mock("../../../src/smart/smart-session.ts", () => ({ completeLaunch: () => (order.push("launch"), new Promise(() => {})) }));
vi.mock("../../../src/ui/coding/code-worker-client.ts", () => ({ createWorkerCodeService: () => (order.push("code worker"), {}) }));
vi.mock("../../../src/app/load-practice-config.ts", () => ({ loadPracticeConfig: () => (order.push("practice files"), new Promise(() => {})) }));

describe("the page's start", () => {
  it("starts the code worker and reads the practice's files before the launch completes", async () => {
    document.body.innerHTML = '<div id="root"></div>';
    await import("../../../src/app/main.tsx");
    await vi.waitFor(() => expect(order).toContain("launch"));
    expect(order).toEqual(["code worker", "practice files", "launch"]);
    await vi.waitFor(() => expect(document.getElementById("root")?.textContent).toBe("Opening the chart…"));
  });
});

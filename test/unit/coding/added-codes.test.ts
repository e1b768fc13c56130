import { beforeAll, describe, expect, it } from "vitest";
import {
  createWorkerCodeIndex, CPT, HCPCS, ICD10CM, loadCodeIndex, parseCptDescriptorCsv, type LoadedCodeIndex, type MessagePortLike,
} from "../../../src/coding/index.ts";
import { handleCodeIndexRequest, type CodeIndexRequest } from "../../../src/coding/code-index-protocol.ts";
import { realArtifacts } from "./real-code-index.ts";

// A fresh index per file: these tests add codes to it.
let index: LoadedCodeIndex;
beforeAll(async () => { index = await loadCodeIndex({ source: { kind: "artifacts", artifacts: await realArtifacts() } }); });

describe("codes added at run time", () => {
  it("CPT codes from the EMR keep the EMR's display and become searchable", () => {
    expect(index.search("zebra tendon repair", { systems: [CPT] })).toEqual([]);
    const added = index.addCodings([
      { system: CPT, code: "27654", display: "Zebra tendon repair (EMR text)" },
      { system: ICD10CM, code: "E11.9", display: "EMR text for a shipped code" },
      { system: CPT, code: "99213", display: "EMR office visit text" },
    ]);
    expect(added).toBe(2);
    expect(index.search("zebra tendon", { systems: [CPT] })[0]).toEqual({ system: CPT, code: "27654", display: "Zebra tendon repair (EMR text)", billable: true });
    expect(index.search("99213")[0]?.display).toBe("EMR office visit text");
    expect(index.lookup(ICD10CM, "E11.9")?.display).toBe("Type 2 diabetes mellitus without complications");
    expect(index.lookup(CPT, "27654")?.display).toBe("Zebra tendon repair (EMR text)");
  });

  it("licensed descriptors win over EMR displays", () => {
    const { entries } = parseCptDescriptorCsv("code,descriptor\n27654,Licensed descriptor text\n");
    expect(index.addEntries(entries, "licensed")).toBe(1);
    expect(index.addCodings([{ system: CPT, code: "27654", display: "EMR again" }])).toBe(0);
    expect(index.search("licensed descriptor")[0]).toMatchObject({ code: "27654", display: "Licensed descriptor text" });
  });
});

describe("worker proxy", () => {
  it("answers search and lookup through messages, and reports failures", async () => {
    const listeners: ((event: { data: unknown }) => void)[] = [];
    const port: MessagePortLike = {
      addEventListener: (_type, listener) => { listeners.push(listener); },
      postMessage: (message) => {
        const response = handleCodeIndexRequest(index, message as CodeIndexRequest);
        queueMicrotask(() => listeners.forEach((l) => l({ data: response })));
      },
    };
    const proxy = createWorkerCodeIndex(port);
    expect((await proxy.ready).info.notesEdition).toBe("FY2023 Tabular");
    expect((await proxy.search("e119"))[0]?.code).toBe("E11.9");
    expect((await proxy.lookup(HCPCS, "G2212"))?.validOnDate).toBe(true);
    await expect(proxy.search(undefined as unknown as string)).rejects.toThrow();
  });
});

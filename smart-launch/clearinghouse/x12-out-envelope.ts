/** ISA/GS/ST..SE/GE/IEA around the sandbox clearinghouse's answers (one group, several transactions). */
import { segment, writeSegment, type X12Segment } from "../../src/billing/x12/segment.ts";

export interface OutEnvelope {
  /** ISA06 / GS02 */
  sender: string;
  /** ISA08 / GS03 */
  receiver: string;
  control: number;
  /** YYYYMMDD */
  date: string;
  /** HHMM */
  time: string;
  /** GS01: FA (999), HN (277CA), HP (835) */
  functionalId: string;
  /** ST01 */
  setId: string;
  /** GS08 / ST03 */
  guide: string;
}

function isa(e: OutEnvelope): string {
  const elements = ["00", " ".repeat(10), "00", " ".repeat(10), "ZZ", e.sender.padEnd(15), "ZZ", e.receiver.padEnd(15), e.date.slice(2), e.time, "^", "00501", String(e.control).padStart(9, "0"), "0", "T", ":"];
  return `ISA*${elements.join("*")}~`;
}

export function writeAnswer(e: OutEnvelope, bodies: readonly X12Segment[][]): string {
  const transactions = bodies.flatMap((body, i) => {
    const st = String(i + 1).padStart(4, "0");
    const set = [segment("ST", e.setId, st, e.guide), ...body];
    return [...set, segment("SE", String(set.length + 1), st)];
  });
  const group = [segment("GS", e.functionalId, e.sender, e.receiver, e.date, e.time, String(e.control), "X", e.guide), ...transactions, segment("GE", String(bodies.length), String(e.control))];
  return isa(e) + group.map(writeSegment).join("") + writeSegment(segment("IEA", "1", String(e.control).padStart(9, "0")));
}

import type { Attachment, Binary } from "fhir/r4";
import type { FhirGateway } from "../fhir-gateway.ts";

/** What an attachment holds, as the Documentation region shows it. */
export type AttachmentContent =
  | { kind: "text"; text: string }
  | { kind: "html"; html: string }
  | { kind: "pdf"; bytes: Uint8Array }
  | { kind: "other"; contentType: string };

/** "text/html; charset=utf-8" reads "text/html". */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

export function decodeBase64(data: string): Uint8Array {
  const binary = atob(data.replace(/\s+/g, ""));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const SHOWN = ["text/html", "application/xhtml+xml", "text/plain", "application/pdf"];

/** Which of a document's attachments is shown: HTML, then plain text, then PDF; else the first. */
export function shownAttachment(attachments: readonly Attachment[]): Attachment | undefined {
  for (const type of SHOWN) {
    const found = attachments.find((a) => mediaTypeOf(a.contentType) === type && (a.data !== undefined || a.url !== undefined));
    if (found) return found;
  }
  return attachments[0];
}

function contentOf(contentType: string | undefined, bytes: Uint8Array): AttachmentContent {
  const type = mediaTypeOf(contentType);
  if (type === "application/pdf") return { kind: "pdf", bytes };
  const text = () => new TextDecoder("utf-8").decode(bytes);
  if (type === "text/html" || type === "application/xhtml+xml") return { kind: "html", html: text() };
  if (type === "text/plain" || type === "") return { kind: "text", text: text() };
  return { kind: "other", contentType: type };
}

/**
 * The attachment's content: its data, or what its url holds, fetched through the EHR's FHIR
 * client (with the token; a relative url is on the FHIR base, as Epic's "Binary/…" are) and
 * answered as a Binary resource.
 */
export async function readAttachment(gateway: FhirGateway, attachment: Attachment): Promise<AttachmentContent> {
  if (attachment.data !== undefined) return contentOf(attachment.contentType, decodeBase64(attachment.data));
  if (!attachment.url) return { kind: "other", contentType: mediaTypeOf(attachment.contentType) };
  const binary = await gateway.get<Binary>(attachment.url);
  if (binary.resourceType !== "Binary" || binary.data === undefined) return { kind: "other", contentType: mediaTypeOf(attachment.contentType) };
  return contentOf(binary.contentType || attachment.contentType, decodeBase64(binary.data));
}

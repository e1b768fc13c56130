import { useEffect, useState } from "react";

/** A PDF opened in place: the browser's viewer in a frame on a blob: URL (the policy's frame-src allows blob:), released on unmount. */
export function PdfFrame({ bytes, title }: { bytes: Uint8Array; title: string }) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/pdf" }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [bytes]);
  return url ? <iframe className="note-pdf" title={`${title} (PDF)`} src={url} /> : null;
}

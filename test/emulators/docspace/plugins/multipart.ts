export interface UploadedFile {
  fieldName: string;
  fileName: string;
  data: Buffer;
}

/** Minimal multipart/form-data parser: returns the parts that carry a filename. */
export function parseMultipart(body: Buffer, contentType: string | undefined): UploadedFile[] {
  const m = contentType?.match(/boundary=(?:"([^"]+)"|([^;]+))/i);
  const boundary = m?.[1] ?? m?.[2];
  if (!boundary) return [];
  const delimiter = Buffer.from(`--${boundary}`);
  const files: UploadedFile[] = [];
  let position = body.indexOf(delimiter);
  while (position >= 0) {
    const start = position + delimiter.length;
    if (body.subarray(start, start + 2).toString() === "--") break;
    const next = body.indexOf(delimiter, start);
    if (next < 0) break;
    // Part = CRLF headers CRLF CRLF content CRLF
    const part = body.subarray(start + 2, next - 2);
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd >= 0) {
      const headers = part.subarray(0, headerEnd).toString("utf8");
      const disposition = headers.split("\r\n").find((line) => /^content-disposition:/i.test(line)) ?? "";
      const fieldName = disposition.match(/\bname="([^"]*)"/i)?.[1] ?? "";
      const fileName = disposition.match(/\bfilename="([^"]*)"/i)?.[1];
      if (fileName !== undefined)
        files.push({ fieldName, fileName, data: Buffer.from(part.subarray(headerEnd + 4)) });
    }
    position = next;
  }
  return files;
}

// The paper of a case as a test needs it: the verification code printed on the e-mailed PDF (read
// from its text, as a clerk reads it), and a small real PDF to upload as a scan.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { sleep } from './app.mjs';

/**
 * The verification code as a clerk reads it on the paper: the text of the newest PDF attached to an
 * e-mail of the demo mailbox whose subject names `number` (and matches `subject`, when given).
 */
export async function mailedVerificationCode(baseUrl, number, subject = /./) {
  for (let i = 0; i < 60; i++) {
    const mailbox = await (await fetch(`${baseUrl}/demo/mail`)).text();
    const rows = [...mailbox.matchAll(/href="\/demo\/mail\/(\d+)"[^>]*>([^<]*)</g)]
      .filter(([, , s]) => s.includes(number) && subject.test(s));
    for (const [, index] of rows) { // newest first
      const response = await fetch(`${baseUrl}/demo/mail/${index}/attachments/0`);
      if (!response.ok) continue;
      const pdf = await getDocument({ data: new Uint8Array(await response.arrayBuffer()) }).promise;
      let textOfPdf = '';
      for (let p = 1; p <= pdf.numPages; p++) {
        textOfPdf += ' ' + (await (await pdf.getPage(p)).getTextContent()).items.map((t) => t.str).join(' ');
      }
      const found = textOfPdf.match(/Código de verificación\s*:?\s*([0-9A-Z]{5}-[0-9A-Z]{5})/);
      if (found) return found[1];
    }
    await sleep(1000);
  }
  throw new Error(`no e-mailed PDF with a verification code for ${number}`);
}

/** A one-page PDF (as a scanner writes it) drawn by the test: a real PDF the server checks by content. */
export function scanPdf(title) {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
  ];
  const stream = `BT /F1 18 Tf 72 720 Td (${title}) Tj ET`;
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
    + offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
    + `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

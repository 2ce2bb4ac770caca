import { parentPort } from 'node:worker_threads';
import type { PermitDocumentData } from './permit-document-data';
import { renderPermitPdf } from './render-permit-pdf';

/** Worker-thread entry: renders permit PDFs for PermitPdfRenderer (one request at a time). */
parentPort?.on('message', (msg: { id: number; data: PermitDocumentData }) => {
  renderPermitPdf(msg.data).then(
    (pdf) => {
      const copy = new Uint8Array(pdf);
      parentPort!.postMessage({ id: msg.id, pdf: copy }, [copy.buffer]);
    },
    (e: unknown) => parentPort!.postMessage({ id: msg.id, error: e instanceof Error ? e.message : String(e) }),
  );
});

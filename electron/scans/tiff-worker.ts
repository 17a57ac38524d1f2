// The TIFF worker: converts page images to PNG (tiff.ts) for the import in the main thread.
import { parentPort } from 'node:worker_threads';
import { ImageRefused } from './images';
import { tiffToPng } from './tiff';
import type { TiffReply, TiffRequest } from './tiff-pool';

parentPort!.on('message', ({ id, bytes }: TiffRequest) => {
  let reply: TiffReply;
  try {
    const tiff = tiffToPng(bytes);
    reply = { id, ok: true, tiff };
    // The PNG is moved, not copied: a bitonal broadsheet's is a few MB, a grey one's tens.
    parentPort!.postMessage(reply, [tiff.png.buffer as ArrayBuffer]);
    return;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    reply = { id, ok: false, reason: err instanceof ImageRefused ? err.reason : { zh: `无法转换 TIFF：${message}`, en: `the TIFF does not convert: ${message}` } };
  }
  parentPort!.postMessage(reply);
});

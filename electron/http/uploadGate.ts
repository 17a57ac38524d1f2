// Large request bodies take their turn: each import.files upload of tens of MB costs several times its size while
// it is parsed and imported (the raw body, its text, the parsed strings, the decoded pages), so eight at once took
// a gigabyte. A waiting request's body is not read (TCP holds it back in the client), so memory stays bounded by
// the budget whatever the number of clients.

export interface UploadGate {
  /** Wait until `bytes` fit in the budget; the answer releases them (call it once). */
  acquire(bytes: number): Promise<() => void>;
}

/**
 * A FIFO byte budget: a request larger than the whole budget still runs, alone. Requests are served in arrival
 * order, so a large one is not starved by smaller ones behind it.
 */
export function createUploadGate(budget: number): UploadGate {
  let inFlight = 0;
  const queue: { bytes: number; start: () => void }[] = [];
  const fits = (bytes: number) => inFlight === 0 || inFlight + bytes <= budget;
  const pump = () => {
    while (queue.length > 0 && fits(queue[0]!.bytes)) queue.shift()!.start();
  };
  return {
    acquire(bytes) {
      return new Promise((resolve) => {
        queue.push({
          bytes,
          start: () => {
            inFlight += bytes;
            let released = false;
            resolve(() => {
              if (released) return;
              released = true;
              inFlight -= bytes;
              pump();
            });
          },
        });
        pump();
      });
    },
  };
}

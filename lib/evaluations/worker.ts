import { parentPort } from "node:worker_threads";
import { encodeAnswer, evaluationAnswer, type EvaluationJob } from "./answer";
import { replyTo } from "./pool";

// The evaluation worker thread (started by ./index.ts): each job's body parsed, validated and
// evaluated, its answer serialised and compressed here, the bytes sent back by transfer. A job that
// throws (a bug) fails alone: the thread goes on with the next.

parentPort?.on("message", ({ id, job }: { id: number; job: EvaluationJob }) => {
  const reply = replyTo(id, () => {
    const answer = encodeAnswer(evaluationAnswer(job.text, job), job.gzip);
    // Only a buffer that is all its own can be transferred: a small Buffer is a slice of a shared pool.
    const own = answer.bytes.byteOffset === 0 && answer.bytes.byteLength === answer.bytes.buffer.byteLength;
    return { ...answer, bytes: own ? answer.bytes : new Uint8Array(answer.bytes) };
  });
  parentPort!.postMessage(reply, "result" in reply ? [reply.result.bytes.buffer as ArrayBuffer] : []);
});

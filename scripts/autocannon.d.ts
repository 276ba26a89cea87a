// The part of autocannon's API the benchmarks use (the package ships no types).
declare module "autocannon" {
  type Result = {
    latency: { p50: number; p97_5: number; p99: number };
    requests: { average: number };
    non2xx: number;
  };
  function autocannon(options: { url: string; connections?: number; duration?: number }): Promise<Result>;
  export default autocannon;
}

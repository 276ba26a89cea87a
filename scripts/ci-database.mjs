// .ci/run's helper: `create SERVER_URL` makes a fresh database and prints its URL;
// `drop SERVER_URL DB_URL` removes it.
import { randomBytes } from "node:crypto";
import pg from "pg";

const [command, serverUrl, dbUrl] = process.argv.slice(2);
const client = new pg.Client({ connectionString: serverUrl });
await client.connect();
if (command === "create") {
  const name = `zjtx_ci_${randomBytes(5).toString("hex")}`;
  await client.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.stdout.write(`${url}\n`);
} else if (command === "drop") {
  const name = new URL(dbUrl).pathname.slice(1);
  if (!/^zjtx_ci_[0-9a-f]+$/.test(name)) throw new Error(`refusing to drop ${name}`);
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
} else {
  throw new Error("usage: ci-database.mjs create SERVER_URL | drop SERVER_URL DB_URL");
}
await client.end();

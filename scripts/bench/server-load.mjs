/**
 * The server under load: autocannon drives the bench's server (scripts/bench/server.mjs) on
 * 127.0.0.1 with a number of connections (20 by default), one request in flight on each, for a
 * warm-up that is thrown away and then a timed run, one endpoint after the other. Per endpoint:
 * requests per second (autocannon's mean of its per-second counts), latency p50 and p99 (ms,
 * autocannon's resolution is 1 ms) and how many answers were 2xx and how many not.
 *
 * Each endpoint starts once the whole machine is idle (what ran before must not slow it down).
 *
 * To add an endpoint, add a line to `serverEndpoints`: a GET of `path` as `as` (a user of the
 * synthetic set; the coordinator reads everything). An endpoint that answers 404 is reported
 * as skipped (not served by this version of the server), any other refusal stops the bench.
 */
import autocannon from 'autocannon';
import { existsSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { loadavg } from 'node:os';
import { gunzipSync, inflateSync } from 'node:zlib';
import { signInAs } from './server.mjs';

/** What the stage times, in this order; `save` is the special entry (below). */
export const serverEndpoints = [
  { name: 'scores', label: "a round's score rows (all 1,631)", path: '/api/scores?roundId=2026' },
  { name: 'progress', label: "a round's progress", path: '/api/rounds/2026/progress' },
  { name: 'aggregates', label: "a round's aggregates", path: '/api/aggregates/rounds/2026' },
  { name: 'save', label: 'a save (If-Match), a draft of its own per request', save: true },
];

const COORDINATOR = 'claire-coordinator';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** CPU time (user + system, in clock ticks) of process `pid` so far, from Linux's /proc. */
function cpuTicks(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The fields after the command's name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * Waits until the server process has used almost no CPU for a quarter second (at most 3 % of
 * a core), 30 s at most; where there is no /proc, 3 s.
 */
async function waitUntilIdle(pid) {
  if (!existsSync(`/proc/${pid}/stat`)) {
    await sleep(3000);
    return;
  }
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const before = cpuTicks(pid);
    await sleep(250);
    if (cpuTicks(pid) - before <= 1) return;
  }
}

const loadAverage = () => Number(loadavg()[0].toFixed(2));

/** The machine's CPU time so far, idle and in all, in clock ticks (Linux's /proc/stat). */
function machineTicks() {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1);
  const ticks = fields.map(Number);
  // user nice system idle iowait irq softirq steal …: idle and iowait are the idle time.
  return { idle: ticks[3] + ticks[4], total: ticks.reduce((sum, value) => sum + value, 0) };
}

/**
 * Waits until the whole machine is idle (at least 85 % of its CPU time idle over half a
 * second), 60 s at most: what ran before the stage (the browser's rounds, a build) must not
 * slow an endpoint's run down. Answers whether it became idle; where there is no /proc, true
 * after 3 s.
 */
async function waitUntilMachineIdle() {
  if (!existsSync('/proc/stat')) {
    await sleep(3000);
    return true;
  }
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const before = machineTicks();
    await sleep(500);
    const after = machineTicks();
    const total = after.total - before.total;
    if (total > 0 && (after.idle - before.idle) / total >= 0.85) return true;
  }
  return false;
}

/** The version in an ETag, `"3"` (a weak `W/"3"` too, though the server keeps it strong). */
function versionOf(etag) {
  const version = Number(
    String(etag ?? '')
      .replace(/^W\//, '')
      .replaceAll('"', ''),
  );
  return Number.isInteger(version) && version > 0 ? version : null;
}

/**
 * The saves: each of the server's bench members (one per draft of the open round) signed in,
 * with their draft's content and version. A request in flight takes a draft no other request
 * has, and gives it back with the version of the answer's ETag, so that concurrent saves never
 * conflict: each one is a real save, of one reason changed, as autosave sends it.
 */
async function prepareSaves(origin, savers) {
  const drafts = await Promise.all(
    savers.map(async ({ userId, assessmentId }) => {
      const token = await signInAs(origin, userId);
      return { assessmentId, token, version: 0, content: null, saves: 0 };
    }),
  );
  const free = [];
  /** Reads every draft again (before a run: the previous one dropped its last answers). */
  async function refresh() {
    free.length = 0;
    for (const draft of drafts) {
      const response = await fetch(`${origin}/api/assessments/${draft.assessmentId}`, {
        headers: { Authorization: `Bearer ${draft.token}` },
      });
      if (response.status !== 200) {
        throw new Error(`Reading draft ${draft.assessmentId} answered ${response.status}`);
      }
      const { ratings, trends, targetGroups, version } = await response.json();
      draft.content = { ratings, trends, targetGroups };
      draft.version = version;
      free.push(draft);
    }
  }
  let next = 0;
  const request = {
    method: 'PUT',
    setupRequest(request, context) {
      // Never empty while every answer comes back; else a draft in use is saved again, and a
      // conflict, if one follows, is counted as a failed save.
      const draft = free.shift() ?? drafts[next++ % drafts.length];
      context.draft = draft;
      draft.saves += 1;
      const [commitmentId, answer] = Object.entries(draft.content.ratings)[0] ?? [];
      const ratings = commitmentId
        ? {
            ...draft.content.ratings,
            [commitmentId]: { ...answer, reason: `${answer.reason} (bench save ${draft.saves})` },
          }
        : draft.content.ratings;
      return {
        ...request,
        path: `/api/assessments/${draft.assessmentId}`,
        headers: {
          Authorization: `Bearer ${draft.token}`,
          'Content-Type': 'application/json',
          'If-Match': `"${draft.version}"`,
        },
        body: JSON.stringify({ ...draft.content, ratings }),
      };
    },
    onResponse(status, body, context, headers) {
      const { draft } = context;
      if (!draft) return;
      if (status === 200) {
        draft.version = versionOf(headers.etag ?? headers.ETag) ?? draft.version;
      } else if (status === 409) {
        draft.version = JSON.parse(body).current?.version ?? draft.version;
      }
      context.draft = null;
      if (!free.includes(draft)) free.push(draft);
    },
  };
  return { requests: [request], refresh };
}

/** What Chromium sends: the reads are timed with the server compressing, as a browser gets them. */
const ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

/**
 * One GET as the load sends it: its status, the bytes sent (compressed) and the JSON's own
 * bytes. Through node:http, which leaves the body as it came (fetch would decode it).
 */
function probe(origin, path, token) {
  return new Promise((resolve, reject) => {
    const request = get(
      `${origin}${path}`,
      { headers: { Authorization: `Bearer ${token}`, 'Accept-Encoding': ACCEPT_ENCODING } },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const sent = Buffer.concat(chunks);
          const encoding = response.headers['content-encoding'];
          const json =
            encoding === 'gzip'
              ? gunzipSync(sent)
              : encoding === 'deflate'
                ? inflateSync(sent)
                : sent;
          resolve({
            status: response.statusCode,
            bytes: json.byteLength,
            sentBytes: sent.byteLength,
            encoding: encoding ?? null,
          });
        });
      },
    );
    request.on('error', reject);
  });
}

function summary(result) {
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    ok: result['2xx'],
    notOk: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]),
    ),
    seconds: result.duration,
  };
}

/**
 * Runs every endpoint of `serverEndpoints` against `origin`, served by the process `serverPid`.
 * Answers `{ endpoints: { [name]: { label, method, path, …summary } }, skipped: [...] }`.
 */
export async function runServerLoad({
  origin,
  serverPid,
  savers,
  connections,
  warmupSeconds,
  durationSeconds,
  log,
}) {
  const coordinatorToken = await signInAs(origin, COORDINATOR);
  const endpoints = {};
  const skipped = [];
  for (const endpoint of serverEndpoints) {
    let options;
    let refresh = async () => {};
    if (endpoint.save) {
      const saves = await prepareSaves(origin, savers);
      refresh = saves.refresh;
      options = { requests: saves.requests };
    } else {
      const { status, bytes, sentBytes, encoding } = await probe(
        origin,
        endpoint.path,
        coordinatorToken,
      );
      if (status === 404) {
        log(`server: skipping ${endpoint.name} (GET ${endpoint.path} answers 404: not served yet)`);
        skipped.push({ name: endpoint.name, label: endpoint.label, path: endpoint.path, status });
        continue;
      }
      if (status !== 200) throw new Error(`GET ${endpoint.path} answered ${status}`);
      endpoints[endpoint.name] = { responseBytes: bytes, sentBytes, encoding };
      options = {
        requests: [{ method: 'GET', path: endpoint.path }],
        headers: {
          Authorization: `Bearer ${coordinatorToken}`,
          'Accept-Encoding': ACCEPT_ENCODING,
        },
      };
    }
    const run = async (seconds) => {
      await refresh();
      const result = await autocannon({
        url: origin,
        connections,
        pipelining: 1,
        duration: seconds,
        ...options,
      });
      // autocannon stops with requests in flight, which the server still answers: wait for
      // them, so that they neither slow the next run down nor change a draft after it is read.
      await waitUntilIdle(serverPid);
      return result;
    };
    const method = endpoint.save ? 'PUT' : 'GET';
    const path = endpoint.save ? '/api/assessments/{id}' : endpoint.path;
    if (!(await waitUntilMachineIdle())) {
      log(`server: the machine was still busy after 60 s; measuring ${method} ${path} anyway`);
    }
    log(`server: ${method} ${path}, ${connections} connections, ${warmupSeconds} s warm-up`);
    await run(warmupSeconds);
    const loadAtStart = loadAverage();
    log(`server: ${method} ${path}, ${durationSeconds} s timed`);
    const result = await run(durationSeconds);
    endpoints[endpoint.name] = {
      label: endpoint.label,
      method,
      path,
      ...endpoints[endpoint.name],
      ...summary(result),
      loadAverage: { atStart: loadAtStart, atEnd: loadAverage() },
    };
  }
  return { endpoints, skipped };
}

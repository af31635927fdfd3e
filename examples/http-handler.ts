/**
 * A plain Node HTTP handler (no framework) that validates and scores a
 * posted assessment. Bad input gets a 400 with the fields and rules broken —
 * never the values. Nothing is logged or stored.
 *
 * Run: npx tsx examples/http-handler.ts (after npm run build), then
 *   curl -s -X POST localhost:8080/assess -d '{"instrument":{"id":"dash-ric","edition":"2009"},"answers":{"strangulation":{"value":"yes"}}}'
 */
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import { assess, isDaRiskError } from 'da-risk';

const MAX_BODY = 256 * 1024;

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The request handler: POST /assess with an assessment as JSON. */
export const handler: RequestListener = (req, res) => {
  void (async () => {
    if (req.method !== 'POST' || req.url !== '/assess') return send(res, 404, { error: 'POST /assess' });
    const text = await readBody(req);
    if (text === null) return send(res, 413, { error: 'body too large' });
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return send(res, 400, { error: 'the body is not JSON' });
    }
    try {
      return send(res, 200, assess(body));
    } catch (error) {
      if (isDaRiskError(error)) return send(res, 400, { code: error.code, issues: error.issues });
      return send(res, 500, { error: 'internal error' });
    }
  })();
};

if (process.argv[1]?.endsWith('http-handler.ts')) {
  createServer(handler).listen(8080, '127.0.0.1', () => console.log('listening on http://127.0.0.1:8080/assess'));
}

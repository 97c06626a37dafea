/**
 * Serves the AI-site fixtures to Firefox on their real host names, offline and without root.
 * Firefox cannot use Playwright routing, so it is pointed at a local HTTP proxy (prefs below); the
 * proxy answers CONNECT itself and hands the tunnel to a local HTTPS server (self-signed certificate
 * for every fixture host; Firefox runs with acceptInsecureCerts). Requests are answered by the same
 * responder Playwright routing uses (createSiteResponder in fixture-server.mjs).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { createSiteResponder, SITES } from './fixture-server.mjs';

const HOSTS = [...new Set([...Object.values(SITES).map((site) => new URL(site.origin).hostname), 'albert.numerique.gouv.fr', 'chat.deepseek.com', 'www.perplexity.ai', 'grok.com', 'huggingface.co', 'poe.com', 'www.meta.ai'])];

function selfSignedCertificate() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-cert-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=vigie-fixtures', '-addext', `subjectAltName=${HOSTS.map((host) => `DNS:${host}`).join(',')}`], { stdio: 'ignore' });
  const result = { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
  fs.rmSync(dir, { recursive: true, force: true });
  return result;
}

/**
 * Starts the proxy. serve(site) makes `site` answer on its origin (replacing what served that
 * origin before) and returns its recorder { requests, frames, site, origin }.
 * `prefs` go to puppeteer.launch({ extraPrefsFirefox }).
 */
export async function startFirefoxFixtureServer() {
  const byHost = new Map();
  const tls = https.createServer(selfSignedCertificate(), (request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const host = (request.headers.host ?? '').split(':')[0];
      const responder = byHost.get(host);
      if (!responder) {
        response.writeHead(502, { 'content-type': 'text/plain' });
        response.end('no fixture for this host');
        return;
      }
      const navigation = request.method === 'GET' && (request.headers['sec-fetch-dest'] === 'document' || /text\/html/.test(request.headers.accept ?? ''));
      const answer = responder.respond({ url: `https://${host}${request.url}`, method: request.method, body: Buffer.concat(chunks).toString('utf8'), navigation });
      response.writeHead(answer.status ?? 200, { 'content-type': answer.contentType ?? 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...(answer.headers ?? {}) });
      response.end(answer.body ?? '');
    });
  });
  const proxy = http.createServer((_request, response) => {
    response.writeHead(502);
    response.end();
  });
  proxy.on('connect', (_request, socket, head) => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head?.length) socket.unshift(head);
    tls.emit('connection', socket);
  });
  proxy.on('clientError', (_error, socket) => socket.destroy());
  tls.on('tlsClientError', () => undefined);
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address();
  return {
    port,
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      'network.dns.disableIPv6': true,
    },
    async serve(site, options) {
      const responder = await createSiteResponder(site, options);
      byHost.set(new URL(responder.origin).hostname, responder);
      return responder;
    },
    close: () => new Promise((resolve) => {
      tls.close();
      proxy.closeAllConnections?.();
      proxy.close(() => resolve());
    }),
  };
}

'use strict';
// Starts s3rver (an S3 emulator) for tst_s3upload behind a small proxy that
// checks AWS Signature Version 4 the way S3 does: s3rver 3.x accepts any V4
// signature from a known access key, so without this a wrong secret would
// pass. The proxy also refuses anonymous requests (a private bucket) and a
// payload hash that is not the body's SHA-256 (UNSIGNED-PAYLOAD included, on
// header-signed requests).
//
// node s3rver_launcher.js <node_modules dir> <data dir> <bucket>
// Prints "PORT <n>" once both listen on 127.0.0.1 (ephemeral ports).

const crypto = require('crypto');
const http = require('http');
const path = require('path');

const [modulesDir, dataDir, bucket] = process.argv.slice(2);
const S3rver = require(path.join(modulesDir, 's3rver'));

const ACCESS_KEY = 'S3RVER';
const SECRET_KEY = 'S3RVER';

const sha256 = data => crypto.createHash('sha256').update(data).digest('hex');
const hmac = (key, data) => crypto.createHmac('sha256', key).update(data, 'utf8').digest();
const encode = s =>
  encodeURIComponent(s).replace(/[!'()*]/g, c => '%' + c.charCodeAt(0).toString(16).toUpperCase());

function errorXml(code, message) {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code>` +
         `<Message>${message}</Message><RequestId>proxy</RequestId></Error>`;
}

class S3Failure extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

// Decoded name/value pairs of the raw query, in order.
function parseQuery(raw) {
  if (!raw) return [];
  return raw.split('&').filter(Boolean).map(part => {
    const eq = part.indexOf('=');
    const name = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : part.slice(eq + 1);
    const dec = s => decodeURIComponent(s.replace(/\+/g, '%20'));
    return [dec(name), dec(value)];
  });
}

function canonicalRequest(req, rawPath, query, signedHeaders, payloadHash) {
  const uri = rawPath.split('/').map(seg => encode(decodeURIComponent(seg))).join('/');
  const canonicalQuery = query
    .map(([n, v]) => [encode(n), encode(v)])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([n, v]) => `${n}=${v}`)
    .join('&');
  const headers = signedHeaders
    .map(name => `${name}:${String(req.headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`)
    .join('');
  return [req.method, uri, canonicalQuery, headers, signedHeaders.join(';'), payloadHash].join('\n');
}

function expectedSignature(credential, amzDate, canonical) {
  const [, date, region, service] = credential.split('/');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  let key = hmac('AWS4' + SECRET_KEY, date);
  key = hmac(key, region);
  key = hmac(key, service);
  key = hmac(key, 'aws4_request');
  return crypto.createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
}

function checkAccessKey(credential) {
  if (credential.split('/')[0] !== ACCESS_KEY)
    throw new S3Failure(403, 'InvalidAccessKeyId',
      'The AWS Access Key Id you provided does not exist in our records.');
}

function verify(req, body) {
  const [rawPath, rawQuery = ''] = req.url.split('?');
  const query = parseQuery(rawQuery);
  const auth = req.headers['authorization'];
  const presigned = query.find(([n]) => n === 'X-Amz-Signature');
  if (auth) {
    const match = /^AWS4-HMAC-SHA256 Credential=([^,]+), ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(auth);
    if (!match)
      throw new S3Failure(400, 'AuthorizationHeaderMalformed', 'The authorization header is malformed.');
    const [, credential, signed, signature] = match;
    checkAccessKey(credential);
    const payloadHash = req.headers['x-amz-content-sha256'];
    if (!payloadHash || !/^[0-9a-f]{64}$/.test(payloadHash))
      throw new S3Failure(400, 'InvalidRequest',
        'This test server wants the SHA-256 of the body signed (no UNSIGNED-PAYLOAD).');
    if (payloadHash !== sha256(body))
      throw new S3Failure(400, 'XAmzContentSHA256Mismatch',
        "The provided 'x-amz-content-sha256' header does not match what was computed.");
    const signedHeaders = signed.split(';');
    for (const required of ['host', 'x-amz-date', 'x-amz-content-sha256'])
      if (!signedHeaders.includes(required))
        throw new S3Failure(403, 'AccessDenied', `The ${required} header must be signed.`);
    const canonical = canonicalRequest(req, rawPath, query, signedHeaders, payloadHash);
    if (expectedSignature(credential, req.headers['x-amz-date'], canonical) !== signature)
      throw new S3Failure(403, 'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided. ' +
        'Check your key and signing method.');
    return;
  }
  if (presigned) {
    const get = name => (query.find(([n]) => n === name) || [])[1];
    const credential = get('X-Amz-Credential') || '';
    checkAccessKey(credential);
    const signedHeaders = (get('X-Amz-SignedHeaders') || '').split(';');
    const canonical = canonicalRequest(req, rawPath, query.filter(([n]) => n !== 'X-Amz-Signature'),
                                       signedHeaders, 'UNSIGNED-PAYLOAD');
    if (expectedSignature(credential, get('X-Amz-Date'), canonical) !== presigned[1])
      throw new S3Failure(403, 'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided. ' +
        'Check your key and signing method.');
    return; // s3rver itself checks X-Amz-Expires
  }
  throw new S3Failure(403, 'AccessDenied', 'Access Denied');
}

async function main() {
  const s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dataDir,
    configureBuckets: bucket ? [{ name: bucket }] : [],
  });
  const s3Address = await s3rver.run();

  const proxy = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      try {
        verify(req, body);
      } catch (e) {
        if (!(e instanceof S3Failure)) throw e;
        const xml = errorXml(e.code, e.message);
        res.writeHead(e.status, { 'Content-Type': 'application/xml',
                                  'Content-Length': Buffer.byteLength(xml) });
        res.end(xml);
        return;
      }
      const headers = { ...req.headers, host: `127.0.0.1:${s3Address.port}` };
      const upstream = http.request(
        { host: '127.0.0.1', port: s3Address.port, method: req.method, path: req.url, headers },
        answer => {
          res.writeHead(answer.statusCode, answer.headers);
          answer.pipe(res);
        });
      upstream.on('error', err => {
        res.writeHead(502);
        res.end(String(err));
      });
      upstream.end(body);
    });
  });
  proxy.listen(0, '127.0.0.1', () => {
    process.stdout.write(`PORT ${proxy.address().port}\n`);
  });
  const stop = () => proxy.close(() => s3rver.close().finally(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // The test's QProcess closing stdin also ends the server.
  process.stdin.on('end', stop);
  process.stdin.resume();
}

main().catch(err => {
  process.stderr.write(`s3rver_launcher: ${err.stack || err}\n`);
  process.exit(1);
});

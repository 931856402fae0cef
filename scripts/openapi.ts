/**
 * Builds the OpenAPI 3.1 document of the REST contract from the same zod schemas and route table
 * the REST adapter and the mock backend use. `npm run contract` writes it to contract/openapi.json;
 * a test fails when that file is stale.
 */
import * as z from 'zod/mini';
import { contractVersion, routes, type Route, type RouteName } from '../src/sdk/contract.js';
import * as schemas from '../src/sdk/schemas.js';

type Json = Record<string, unknown>;

/** One line per operation for the OpenAPI document (kept out of the runtime route table, which ships to browsers). */
const summaries: Record<RouteName, string> = {
  requestCode: 'Send a one-time code (and magic link) to an email or phone. Same answer whether or not it is known.',
  verifyCode: 'Exchange a code for a session.',
  exchangeMagicLink: 'Exchange a single-use magic-link token for a session.',
  refresh: 'A fresh session for the bearer one.',
  logout: 'End the bearer session.',
  getConfig: 'Branding, modules, permissions, pages. Public; with a bearer token, the contact\u2019s own config.',
  listInvoices: 'Invoices of the contact\u2019s company (never drafts).',
  getInvoice: 'One invoice by id or number.',
  markInvoiceViewed: 'Record that the client opened the invoice.',
  getInvoicePdf: 'The invoice as PDF.',
  pay: 'Start a payment of one or more invoices.',
  listQuotes: 'Quotes.',
  getQuote: 'One quote with every version and its decisions.',
  acceptQuote: 'Accept a version with a signature. 409 when a newer version exists or it expired.',
  declineQuote: 'Decline, with an optional reason.',
  requestQuoteChanges: 'Ask the firm for a revision.',
  listContracts: 'Contracts.',
  getContract: 'One contract.',
  signContract: 'Sign a contract version.',
  listFiles: 'Files shared with or uploaded by the client.',
  downloadFile: 'A file\u2019s bytes.',
  uploadFile: 'Upload a file (multipart: file, name, attachType, attachId, folder).',
  listRequests: 'Requests (tickets).',
  getRequest: 'One request with its messages.',
  createRequest: 'Open a request.',
  replyToRequest: 'Reply in a request\u2019s thread.',
  setRequestStatus: 'Close or reopen a request.',
  listTasks: 'Tasks the firm shared with the client.',
  completeTask: 'Mark a task done.',
  listProjects: 'Projects and jobs.',
  getProject: 'One project with milestones and related records.',
  listActivity: 'What happened, newest first.',
  listCatalogue: 'The firm\u2019s products and services.',
  listComments: 'Comments on one record, oldest first.',
  addComment: 'Comment on an invoice, quote or request.',
  subscribe: 'Server-Sent Events: `id:` is the change id, `data:` a ChangeEvent as JSON. Send `Last-Event-ID` to resume.',
};

const description = `The HTTP API a firm's server implements so a Portico portal can talk to it.

Designed to scale out behind a CDN and any number of stateless servers:
- **Stateless bearer sessions.** \`POST /auth/verify\` or \`/auth/magic-link\` returns a session with an opaque token; every other call sends \`Authorization: Bearer <token>\`. No cookies, no server affinity.
- **Cursor paging on every list.** \`?cursor=&limit=\`; the response's \`nextCursor\` is null on the last page.
- **ETags.** Every JSON \`GET\` answers with an \`ETag\`; a request with a matching \`If-None-Match\` gets \`304 Not Modified\` and no body. Responses are \`Cache-Control: private\`.
- **Retry-After.** \`429\` and \`503\` carry \`Retry-After\` (seconds). Clients retry idempotent \`GET\`s only.
- **Idempotency-Key on every write.** A replay of a key (same contact, same operation, same body) returns the first response and changes nothing; the same key with a different body is \`409\` with code \`idempotency_key_reused\`.
- **Errors** are \`{ "error": { "type", "message", "code"?, "fields"?, "retryAfter"? } }\`, with \`type\` one of the PortalError types; \`422\` carries a message per invalid field.
- **Live changes** stream as Server-Sent Events from \`GET /events\`; send \`Last-Event-ID\` to resume without missing a change.

Money is an integer in minor units next to an ISO 4217 currency; dates are ISO 8601.`;

function clean(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(clean);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema' || key === '$id') continue;
    // Servers may add fields; clients ignore what they do not know.
    if (key === 'additionalProperties' && value === false) continue;
    out[key] = clean(value);
  }
  return out;
}

const isSchema = (value: unknown): value is z.ZodMiniType => !!value && typeof value === 'object' && '_zod' in value;

const pascal = (name: string) => name[0].toUpperCase() + name.slice(1);

export function buildOpenApi(): Json {
  const registry = z.registry<{ id: string }>();
  const names = new Map<z.ZodMiniType, string>();
  for (const [name, value] of Object.entries(schemas)) {
    if (isSchema(value) && !registry.has(value)) {
      registry.add(value, { id: name });
      names.set(value, name);
    }
  }
  const ref = (schema: z.ZodMiniType, fallback: string) => {
    let name = names.get(schema);
    if (!name) {
      name = fallback;
      registry.add(schema, { id: name });
      names.set(schema, name);
    }
    return { $ref: `#/components/schemas/${name}` };
  };

  const errorResponse = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } };
  const paths: Record<string, Json> = {};
  for (const [name, route] of Object.entries(routes) as [string, Route][]) {
    const parameters: Json[] = [];
    if (route.path.includes('{id}')) parameters.push({ name: 'id', in: 'path', required: true, schema: { type: 'string' } });
    for (const q of route.query ?? []) parameters.push({ $ref: `#/components/parameters/${q}` });
    if (route.method === 'GET' && typeof route.response !== 'string') parameters.push({ $ref: '#/components/parameters/IfNoneMatch' });
    if (name === 'subscribe') parameters.push({ $ref: '#/components/parameters/LastEventId' });
    const isWrite = route.method === 'POST' && route.auth && !['refresh', 'logout', 'markInvoiceViewed'].includes(name);
    if (isWrite) parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });

    let ok: Json;
    if (route.response === 'binary') {
      ok = { description: 'The file', content: { 'application/octet-stream': { schema: { type: 'string', contentEncoding: 'binary' } } } };
    } else if (route.response === 'event-stream') {
      ok = { description: 'A stream of `id:` / `data: <ChangeEvent JSON>` events', content: { 'text/event-stream': { schema: { $ref: '#/components/schemas/ChangeEvent' } } } };
    } else {
      ok = {
        description: 'OK',
        headers: route.method === 'GET' ? { ETag: { $ref: '#/components/headers/ETag' } } : undefined,
        content: { 'application/json': { schema: ref(route.response, `${pascal(name)}Response`) } },
      };
    }
    const responses: Json = { '200': ok };
    if (route.method === 'GET' && typeof route.response !== 'string') responses['304'] = { description: 'Not modified (matching If-None-Match)' };
    for (const status of ['401', '403', '404', '409', '422']) responses[status] = { $ref: `#/components/responses/Error${status}` };
    responses['429'] = { $ref: '#/components/responses/RateLimited' };
    responses['503'] = { $ref: '#/components/responses/Unavailable' };
    responses.default = errorResponse;

    const operation: Json = {
      operationId: name,
      summary: summaries[name as RouteName],
      tags: [route.path.split('/')[1]],
      security: route.auth ? [{ bearer: [] }] : [],
      parameters: parameters.length ? parameters : undefined,
      responses,
    };
    if (route.body) operation.requestBody = { required: true, content: { 'application/json': { schema: ref(route.body, `${pascal(name)}Body`) } } };
    if (route.multipart) {
      operation.requestBody = {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              required: ['file'],
              properties: {
                file: { type: 'string', contentEncoding: 'binary' },
                name: { type: 'string' },
                attachType: { $ref: '#/components/schemas/RecordType' },
                attachId: { type: 'string' },
                folder: { type: 'string' },
              },
            },
          },
        },
      };
    }
    const path = route.path;
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation };
  }

  const generated = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, unknown> };
  const componentSchemas = Object.fromEntries(Object.entries(generated.schemas).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, clean(v)]));

  const errorFor = (text: string) => ({ description: text, content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } });
  return JSON.parse(
    JSON.stringify({
      openapi: '3.1.0',
      info: { title: 'Portico portal API', version: contractVersion, description },
      servers: [{ url: 'https://firm.example/portal-api', description: 'Your server; the portal\u2019s api-base' }],
      security: [{ bearer: [] }],
      paths,
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The session token from /auth/verify or /auth/magic-link.' } },
        parameters: {
          cursor: { name: 'cursor', in: 'query', schema: { type: 'string' }, description: 'The previous page\u2019s nextCursor.' },
          limit: { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
          q: { name: 'q', in: 'query', schema: { type: 'string' }, description: 'Free-text search.' },
          sort: { name: 'sort', in: 'query', schema: { type: 'string' }, description: 'A field name; prefix `-` for descending.' },
          status: { name: 'status', in: 'query', schema: { type: 'string' }, description: 'Comma-separated statuses.' },
          projectId: { name: 'projectId', in: 'query', schema: { type: 'string' } },
          recordType: { name: 'recordType', in: 'query', schema: { $ref: '#/components/schemas/RecordType' } },
          recordId: { name: 'recordId', in: 'query', schema: { type: 'string' } },
          IdempotencyKey: { name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', maxLength: 255 }, description: 'One key per user intent; a replay returns the first response.' },
          IfNoneMatch: { name: 'If-None-Match', in: 'header', schema: { type: 'string' }, description: 'The ETag of the copy the client has.' },
          LastEventId: { name: 'Last-Event-ID', in: 'header', schema: { type: 'string' }, description: 'Resume after this event.' },
        },
        headers: {
          ETag: { schema: { type: 'string' }, description: 'Version of this response body.' },
          RetryAfter: { schema: { type: 'integer' }, description: 'Seconds to wait before retrying.' },
        },
        responses: {
          Error401: errorFor('No valid session (type unauthorized). The portal signs the client in again.'),
          Error403: errorFor('Not allowed for this contact or by the firm\u2019s settings (type forbidden).'),
          Error404: errorFor('No such record for this contact (type not_found).'),
          Error409: errorFor('The record changed, expired or was decided, or an idempotency key was reused (type conflict).'),
          Error422: errorFor('Invalid input; `fields` has a message per field (type validation).'),
          RateLimited: { ...errorFor('Too many requests (type rate_limited).'), headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } },
          Unavailable: { ...errorFor('Temporarily unavailable (type server).'), headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } },
        },
        schemas: componentSchemas,
      },
    }),
  );
}

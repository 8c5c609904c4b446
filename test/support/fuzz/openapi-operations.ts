/** What the fuzzer needs to know about one route, read from the OpenAPI document. */
export interface FuzzOperation {
  /** e.g. `POST /v1/subscriptions/{id}/pause` */
  id: string;
  method: string;
  /** OpenAPI template, e.g. /v1/subscriptions/{id} */
  path: string;
  pathParams: string[];
  query: Array<{ name: string; schema: JsonSchema }>;
  /** Resolved request body schema, when the route takes one. */
  body?: JsonSchema;
  auth: 'none' | 'member' | 'admin' | 'source';
}

export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  example?: unknown;
  $ref?: string;
  allOf?: JsonSchema[];
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        security?: unknown[];
        parameters?: Array<{ in: string; name: string; schema?: JsonSchema }>;
        requestBody?: { content: Record<string, { schema?: JsonSchema }> };
      }
    >
  >;
  components: { schemas: Record<string, JsonSchema> };
}

/** Every operation of the document, with the credentials it needs. */
export function operationsOf(doc: OpenApiDocument): FuzzOperation[] {
  const resolve = (s: JsonSchema | undefined): JsonSchema | undefined => {
    if (!s) return undefined;
    if (s.$ref) return resolve(doc.components.schemas[s.$ref.split('/').pop()!]);
    if (s.allOf?.length === 1) return resolve(s.allOf[0]);
    return s;
  };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const params = op.parameters ?? [];
      const header = params.some((p) => p.in === 'header' && p.name === 'x-api-key');
      const auth: FuzzOperation['auth'] = header
        ? 'source'
        : op.security?.length
          ? path.startsWith('/v1/admin')
            ? 'admin'
            : 'member'
          : 'none';
      return {
        id: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: resolve(p.schema) ?? {} })),
        body: resolve(op.requestBody?.content['application/json']?.schema),
        auth,
      };
    }),
  );
}

/** Routes Nest serves that the document leaves out (pages, metrics), as operations without schemas. */
export function undocumentedOperations(routes: Array<{ method: string; path: string }>, documented: FuzzOperation[]): FuzzOperation[] {
  const known = new Set(documented.map((o) => o.id));
  return routes
    .map((r) => ({ method: r.method === 'ALL' ? 'GET' : r.method, path: r.path.replace(/:(\w+)/g, '{$1}') }))
    .filter((r) => !known.has(`${r.method} ${r.path}`))
    .map((r) => ({
      id: `${r.method} ${r.path}`,
      method: r.method,
      path: r.path,
      pathParams: [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
      query: [],
      body: r.method === 'GET' ? undefined : { type: 'object', properties: { scope: { type: 'string', example: 'all' } } },
      auth: r.path.startsWith('/v1/admin') ? 'admin' : 'none',
    }));
}

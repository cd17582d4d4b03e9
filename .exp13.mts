import SwaggerParser from '@apidevtools/swagger-parser';
for (const f of ['bad.yaml', 'bad.json']) {
  try { await new SwaggerParser().dereference('/tmp/exp/spec/' + f, { resolve: { http: false } } as never); }
  catch (e: any) { console.log(JSON.stringify(e.message), e.name, e.code, Object.keys(e), e.mark ?? e.cause); }
}

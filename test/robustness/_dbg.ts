import { analyze } from '../../src/index.js';
const t = 'Putin will attend. Officials said Putin will not attend the talks. The minister refused to go.';
let r = analyze(t, { limits: { maxClaimsPerDocument: 2 } }); console.log(JSON.stringify([r.claims.map(c=>c.span), r.skipped, r.truncated]));
r = analyze({documents:[{id:'a',text:t},{id:'b',text:t}]}, { limits: { maxClaimsPerDocument: 2 } }); console.log(JSON.stringify([r.claims.map(c=>c.id), r.skipped.map(s=>[s.documentId,s.reason,s.span.start]), r.truncated]));
r = analyze('The minister will attend the talks in Istanbul.', { limits: { maxSentenceLength: 47 } }); console.log(r.claims.length, r.skipped);
r = analyze('The minister will attend the talks in Istanbul.', { limits: { maxSentenceLength: 46 } }); console.log(r.claims.length, r.skipped);

const nlp=require('compromise');
const fs=require('fs');
const {parse}=require('csv-parse/sync');
const rows=parse(fs.readFileSync('/work/shared/data/fnc1-dev/bodies.csv'),{columns:true});
const bodies=rows.slice(0,120).map(r=>r.articleBody);
const sents=[];for(const b of bodies) for (const s of b.split(/(?<=[.!?])\s+/)) sents.push(s);
const words=sents.join(' ').split(/\s+/).length;
function t(name,f){const s=performance.now();f();const ms=performance.now()-s;console.log(name,Math.round(ms),'ms',Math.round(words/ms*1000),'w/s');}
t('warm',()=>{for(const s of sents.slice(0,200)) nlp(s);});
t('nlp(body)',()=>{for(const b of bodies) nlp(b);});
t('nlp(sent)',()=>{for(const s of sents) nlp(s);});
t('nlp+root',()=>{for(const s of sents){const d=nlp(s);d.compute('root');}});
t('nlp+root+json',()=>{for(const s of sents){const d=nlp(s);d.compute('root');d.json({offset:true,terms:{offset:true}});}});
t('nlp+docs',()=>{for(const s of sents){const d=nlp(s);d.compute('root');for(const ts of d.docs) for(const x of ts){x.tags; x.root;}}});
const pre=['contractions','alias','machine','index','lexicon','preTagger','contractionTwo','root'];
t('tokenize+pre',()=>{for(const s of sents){const d=nlp.tokenize(s);d.compute(pre);}});
t('tokenize',()=>{for(const s of sents){nlp.tokenize(s);}});

#!/usr/bin/env python3
"""Build cases.jsonl from the hand-written voice files (*.txt) in this folder.
Line format:  EXPECT CAT SURFACE CTX LANG | text
EXPECT v/c/a ; CAT cs cr op pay fb acc har ; SURFACE m/p ; CTX - / A (active) / E (enterprise) / AE ; LANG iso code
Voice header:  @ slug role
"""
import json, glob, os, sys
EXP={'v':'violation','c':'clean','a':'allowed'}
CAT={'cs':'contact-sharing','cr':'contact-request','op':'off-platform','pay':'payment','fb':'feedback','acc':'account-sharing','har':'harassment'}
SUR={'m':'message','p':'proposal'}
here=os.path.dirname(os.path.abspath(__file__))
out=[]
for fn in sorted(glob.glob(os.path.join(here,'v*.txt'))):
    slug=role=None
    drops=[]; start=len(out)
    for ln in open(fn,encoding='utf-8'):
        ln=ln.rstrip('\n')
        if not ln.strip() or ln.startswith('#'): continue
        if ln.startswith('DROP '):
            drops.append(ln[5:]); continue
        if ln.startswith('@'):
            _,slug,role=ln.split(); continue
        head,text=ln.split(' | ',1)
        e,c,s,ctx,lang=head.split()
        text=text.replace('\\n','\n').strip()
        assert s!='p' or role=='freelancer', ln
        d={'text':text,'expect':EXP[e],'category':CAT[c],'surface':SUR[s],'lang':lang,'source':'b64-'+slug}
        cx={}
        if role=='client': cx['role']='client'
        if 'A' in ctx: cx['contract']='active'
        if 'E' in ctx: cx['client']='enterprise'
        if cx: d['context']=cx
        out.append(d)
    for sub in drops:
        hit=[d for d in out[start:] if sub in d['text']]
        assert len(hit)==1,(fn,sub,len(hit))
        out.remove(hit[0])
with open(os.path.join(here,'..','cases.jsonl'),'w',encoding='utf-8') as f:
    for d in out: f.write(json.dumps(d,ensure_ascii=False)+'\n')
print(len(out))

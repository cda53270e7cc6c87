import json, glob, importlib.util, os
CAT={'cs':'contact-sharing','cr':'contact-request','op':'off-platform','pay':'payment','fb':'feedback','acct':'account-sharing','har':'harassment'}
EXP={'v':'violation','c':'clean','a':'allowed'}
def build(slug, role, cases):
    out=[]
    for e,cat,lang,surf,ctx,text in cases:
        d={"text":text,"expect":EXP[e],"category":CAT[cat],"surface":"proposal" if surf=='p' else "message","lang":lang,"source":"b60-"+slug}
        c={}
        if role=='client': c['role']='client'
        if 'a' in ctx: c['contract']='active'
        if 'e' in ctx: c['client']='enterprise'
        if c: d['context']=c
        out.append(d)
    return out

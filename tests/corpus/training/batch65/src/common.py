import json
CATS={'cs':'contact-sharing','cr':'contact-request','op':'off-platform','pay':'payment','fb':'feedback','acc':'account-sharing','har':'harassment'}
EXP={'V':'violation','C':'clean','A':'allowed'}
def build(slug, role, rows):
    out=[]
    for r in rows:
        e,c,lang,ctx,text=r
        d={"text":text,"expect":EXP[e],"category":CATS[c],"surface":"message","lang":lang,"source":"b65-"+slug}
        cx={}
        if role=='client': cx['role']='client'
        if 'a' in ctx: cx['contract']='active'
        if 'e' in ctx: cx['client']='enterprise'
        if cx: d['context']=cx
        out.append(d)
    return out

import json,glob,re,collections,sys
sys.path.insert(0,'.')
from chk import check
src=''.join(open(f).read() for f in sorted(glob.glob('c[0-9][0-9].py')))
ns={}; exec(src,ns); C=ns['C']
DROP={2,5,11,13,14,30,44,45,47,54,57,59,69,74,79,90,91,118,126,127,128,163,167,172,233,239,250,257,258,367,395,412,422}
FIX={
 ("askginkgo-toptal","You are bound by"):"While it's understandable for Toptal to protect their marketplace and run a viable business, you are required to abide by the following terms during and for 12 months after leaving Toptal: you will not solicit any employees or consultants.",
 ("consumerist-refund-reviews","Please write a product review"):"Write a product review for the Amazon community. In return for writing the review, we will refund your order so you will have received the product for free.",
 ("gh-dolibarr-18964","To use paypal"):"To use paypal as payment method, I have now the choice of two possibilities: Possibility one: making my installation public accessible to use the paypal payment method by sending the invoice. Possibility two: create manually an invoice link within paypal and paste it in my email with the invoice attached.",
 ("sciata-proxy","The use of interview"):"The use of Interview Proxies is considered fraudulent and will render you ineligible for hire both now and any time in the future.",
 ("connorsgroup-proxy","A proxy interview"):"A proxy interview occurs when a candidate sends a stand-in, or uses deepfake technology, to represent themselves in a phone or video interview. Remote Desktop Intrusion: utilizing tools like Zoom or TeamViewer, candidates may employ someone else to take the employment test remotely.",
 ("gh-gamemann-misc-1","So if you agreed"):"So if you agreed with this kind of collaboration, your responsibility would be conducting interviews with clients and managing communications since you're a US developer. Even if we split 50 to 50, it would be more beneficial than work in here.",
 ("hitotogi-gaibu","こちらでは"):"ココナラでは〇〇さん名義の領収書は発行できますか?",
 ("hitotogi-gaibu","ここでは無理"):"ココナラでは無理だと思います。ココナラの名義のものは✕✕の機能のところから発行できるみたいですよ",
 ("hitotogi-gaibu","SNSアカウント"):"最低限名前だけお願いします",
 ("gh-agencywebsite-29","Would like"):"Would like to implement book a call feature. I have some ideas - Implementing a mail sender where company will receive a mail from the client to organize a call. - Integrating a schedule meeting platform like calendly to organize meet at scheduled time.",
}
out=[]; fixed=set()
for i,c in enumerate(C):
    if i in DROP: continue
    for (sl,pre),new in FIX.items():
        if c['slug']==sl and c['text'].startswith(pre):
            c=dict(c); c['text']=new; fixed.add((sl,pre))
    out.append(c)
missing=set(FIX)-fixed
assert not missing, missing
ALLOWED_CAT={'contact-sharing','contact-request','off-platform','payment','feedback','account-sharing','harassment'}
lines=[]; seen=set(); bad=0
for c in out:
    u=c['url']; st=check(u)
    if st!='ok': print('URLPROBLEM',st,u); bad+=1
    ctx={k:v for k,v in c['ctx'].items() if not ((k=='role' and v=='freelancer') or (k=='contract' and v=='none') or (k=='client' and v=='standard'))}
    rec={'text':c['text'],'expect':c['expect'],'category':c['category'],'surface':c['surface'],'lang':c['lang'],'source':'b69-real-'+c['slug']}
    if ctx: rec['context']=ctx
    assert rec['expect'] in ('violation','clean','allowed')
    assert rec['category'] in ALLOWED_CAT
    assert rec['surface'] in ('proposal','message')
    if rec['surface']=='proposal': assert ctx.get('role','freelancer')=='freelancer'
    for k,v in ctx.items(): assert (k,v) in {('role','client'),('contract','active'),('client','enterprise')},(k,v)
    assert set(rec)<= {'text','expect','category','surface','lang','source','context'}
    if rec['text'] in seen: print('DUP',rec['text'][:60]); continue
    seen.add(rec['text']); lines.append(rec)
with open('cases.jsonl','w') as f:
    for r in lines: f.write(json.dumps(r,ensure_ascii=False)+'\n')
print(len(lines),'bad',bad)
print(collections.Counter(r['expect'] for r in lines))
urls=sorted(set(c['url'] for c in out))
open('urls.txt','w').write('\n'.join(urls)+'\n'); print('pages',len(urls))

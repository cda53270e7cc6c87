# one-off rebalance of categories/expect (applied once to the voice files)
# (v07 row about a telegram scammer switched from tl to en so the batch stays 75% English)
import re, os
P=[
('v01_kc_foodtruck.py',"call or text eight one six", "('C','har','en','',\"ppl keep yelling at my cashier about the wait, can u add a 'thanks for ur patience' line on the menu\"),"),
('v04_glasgow_bookshop.py',"ma number is oh one four one", "('C','acc','en','',\"ma nephew keeps askin for ma shopify password, ive told him naw, staff accounts only\"),"),
('v10_brisbane_editor.py',"kez at edits dot example dot com", "('C','har','en','',\"the beta reader called ur hero 'a spineless wimp', i think thats actually the point?\"),"),
('v10_brisbane_editor.py',"k e z z a  e d i t s", "('V','acc','en','',\"i can do the upwork ID check for my sister, she'll do the edits, same thing really\"),"),
('v07_baguio_crochet.py',"my email po is yarnbyjoy", "('C','har','en','',\"sorry po if my last msg sounded rude, i was tired, will fix the chart tonight\"),"),
('v02_cartagena_dive.py',"mi ig es @buceo", "('C','har','es','',\"tranqui, el editor anterior fue grosero conmigo pero tu has sido un amor\"),"),
('v05_surabaya_coffee.py',"zero eight one two five five five five", "('V','har','en','',\"u r useless lazy designer, no wonder ur rate so low\"),"),
('v08_jaipur_cad.py',"nine eight two nine zero five five five", "('C','acc','en','',\"sir i work alone, no team uses my account, all files by me only\"),"),
('v03_floripa_charter.py',"add me on whatsapp plus 55", "('V','har','en','',\"ur portfolio is trash and ur price is a joke, go back to school\"),"),
('v01_kc_foodtruck.py',"text me 816-555-0163", "('A','acc','en','a',\"now were hired up send ur canva email n ill add u to our team so u can edit the menu\"),"),
('v02_cartagena_dive.py',"contract's live so here's my email", "('A','fb','en','a',\"contract ending, honest feedback from u about working w me would help, whatever u think\"),"),
('v03_floripa_charter.py',"contract started, my email is owner", "('A','acc','en','a',\"ill add u to our trello board, whats the email u use there\"),"),
('v04_glasgow_bookshop.py',"ma email for the supplier stuff", "('A','fb','en','a',\"contract's done, could ye leave me an honest review, good or bad, al take it\"),"),
('v05_surabaya_coffee.py',"now contract started my wa is", "('A','acc','en','a',\"send ur email for shopee seller sub-account, i give u limited staff role\"),"),
('v06_multan_excel.py',"sir ur company is enterprise, my email", "('A','fb','en','a',\"sir contract ending today, if u feel like it kindly share honest feedback, good or bad\"),"),
('v07_baguio_crochet.py',"since ur enterprise client maam", "('A','acc','en','a',\"maam add me as editor on ur canva team, my canva login email is joy.patterns@example.org\"),"),
('v08_jaipur_cad.py',"sir ur company is enterprise account so", "('A','fb','en','a',\"sir job complete, honest feedback welcome whenever u have time\"),"),
('v09_amman_subtitler.py',"u can whatsapp me +962", "('A','acc','en','',\"my github is rana-subs-dev, add me to the subtitle pipeline repo pls\"),"),
('v10_brisbane_editor.py',"now we've got the contract, my mob", "('A','acc','en','a',\"my github's kez-edits, invite me to the repo and i'll copyedit the docs there\"),"),
('v06_multan_excel.py',"sir i send u my telegram", "('V','har','en','a',\"sir u r a fraud, i will post ur name and pic in every facebook group\"),"),
('v10_brisbane_editor.py',"text me instead of here yeah", "('V','acc','en','',\"i'll take the interview, my partner does the actual editing under my name, same quality\"),"),
('v07_baguio_crochet.py',"lets just email each other", "('V','fb','en','a',\"maam if u give me 5 stars now i'll add 2 extra patterns free\"),"),
('v10_brisbane_editor.py',"paypal me and ill start tonight", "('V','har','en','a',\"stop ghosting me u flaky cow\"),"),
('v09_amman_subtitler.py',"for the next episodes we deal directly", "('V','acc','en','',\"my cousin account has the arabic badge, i bid from his for u\"),"),
('v04_glasgow_bookshop.py',"can i send it by paypal friends", "('V','fb','en','',\"al give ye the job if ye promise a 5 star back, ma profile needs it\"),"),
('v01_kc_foodtruck.py',"send me ur email so i can forward", "('C','cr','en','',\"someone on fb asked for my email to finish the upwork job, that legit? didnt send it\"),"),
('v07_baguio_crochet.py',"whats ur instagram maam so i can tag", "('C','cr','en','',\"maam should the etsy listing ask buyers for their email? i think etsy doesnt allow\"),"),
('v01_kc_foodtruck.py',"ill call u on facetime to show", "('A','acc','en','a',\"now contract is on ill add u to our square dashboard as team member w ur own login\"),"),
('v04_glasgow_bookshop.py',"al phone ye on facetime", "('A','acc','en','',\"whit's yer github, al get ye on the repo for the website\"),"),
('v07_baguio_crochet.py',"we have contract na so ok lang po mag call", "('A','fb','tl','a',\"salamat sa tiwala po! pag may time kayo, i-rate nyo lang po ako ng totoo\"),"),
('v06_multan_excel.py',"sir we r under contract, i can call u on teams", "('A','fb','en','a',\"sir closing the contract now, ur honest rating of my work will help me improve\"),"),
]
for f,old,new in P:
    s=open(f).read().split('\n'); hits=[i for i,l in enumerate(s) if old in l]
    assert len(hits)==1,(f,old,hits)
    s[hits[0]]=new; open(f,'w').write('\n'.join(s))
print('ok',len(P))

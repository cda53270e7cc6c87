def rep(f, old, new):
    s=open(f).read()
    assert s.count(old)==1, (f, old[:40], s.count(old))
    s=s.replace(old,new); open(f,'w').write(s)
rep('v06_addis.py',"('a','cr','en','m','',\"Could you send me the email linked to your Play Console? I only need it to request access to the app as a developer user, nothing else.\")",
 "('a','cr','en','m','e',\"Since your company is an Enterprise client, could you share the email of your IT security contact? I need to send the VPN access request before the kickoff.\")")
rep('v08_kampala.py',"('a','cr','en','m','',\"To get accountant access on QuickBooks, kindly tell me only the email of the company file admin, so the invitation request goes to the right person.\")",
 "('a','cr','en','m','e',\"Since your firm hires through Upwork Enterprise, kindly share the direct email and phone of your financial controller, I would like to send him my engagement questions before we sign.\")")
rep('v09_dakar.py',"Pour accéder à votre Canva, donnez-moi seulement le nom de l'équipe, je vous enverrai une demande avec mon propre compte.",
 "Pour préparer l'accord de confidentialité à signer avant de voir vos fichiers fournisseurs, il me faut la raison sociale et l'adresse postale de votre société, c'est ce que le modèle de NDA exige.")
rep('v10_zagreb.py',"('a','cr','en','m','',\"What's the email of your Figma workspace admin? I'll request viewer access to the prototype from my own Figma account.\")",
 "('a','cr','hr','m','e',\"Budući da ste Enterprise klijent, možete li mi poslati mail ili broj vašeg product ownera? Htjela bih dogovoriti regrutaciju sudionika prije potpisivanja.\")")
print('ok')

u='https://github.com/uhIgnacio-zz/discord-phone/issues/1'; s='gh-discord-phone-1'
a(u,s,"Its very bad to follow person in github after two day unfollow \nYou are Not smat you are Fraudulent followers not important, skill is important",'violation','harassment')
a(u,s,"lmao get a life",'violation','harassment')
a(u,s,"Today I unfollowed most of the people due to some of them were mass following. If someone wants I can follow again (sorry if I have bad English, I speak Spanish)",'clean','feedback')
u='https://github.com/TranscryptOrg/Transcrypt/issues/477'; s='gh-transcrypt-477'
a(u,s,"If my analysis with regard to this is correct, please be so kind as to remove these 6 stars. If you want to contribute to its popularity, tell colleagues, write about it, use it, contribute to it. But things like signaled above are off limits.",'clean','feedback')
u='https://github.com/lutzroeder/netron/issues/654'; s='gh-netron-654'
a(u,s,"I understand that you want to promote the project and I love following people but honestly this made me unfollow you as I don't want to be spammed, especially since there's no way to turn these notifications off. Thanks.",'clean','harassment')
u='https://github.com/jitsi/docker-jitsi-meet/issues/1589'; s='gh-jitsi-1589'
a(u,s,"Some company is using stars on this repository to send targeted spam emails. That's lame.",'clean','contact-sharing')
u='https://github.com/Dolibarr/dolibarr/issues/18964'; s='gh-dolibarr-18964'
a(u,s,"To use paypal as payment method, I have now the choice of two possibilities: making my installation public so the paypal payment link works in the invoice, or create manually an invoice link within paypal and paste it in my email with the invoice attached.",'clean','payment')
u='https://github.com/pmartelletti/my-pictures-in-the-world/issues/106'; s='gh-mypictures-106'
a(u,s,"- Permitir opcion de mandar saldo directo al fotografo (sin pasar por cuenta de Ernesto para evitar impuestos)\n- Si no tiene cuenta de paypal, por momento, permitir saldo en la cuenta virtual y luego hacer una transferencia.",'clean','payment',lang='es')
u='https://github.com/mtotschnig/MyExpenses/issues/1044'; s='gh-myexpenses-1044'
a(u,s,"If you are living in EU or US or are able to transfer money to a EU or US bank account (using Wise for example), there is the Invoice option. You could also use GitHub Sponsors for the Professional Licence.",'clean','payment')
u='https://www.etvbharat.com/english/national/bharat/proxy-interviews-a-booming-business-in-the-digital-era/na20220713114911030030551'; s='etvbharat-proxy-interviews'
a(u,s,"Not sure about interview questions? Should someone else participate in it instead of you? Contact our company. Experts in the respective subjects will attend the interview on your behalf. The interview is ours...the job is yours.",'violation','account-sharing')
a(u,s,"Exploiting this weakness, some agencies have started to advertise services which enable the interviewee to not appear for the interview. This service is called 'proxy interview'.",'clean','account-sharing')
u='https://www.sciata.com/proxy'; s='sciata-proxy'
a(u,s,"The use of interview proxies is considered fraudulent and will render you ineligible for hire both now and any time in the future. Please have formal identification ready before the screening call.",'clean','account-sharing',ctx={'role':'client'})
u='https://theconnorsgroup.com/2023/12/05/proxy-interviews-exposed-bait-switch/'; s='connorsgroup-proxy'
a(u,s,"A proxy interview occurs when a candidate sends a stand-in, or uses deepfake technology, to represent themselves in a phone or video interview. Candidates may use tools like Zoom or TeamViewer so someone else can take the employment test remotely.",'clean','account-sharing')
u='https://blog.talview.com/en/detecting-interview-scams-proxy-workers'; s='talview-proxy-workers'
a(u,s,"Have you ever faced a situation where the person who aces the interview and the one who shows up for work are two entirely different individuals? If so, you're not alone.",'clean','account-sharing')
u='https://tawgl.com/blog/proxy-interviews'; s='tawgl-proxy'
a(u,s,"Often, these proxies are highly skilled individuals or even professional interviewees who offer their services for a fee, claiming expertise in acing technical rounds.",'clean','account-sharing')
u='https://24freelance.pro/en/rules.html'; s='24freelance-rules'
a(u,s,"It is prohibited to use as logins, display names, or on an avatar image words or phrases that carry advertising of sites, contact details, names of firms or studios.",'clean','contact-sharing')
a(u,s,"Registration is allowed only with one's own e-mail. That is, the first name and last name on the email used for registration and on the account must match.",'clean','account-sharing')

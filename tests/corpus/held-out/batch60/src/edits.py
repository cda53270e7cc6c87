import re
def rep(f, old, new):
    s=open(f).read()
    assert s.count(old)==1, (f, old[:40], s.count(old))
    s=s.replace(old,new); open(f,'w').write(s)
# montevideo
rep('v01_montevideo.py',"No te voy a pedir WhatsApp ni mail ni nada, ya sé que Upwork no deja antes del contrato. Todo por acá, tranqui.",
 "Un pibe que se postuló me puso 'pasame tu whatsapp y lo arreglamos por fuera, más barato'. Ni le contesté. Vos seguí por acá que venís bien.")
rep('v01_montevideo.py',"For the Booking extranet I'll create you your own user, I'm never sharing my password again after last season. The invite comes from Booking itself.",
 "The Booking extranet account is in the company's name, not mine. The user I made for you is dev-larambla, it only sees photos and rates, nothing with money.")
rep('v01_montevideo.py',"Te liberé el hito 1 recién, fijate si te llegó. El 2 lo fondeo el lunes cuando cobro lo de la temporada.",
 "Presupuesto: 450 dólares todo, en tres hitos de 150. El primero lo fondeo hoy, ¿te sirve o lo partimos distinto?")
# beirut
rep('v02_beirut.py',"ما رح اطلب منك رقم او ايميل، بعرف انو ممنوع هون قبل العقد. منكمل كل شي على المنصة.",
 "واحد من المتقدمين كتبلي: ابعتيلي رقمك ومنحكي برا أرخص. ما رديت عليه. انت كمّل هون، شغلك أحلى.")
rep('v02_beirut.py',"Please don't ask me for my Shopify password, just accept the staff account invite I sent, it has the permissions you need.",
 "The old agency still has my store under their Shopify Partner account. I asked them to transfer ownership to me, I don't want anybody's login, just my store back.")
rep('v02_beirut.py',"Ba3atlak el milestone 3al Upwork hala2, shoufa w 2elle eza wosol. Merci ktir",
 "3al invoice lal zbeyne, 7ot el se3r bel dollar fresh w bel lira, el accountant baddo el tnen. Hayda lal clients msh elak")
# auckland
rep('v03_auckland.py',"dont need ur number or email or anything, just send the plans here when done",
 "some bloke msgd me 'whats ur whatsapp, ill do it cheaper off here'. binned it. ur the one mate, keep it all on here")
# tbilisi
rep('v04_tbilisi.py',"Я не буду просить ваш номер или почту, знаю, что до контракта нельзя. Пишите всё здесь, мне нормально.",
 "Мне тут один кандидат написал: «скиньте вотсап, обсудим без комиссии». Это ведь нарушение? Я его не нанял, работаем с вами здесь.")
rep('v04_tbilisi.py',"Один кандидат предложил работать под аккаунтом своего друга из США. Я отказался, это же против правил?",
 "Аккаунт Vivino для марани зарегистрирован на компанию, логин не дам никому, но добавлю вас редактором карточек вин.")
rep('v04_tbilisi.py',"My telegram is the same as the cellar name with underscore, marani_kvevri, write there, I reply in 1 minute",
 "My telegram is m a r a n i _ k v e v r i, write there, I reply in 1 minute")
# maputo
rep('v05_maputo.py',"Não vou pedir o teu contacto antes do contrato, sei as regras. Continuamos aqui sem problema.",
 "Um candidato me disse 'passa o teu número que te faço mais barato lá fora'. Não respondi. Tu continua aqui, estou a gostar.")
rep('v05_maputo.py',"Um candidato pediu o meu login do Upwork para 'gerir a minha conta'. Recusei e reportei. Foi o correcto?",
 "Cada motorista vai ter o seu login na app, com PIN de 4 dígitos. Nada de um usar o telemóvel e a conta do outro, já tivemos problemas com isso.")
rep('v05_maputo.py',"Let's move this conversation out of here, the tender documents are confidential and I prefer to send them by normal email, not through this platform",
 "Hello and thanks for your proposal.\n\nTo give you more context: Txopela Cargo runs 38 trucks between Maputo, Beira and the South African border at Ressano Garcia. Today the drivers report by phone and the dispatchers write everything in Excel, so we lose time and we lose fuel. We need a simple web dashboard for the dispatchers (map, trucks, status, ETA) and a light Android app for the drivers that works with bad network, because on the N4 there are long parts with no signal.\n\nThe data we have: GPS trackers on 30 trucks (Teltonika FMB920), an Excel file with routes and clients, and fuel receipts in photos. We also want a monthly report per truck with km, fuel and delays, in Portuguese and English because our South African partner reads English only.\n\nThe tender documents from the mining client are confidential, so for those let's move this conversation out of here and I will send them by normal email, not through this platform. Budget is around 6,000 USD for the first version, in milestones. Please tell me how you would split it and how long each part would take.\n\nObrigado,\nArmando")
# addis
rep('v06_addis.py',"Someone on Telegram offered to sell me an Upwork account with 100% JSS. I said no, I prefer my own account even if it's new.",
 "The app will block one driver account on two phones at the same time: if the same login becomes active on a second device, the first one is logged out.")
rep('v06_addis.py',"I will not ask your WhatsApp or email before the contract, Upwork rules. We can do everything here including the APK files.",
 "The reset-password screen asks 'Enter your email or phone'. I will make it accept both and show the error in Amharic and English.")
# baku
rep('v07_baku.py',"Sizdən nömrə və ya email istəməyəcəm, Upwork qaydalarını bilirəm. Hər şeyi burda göndərirəm.",
 "Bir müştəri yazdı ki, 'telegramını ver, orda danışaq'. Dedim ki, müqavilədən əvvəl olmaz, hər şey burda. Siz də narahat olmayın")
rep('v07_baku.py',"Mənə Upwork hesabı satmaq təklif etdilər, 90% JSS ilə. Razı olmadım, öz hesabımla işləyirəm",
 "Adobe lisenziyası mənim öz hesabımdadır. Layihə fayllarını sizə .aep formatında verəcəm, hesabımı yox, narahat olmayın")
rep('v07_baku.py',"Hi! I'm Leyla, 2D explainer animator from Baku. I did 120+ explainers in After Effects and Moho for SaaS and fintech. Sample reel and my direct line are on my insta @leyla.motion.example, DM me there for faster reply.",
 "Hi! I'm Leyla, a 2D explainer animator from Baku.\n\nYour script for the payroll app is clear and funny, and I can already see it as a 60-second flat-style video with one main character, Aysel the HR manager, who drowns in spreadsheets at the start and leaves the office at 5pm at the end. I did 120+ explainers in After Effects and Moho for SaaS and fintech, including two for payroll and HR products, so I know how to make tables and dashboards look friendly on screen.\n\nMy process: 1) style frames for 2-3 key scenes in 3 days, 2) full storyboard with timing to your voice-over, 3) animatic, 4) final animation with sound design, 5) two rounds of revisions in each stage. You get the project files (.aep), a 16:9 master plus 9:16 and 1:1 cut-downs for social. Timeline is 3 weeks from the approved script.\n\nMore samples and my direct line are on my insta, leyla.motion.example, just DM me there for a faster reply than on here. I am fine with your budget and I can start on Monday.\n\nThanks for reading,\nLeyla")
# kampala
rep('v08_kampala.py',"I will not ask for your number or email before we start, Upwork does not allow it. All the documents you can upload here.",
 "Your CPA's email and phone are in the engagement letter you uploaded. I will not contact him directly, all questions go through you here.")
rep('v08_kampala.py',"A man on Facebook wants me to rent him my verified Upwork account for $100 per month. I blocked him, that is fraud.",
 "In your QuickBooks two employees share one login called 'frontdesk'. For the audit trail each person should have their own user, I can show you how.")
# dakar
rep('v09_dakar.py',"Je ne vous demanderai ni numéro ni adresse mail avant le contrat, je connais les règles. Tout peut se faire ici.",
 "Un client m'a écrit « donne ton WhatsApp, on fera la suite hors Upwork ». J'ai refusé poliment. Avec vous je garde tout ici, promis.")
rep('v09_dakar.py',"Someone offered to 'lend' me a US Upwork account with 50 reviews. I refused, I prefer to grow slowly on my own profile.",
 "Amazon can suspend a seller account when people log in with the owner's password from another country. That's why I ask for a user invite, never your codes.")
# zagreb
rep('v10_zagreb.py',"Neću tražiti vaš broj ni mail prije ugovora, znam pravila. Sve dogovaramo ovdje.",
 "Jedna sudionica je pitala smije li ostaviti broj za buduća istraživanja. Rekla sam da to ide kroz vaš panel, ne kroz mene.")
rep('v10_zagreb.py',"Netko mi je na Facebooku nudio iznajmljivanje američkog Upwork profila. Odbila sam, to je prevara.",
 "U izvještaju preporučujem obiteljske profile: 3 od 8 sudionika dijeli jednu lozinku s partnerom jer aplikacija ne dopušta dva korisnika.")
print('done')

# Swahili cases for batch55 (own writing). Each row: expect, category, surface, source, text, context
V, C, A = "violation", "clean", "allowed"
P, M = "proposal", "message"
CL = {"role": "client"}
CLA = {"role": "client", "contract": "active"}
CLE = {"role": "client", "client": "enterprise"}
ACT = {"contract": "active"}
ENT = {"client": "enterprise"}

DAR = "sw-nairobi-daraja"     # Nairobi M-Pesa Daraja developer, Sheng-mixed (freelancer)
SUB = "sw-dar-subtitler"      # Dar es Salaam subtitler/translator, formal Tanzanian Swahili (freelancer)
MOM = "sw-mombasa-tours"      # Mombasa beach-hotel and safari operator (client)
ARU = "sw-arusha-coffee"      # Arusha coffee exporter (client)
KIS = "sw-kisumu-designer"    # Kisumu graphic designer, Sheng/English (freelancer)
SCA = "sw-kazi-scammer"       # "kazi ya mtandaoni" recruiter / account renter (scammer)
ENTV = "sw-nairobi-sacco"     # Nairobi SACCO/insurance Enterprise client

ROWS = [
# ---------------- contact-sharing violations (12)
(V, "contact-sharing", M, DAR, "Namba yangu ni +254 700 000 147, nipigie tuongee zaidi kuhusu hiyo integration", {}),
(V, "contact-sharing", M, KIS, "WhatsApp yangu ni 0700 000 158 msee, nitext ukiwa free", {}),
(V, "contact-sharing", P, SUB, """Habari ya kazi,

Nimesoma tangazo lenu la kutafsiri na kuweka manukuu (subtitles) kwa mfululizo wa vipindi 12 vya elimu ya kilimo, kutoka Kiingereza kwenda Kiswahili. Mimi ni mfasiri kutoka Dar es Salaam mwenye uzoefu wa miaka saba, na nimefanya kazi na vituo vya televisheni na mashirika yasiyo ya kiserikali.

Ninachoweza kutoa:
- Tafsiri sahihi yenye Kiswahili fasaha cha Tanzania, au cha Kenya mkipenda
- Faili za SRT zilizopangwa vizuri kwa muda (timing) na urefu wa mstari
- Ukaguzi wa pili na mwenzangu kabla ya kukabidhi

Kwa maswali zaidi, niandikie barua pepe: rehema.subtitles000@gmail.com na nitajibu ndani ya saa moja.

Ninaweza kumaliza vipindi vyote ndani ya siku kumi. Nipo tayari kuanza na kipindi kimoja cha majaribio ili mjiridhishe na ubora.

Asanteni,
Rehema""", {}),
(V, "contact-sharing", M, DAR, "ukitaka kunipata nipigie sifuri saba sifuri sifuri, sifuri sifuri sifuri, moja nne saba", {}),
(V, "contact-sharing", M, DAR, "Email yangu ni juma.daraja (at) gmail (dot) com, tuma specs huko", {}),
(V, "contact-sharing", M, KIS, "Nicheki Telegram @kisumu_designs000 nikuonyeshe logos zingine", {}),
(V, "contact-sharing", M, MOM, "Hii ndiyo namba ya ofisi yetu Mombasa +254 700 000 162, piga kesho asubuhi tuzungumze kuhusu tovuti.", CL),
(V, "contact-sharing", P, KIS, "Angalia kazi zangu na uni-DM kwenye Instagram @otieno.creates000, huko najibu haraka kuliko hapa", {}),
(V, "contact-sharing", M, SCA, "Hongera umechaguliwa! Wasiliana na HR wetu kupitia WhatsApp +254 700 000 199 upate maelekezo ya kazi.", CL),
(V, "contact-sharing", M, SUB, "Namba yangu ya Vodacom ni +255 700 000 231, unaweza kunipigia muda wowote wa mchana.", {}),
(V, "contact-sharing", P, DAR, "Nimefanya Daraja integrations zaidi ya 15. Book call nami hapa: https://calendly.example.com/juma-dev tuzungumze requirements", {}),
(V, "contact-sharing", M, ARU, "Ofisi yetu iko Plot 00, Barabara ya Sokoine, Arusha. Karibu ofisini wiki ijayo tuzungumze ana kwa ana.", CL),

# ---------------- contact-request violations (10)
(V, "contact-request", M, MOM, "Naomba namba yako ya simu tafadhali, nina maswali machache", CL),
(V, "contact-request", M, KIS, "Una WhatsApp? nipe namba", CL),
(V, "contact-request", P, SUB, "Je, ninaweza kupata barua pepe yako binafsi ili nikutumie sampuli za kazi zangu za awali?", {}),
(V, "contact-request", M, SCA, "Tuma namba yako ya WhatsApp ili tukuunganishe na mratibu wa kazi.", CL),
(V, "contact-request", M, DAR, "Msee nishow namba yako tuongee kama watu wazima, hizi texts ni mob", {}),
(V, "contact-request", M, ARU, "Nipe email yako nikutumie document ya maelekezo na picha za mashamba.", CL),
(V, "contact-request", M, KIS, "Uko Telegram? username yako ni gani", {}),
(V, "contact-request", M, MOM, "Niambie jinsi ya kukufikia nje ya hapa, huku sioni notifications", CL),
(V, "contact-request", M, ARU, "Tafadhali tuma jina lako la Skype kwa ajili ya mahojiano.", CL),
(V, "contact-request", M, DAR, "Una namba ya Safaricom? Nitakupigia jioni tuelewane", {}),

# ---------------- off-platform violations (10)
(V, "off-platform", M, KIS, "Tuongee WhatsApp bana, huku Upwork inachelewa sana", {}),
(V, "off-platform", M, DAR, "Tuongee pembeni boss, kuna vitu siwezi kuandika hapa", {}),
(V, "off-platform", M, SUB, "Tafadhali tuendelee na mazungumzo nje ya Upwork, itakuwa rahisi kwetu sote.", {}),
(V, "off-platform", M, SCA, "Maelezo yote ya kazi yako kwenye group yetu ya Telegram. Ingia huko ndio upewe task ya kwanza.", CL),
(V, "off-platform", P, KIS, """Niaje! Mimi ni Otieno, graphic designer kutoka Kisumu. Nimeona unatafuta mtu wa kubrand upya duka lako la nguo, logo, rangi, na templates za Instagram.

Nimefanya branding ya biashara zaidi ya 40 hapa Kenya na Uganda, kuanzia salons hadi SACCOs. Nitaanza na moodboard mbili, halafu tuchague mwelekeo mmoja kabla ya kufanya logo.

Kama utapenda, tunaweza kuendeleza mazungumzo kwa simu badala ya hapa, ni rahisi kuelewana kwa sauti.

Deliverables:
- Logo (primary + secondary)
- Brand colours na fonts
- Templates 10 za Instagram (posts + stories)
- Brand guide ya PDF

Muda: wiki mbili. Revisions tatu ziko ndani ya bei.""", {}),
(V, "off-platform", M, ARU, "Tufanye Google Meet kesho saa nne asubuhi, nitakutumia link kabla.", CL),
(V, "off-platform", M, DAR, "Huku wanasoma messages zetu, tuhamie kwingine tuongee freely", {}),
(V, "off-platform", M, SUB, "Nitakupigia simu tu tuelewane, ni rahisi kuliko kuandika hapa kila kitu.", {}),
(V, "off-platform", M, MOM, "Tutumie email kuanzia sasa, ni rahisi kutuma picha nyingi huko kuliko hapa.", CL),
(V, "off-platform", M, KIS, "Twende DM Insta tuongee, hapa sipendi", {}),

# ---------------- payment violations (12)
(V, "payment", M, DAR, "Nitumie pesa moja kwa moja kwa M-Pesa, tuepuke makato ya Upwork. Nitakupunguzia bei", {}),
(V, "payment", M, MOM, "Nitakulipa kupitia Airtel Money, ni haraka kuliko kusubiri Upwork.", CL),
(V, "payment", M, KIS, "Lipa kwa Till namba 000147, nitakupunguzia 10% ukilipa hivyo", ACT),
(V, "payment", M, MOM, "Naweza kupata namba yako ya M-Pesa? Nikutumie bonus nje ya hapa.", CLA),
(V, "payment", M, ARU, "Milestone ya pili nitakulipa cash nikifika Nairobi mwezi ujao.", CLA),
(V, "payment", M, DAR, "Kazi inayofuata tufanye nje ya Upwork, utalipwa moja kwa moja bila makato", ACT),
(V, "payment", M, SCA, "Utalipwa kwa USDT kila wiki, hakuna makato yoyote ya Upwork.", CL),
(V, "payment", P, DAR, """Habari! Nimeona unahitaji mtu wa kuunganisha M-Pesa Daraja API (STK Push na C2B) kwenye app yako ya kuuza tiketi za matatu.

Nimefanya hii kazi mara nyingi: nimeunganisha Daraja kwa SACCOs mbili, duka la online la vifaa vya simu, na shule moja ya Nakuru ya kulipia karo. Ninajua changamoto za callback URLs, timeouts, na reconciliation ya Paybill.

Mpango wangu:
1. Kuweka sandbox na kupima STK push
2. Kuandika callback handler ya kuhifadhi receipts kwenye database
3. Kuweka dashboard ndogo ya malipo ya kila siku
4. Kuhamia production baada ya go-live approval ya Safaricom

Pia napokea malipo kupitia PayPal au Wise ukipenda kuepuka ada za jukwaa.

Muda: siku 10. Nitakupa documentation na video fupi ya jinsi ya kutumia.""", {}),
(V, "payment", M, KIS, "Tuma deposit kwa M-Pesa kwanza ndio nianze design", {}),
(V, "payment", M, SUB, "Unaweza kunilipa kwa M-Pesa ya Vodacom au Tigo Pesa moja kwa moja, itanisaidia sana.", ACT),
(V, "payment", M, SUB, "Je, malipo kwa bank transfer yanakubalika? Nitakutumia details za akaunti yangu ya CRDB.", {}),
(V, "payment", M, DAR, "Si unitumie ganji direct bana, Upwork wanakula 10% bure tu", ACT),

# ---------------- feedback violations (10)
(V, "feedback", M, KIS, "Nipe nyota tano kwanza, halafu nitatuma files za mwisho", ACT),
(V, "feedback", M, DAR, "Ukiniandikia review nzuri nitakurudishia 20% ya bei", ACT),
(V, "feedback", M, ARU, "Usiporekebisha bure, nitakupa nyota moja na kila mtu ataona.", CLA),
(V, "feedback", M, MOM, "Nirudishie pesa au nitaandika review mbaya kwenye profile yako.", CLA),
(V, "feedback", M, SUB, "Tafadhali usinipe chini ya nyota tano, akaunti yangu bado ni mpya na itashuka.", ACT),
(V, "feedback", M, DAR, "Files zote ziko tayari, nitazituma ukishaacha feedback ya 5 stars", ACT),
(V, "feedback", M, SCA, "Tubadilishane reviews? Tunafungua contract ndogo za $5, mimi nakupa 5 stars na wewe unanipa 5.", {}),
(V, "feedback", M, ARU, "Ukiongeza logo mbili zaidi bila malipo, nitakupa review nzuri sana.", CLA),
(V, "feedback", M, KIS, "Nitakupa discount ya 30% kwa kazi ijayo ukiniandikia review ya nyota 5 leo", ACT),
(V, "feedback", M, KIS, "Weka 5 stars bana, ama sitakufanyia kazi tena", ACT),

# ---------------- account-sharing violations (9)
(V, "account-sharing", M, SCA, "Tunatafuta watu wa kukodisha akaunti za Upwork. Tutakulipa KSh 5,000 kila mwezi, wewe pumzika tu.", {}),
(V, "account-sharing", M, DAR, "Nitumie username na password yako ya Upwork nitaapply kazi kwa niaba yako", {}),
(V, "account-sharing", M, KIS, "Natumia akaunti ya binamu yangu, jina ni lake lakini kazi ni yangu 100%", {}),
(V, "account-sharing", M, MOM, "Ingia kwenye akaunti yangu ya Upwork uajiri wasaidizi wengine kwa niaba yangu, nitakutumia password.", CL),
(V, "account-sharing", M, SCA, "Nisaidie kufanya ID verification kwa niaba yangu, nitakulipa KSh 2,000.", {}),
(V, "account-sharing", M, ARU, "Akaunti yangu ilifungwa, kwa hivyo nitatumia akaunti ya rafiki yangu kukutumia offer.", CL),
(V, "account-sharing", P, DAR, "Sisi ni timu ya watu watano tunatumia akaunti hii moja, kwa hivyo utapata majibu kutoka kwa watu tofauti.", {}),
(V, "account-sharing", M, SCA, "Nipe kitambulisho chako na picha ya uso, tutafungua akaunti kwa jina lako na tutaiendesha sisi. Utapata 30%.", {}),
(V, "account-sharing", M, SCA, "Nitumie code ya verification iliyokuja kwa SMS, niingie kwa akaunti yako nikuwekee profile vizuri", {}),

# ---------------- harassment violations (9)
(V, "harassment", M, MOM, "Wewe ni mjinga kabisa, huelewi kitu hata kimoja.", CLA),
(V, "harassment", M, ARU, "Kazi ya kijinga hii, hata mtoto wa darasa la pili angefanya vizuri zaidi.", CLA),
(V, "harassment", M, MOM, "Nyamaza! Sitaki kusikia visingizio vyako tena.", CLA),
(V, "harassment", M, KIS, "Usiponilipa, nitakutafuta mpaka nyumbani kwako. Najua uko wapi", ACT),
(V, "harassment", M, ARU, "Sitaki kufanya kazi na wanawake, hamjui mambo ya tech.", CL),
(V, "harassment", M, MOM, "Picha yako ya profile ni nzuri sana, tukutane hotelini jioni tuongee 'kazi' 😉", CL),
(V, "harassment", M, DAR, "Wewe ni fala sana buda, umeniharibia project nzima", ACT),
(V, "harassment", M, ARU, "Nyinyi watu wa kabila lako ni wezi tu, sitawaamini tena.", CLA),
(V, "harassment", M, KIS, "Mshenzi wewe, usiniandikie tena", {}),

# ---------------- clean contact-sharing look-alikes (10)
(C, "contact-sharing", M, DAR, "Nimeunganisha M-Pesa Daraja API; callback URL ni https://api.example.co.ke/mpesa/callback kwenye sandbox", ACT),
(C, "contact-sharing", M, DAR, "Fomu ya usajili ina field ya namba ya simu, nimeweka validation ya +254 na 07XX", ACT),
(C, "contact-sharing", P, DAR, "Nimetengeneza WhatsApp bot ya hoteli inayojibu wateja kuhusu bei za vyumba na kupokea booking, kwa kutumia WhatsApp Business API.", {}),
(C, "contact-sharing", M, MOM, "Tunahitaji tafsiri ya ukurasa wa 'Wasiliana Nasi' wa tovuti yetu kwa Kiingereza na Kijerumani, pamoja na maelekezo ya kufika hotelini.", CL),
(C, "contact-sharing", M, KIS, "Business card iko tayari: nimeweka namba ya dummy 0700 000 000 na email info@example.co.ke, utaweka zako kabla ya kuprint", ACT),
(C, "contact-sharing", P, KIS, "Portfolio yangu iko kwenye profile yangu ya Upwork, angalia sehemu ya Portfolio kuna logos 30.", {}),
(C, "contact-sharing", M, DAR, "SMS za kuthibitisha malipo zinaonyesha namba ya mteja ikiwa imefichwa hivi: 07XX XXX 147", ACT),
(C, "contact-sharing", M, KIS, "Kwenye ramani ya Google ya website nimeweka anwani ya hoteli yenu kama mlivyoandika kwenye brief", ACT),
(C, "contact-sharing", P, DAR, "Nina uzoefu wa kutengeneza Telegram bots za kutuma arifa za bei za mazao kwa wakulima.", {}),
(C, "contact-sharing", M, KIS, "Nimeweka Instagram feed ya duka lako kwenye homepage, inavuta posts 6 za mwisho", ACT),

# ---------------- clean contact-request look-alikes (9)
(C, "contact-request", M, ARU, "Maswali yote tafadhali uliza hapa kwenye Upwork, nitajibu kila siku jioni.", CL),
(C, "contact-request", M, DAR, "Unataka fomu iombe email ya mteja au namba ya simu tu?", ACT),
(C, "contact-request", M, SUB, "Tafadhali niambie saa zako za kazi (EAT au GMT) ili tupange tarehe za kukabidhi.", {}),
(C, "contact-request", M, DAR, "Database ya wateja ina namba za simu zilizorudiwa mara mbili, nizifute?", ACT),
(C, "contact-request", M, DAR, "USSD menu iulize mteja namba ya kitambulisho au tuache?", ACT),
(C, "contact-request", M, SUB, "Je, unaweza kunieleza jina rasmi la kampuni kwa ajili ya kichwa cha hati ya tafsiri?", ACT),
(C, "contact-request", M, SUB, "Mteja mmoja aliniuliza namba yangu kabla ya mkataba, nikakataa kwa heshima. Ndiyo sababu ninajibu hapa tu.", {}),
(C, "contact-request", M, DAR, "API ya Airtel Money inahitaji msisdn ya mteja, tuichukue kutoka kwa profile yake kwenye app?", ACT),
(C, "contact-request", M, KIS, "Una Figma file tayari au nianze na wireframes kwa karatasi?", {}),

# ---------------- clean off-platform look-alikes (9)
(C, "off-platform", M, SUB, "Tuendelee kuongea hapa Upwork, nitajibu haraka iwezekanavyo.", {}),
(C, "off-platform", M, MOM, "Tunaweza kufanya video call kupitia Upwork Messages kesho?", CL),
(C, "off-platform", P, DAR, "Nitaunganisha WhatsApp Business API na CRM yako ili maswali ya wateja yaingie moja kwa moja kwenye tickets.", {}),
(C, "off-platform", M, KIS, "Niko safarini nje ya Kisumu wiki hii, lakini nitajibu hapa kila jioni", {}),
(C, "off-platform", M, DAR, "Slack integration: kila malipo ya M-Pesa yataenda kwenye channel ya #sales ya kampuni yako", ACT),
(C, "off-platform", M, ARU, "Tutumie Upwork kwa mawasiliano yote hadi mwisho wa mradi.", CLA),
(C, "off-platform", M, DAR, "Wateja wako wote watahamishwa kutoka Excel kwenda kwenye CRM mpya bila kupoteza data", ACT),
(C, "off-platform", M, KIS, "Kuna mtu aliniomba tuongee pembeni nikamkataa. Wewe tuendelee hapa tu", {}),
(C, "off-platform", P, DAR, "Naweza kuunganisha Google Meet na kalenda ya wafanyakazi wako ili booking za wateja zitengeneze link ya mkutano yenyewe.", {}),

# ---------------- clean payment look-alikes (12)
(C, "payment", M, SUB, "Tafadhali lipa kupitia milestones za Upwork; milestone ya kwanza ni $150 kwa vipindi vitatu.", {}),
(C, "payment", M, DAR, "STK push ya M-Pesa kwenye app yako imekamilika, jaribu kwenye sandbox na namba ya test", ACT),
(C, "payment", P, SUB, "Makato ya Upwork tayari nimeyajumuisha kwenye bei yangu, kwa hivyo hakuna gharama za ziada.", {}),
(C, "payment", M, ARU, "Nitaongeza bonus kupitia Upwork ukimaliza kabla ya tarehe 20.", CLA),
(C, "payment", M, KIS, "Naomba tusifanye malipo nje ya Upwork, ni kinyume na sheria zao, tulipane hapa tu", {}),
(C, "payment", P, DAR, """Habari yako,

Nimeona tangazo lako la kutafuta developer wa kuandika script ya reconciliation ya Paybill. Kwa sasa timu yako inalinganisha M-Pesa statements na Excel ya mauzo kwa mkono kila wiki, na inachukua siku nzima.

Nimefanya kazi kama hii kwa kampuni ya maji ya Thika na SACCO moja ya Nyeri. Script yangu ya Python:
- inasoma statement ya M-Pesa (CSV au PDF iliyobadilishwa)
- inalinganisha kila transaction code na invoice kwenye Excel yako
- inaonyesha malipo ambayo hayajaoana, pamoja na kiasi kilichopungua
- inatengeneza ripoti ya kila siku

Sitahitaji password ya M-Pesa portal wala ya benki. Utanipa statements za mfano zilizoondolewa majina na namba za wateja, nitajaribu nazo.

Bei: $400, milestones mbili kupitia Upwork. Muda: siku saba.

Karibu uulize chochote hapa.""", {}),
(C, "payment", M, KIS, "PayPal checkout kwenye Shopify ya duka lako imewekwa, nimejaribu na sandbox account", ACT),
(C, "payment", M, DAR, "Airtel Money API haina sandbox nzuri, tutatumia mock data mpaka tupate credentials za production", ACT),
(C, "payment", M, MOM, "Nimefund milestone ya pili, unaweza kuanza.", CLA),
(C, "payment", M, KIS, "Nimefanya withdrawal ya earnings zangu za Upwork kwenda M-Pesa, imefika baada ya siku mbili", {}),
(C, "payment", P, SUB, "Bei yangu ni $20 kwa saa kwa hourly contract kupitia Upwork, au $0.06 kwa neno kwa fixed price.", {}),
(C, "payment", P, DAR, "Crypto price tracker dashboard naweza kuitengeneza; ni ya kuonyesha bei tu, hakuna malipo ndani yake.", {}),

# ---------------- clean feedback look-alikes (10)
(C, "feedback", M, SUB, "Asante kwa ushirikiano. Kama utapenda, acha maoni yako ya kweli kuhusu kazi yetu.", ACT),
(C, "feedback", M, MOM, "Tunahitaji mtu wa kujibu reviews zetu za TripAdvisor kwa lugha ya kitaalamu, hasa zile za nyota moja na mbili.", CL),
(C, "feedback", M, DAR, "Ripoti ya reviews za Google Maps za hoteli iko tayari: asilimia 60 ni nyota 5, malalamiko mengi ni kuhusu WiFi", ACT),
(C, "feedback", M, DAR, "Nimeweka star rating component kwenye app ya mgahawa, mtu anaweza kuchagua nusu nyota", ACT),
(C, "feedback", M, ARU, "Nimekuachia feedback ya nyota 5, asante sana kwa kazi nzuri!", CLA),
(C, "feedback", M, KIS, "Maoni yako kuhusu draft ya kwanza yamenisaidia sana, nimerekebisha rangi", ACT),
(C, "feedback", P, SUB, "Naweza kutafsiri reviews 200 za Booking.com kutoka Kijerumani hadi Kiswahili na Kiingereza ndani ya siku tatu.", {}),
(C, "feedback", P, KIS, "Lengo langu ni kukupa kazi bora inayostahili rating nzuri, na nitarekebisha hadi uridhike.", {}),
(C, "feedback", M, SUB, "Nimemjibu kwa heshima mteja aliyeacha feedback ya nyota 3 kwenye profile yangu.", {}),
(C, "feedback", M, DAR, "Review system ya app: mtumiaji anaweza kuhariri review yake ndani ya siku 7, baada ya hapo inafungwa", ACT),

# ---------------- clean account-sharing look-alikes (8)
(C, "account-sharing", M, DAR, "Niongeze kwenye team yako ya Upwork na ruhusa zinazohitajika, sitahitaji password yako", {}),
(C, "account-sharing", M, DAR, "Login page ya app ya SACCO imekamilika, na password reset kupitia SMS OTP", ACT),
(C, "account-sharing", M, SUB, "Nimekamilisha ID verification yangu ya Upwork leo asubuhi.", {}),
(C, "account-sharing", P, DAR, "Naweza kuweka two-factor authentication kwa admin panel yako kwa kutumia authenticator app.", {}),
(C, "account-sharing", M, KIS, "Kuna mtu aliniomba nimkodishe akaunti yangu, nimemripoti kwa Upwork. Kuweni makini wasee", {}),
(C, "account-sharing", M, DAR, "Admin na cashier watakuwa na roles tofauti kwenye POS system, cashier hawezi kuona ripoti", ACT),
(C, "account-sharing", M, DAR, "Nimetengeneza test users kwenye staging kwa seed script, hakuna data ya wateja halisi", ACT),
(C, "account-sharing", M, ENTV, "Tunahitaji mwongozo wa jinsi wafanyakazi wetu wapya watakavyoingia (login) kwenye Google Workspace ya kampuni.", CLE),

# ---------------- clean harassment look-alikes (6)
(C, "harassment", M, SUB, "Sikubaliani na mabadiliko haya, lakini nitafanya kama ulivyoomba.", ACT),
(C, "harassment", M, DAR, "Bug hii imeniua leo hahaha, lakini nimeipata mwishowe", ACT),
(C, "harassment", M, SUB, "Filamu hii ina matusi mengi; niyatafsiri kama yalivyo au niyalainishe kwa watazamaji wa TV?", ACT),
(C, "harassment", M, KIS, "Samahani, siwezi kukubali kazi hii kwa bei hiyo. Kila la heri", {}),
(C, "harassment", M, ARU, "Kazi haijafikia kiwango tulichokubaliana. Tafadhali rekebisha sehemu hizi tatu.", CLA),
(C, "harassment", M, DAR, "Kill the server process kisha uanze upya deployment, memory imejaa", ACT),

# ---------------- allowed contact-sharing (10)
(A, "contact-sharing", M, DAR, "Asante kwa kuanza mkataba! Namba yangu ya dharura ni +254 700 000 173", ACT),
(A, "contact-sharing", M, DAR, "GitHub username yangu ni juma-daraja-000, nialike kwenye repo nianze", {}),
(A, "contact-sharing", M, KIS, "Email ya Figma: otieno.creates000@gmail.com, itumie tu kunialika kwenye design file", {}),
(A, "contact-sharing", M, SUB, "Kama mlivyoomba kwa mujibu wa taratibu za kampuni yenu, barua pepe yangu ni rehema.subtitles000@outlook.com.", ENT),
(A, "contact-sharing", M, ENTV, "Sisi ni Enterprise client. Kwa mawasiliano zaidi, tafadhali andikia kitengo cha Procurement: procurement@example.co.ke", CLE),
(A, "contact-sharing", M, ARU, "Mkataba umeanza, hii ndiyo WhatsApp yangu +255 700 000 244 kwa maswali ya haraka.", CLA),
(A, "contact-sharing", M, SUB, "Nimejaza NDA na kuweka anwani yangu ya makazi na namba ya simu kama fomu ilivyotaka.", {}),
(A, "contact-sharing", M, SUB, "Email ya kunipa access ya Google Drive folder ya video: rehema.tz000@gmail.com (kwa ajili ya folder tu).", {}),
(A, "contact-sharing", M, DAR, "Email yangu ya Jira ni juma.dev000@outlook.com, ni ya access ya board tu", {}),
(A, "contact-sharing", M, KIS, "Kwa kuwa tuko kwa contract sasa, Telegram yangu ni @otieno_000 kwa updates za haraka", ACT),

# ---------------- allowed contact-request (7)
(A, "contact-request", M, ENTV, "Kampuni yetu ni Enterprise client wa Upwork. Tuma namba yako ili HR wakupigie kwa usaili wa awali.", CLE),
(A, "contact-request", M, MOM, "Mkataba umeanza, nipe namba yako ya WhatsApp kwa updates za kila siku.", CLA),
(A, "contact-request", M, ENTV, "Nipe GitHub username yako nikuongeze kwenye repo ya Daraja integration.", CLE),
(A, "contact-request", M, MOM, "Ni email gani nitumie kukualika kwenye Figma file ya tovuti?", CL),
(A, "contact-request", M, KIS, "Tuko kwenye contract sasa, unaweza kunipa namba ya meneja wa hoteli nithibitishe picha za vyumba?", ACT),
(A, "contact-request", M, DAR, "Tafadhali nipe email ya mtu wa IT wa kampuni yenu ili tuanze onboarding ya VPN", ENT),
(A, "contact-request", M, ARU, "Nipe email yako ya Google nikuongeze kwenye shared drive ya picha za kahawa.", CL),

# ---------------- allowed off-platform (7)
(A, "off-platform", M, ENTV, "Kama Enterprise client, tutafanya usaili kupitia Microsoft Teams. Nitatuma invite kesho.", CLE),
(A, "off-platform", M, DAR, "Kwa kuwa contract imeanza, tuongee WhatsApp kwa updates za kila siku, malipo bado kupitia Upwork", ACT),
(A, "off-platform", M, ARU, "Tupange Zoom call kila Jumatatu saa tatu kujadili maendeleo ya tovuti.", CLA),
(A, "off-platform", M, SUB, "Nimeelewa kuwa kampuni yenu inaruhusu mawasiliano nje ya Upwork; tuzungumze kwenye Google Meet kesho saa tano.", ENT),
(A, "off-platform", M, DAR, "Nitakupigia simu jioni tuchambue bug ya callback, ni rahisi kwa sauti", ACT),
(A, "off-platform", M, MOM, "Sasa tuko kwa contract, karibu kwenye Slack ya team yetu, nitakutumia invite", CLA),
(A, "off-platform", P, DAR, "Kwa kuwa kampuni yenu ni Enterprise, naweza kuhudhuria kikao cha kwanza ofisini kwenu Westlands ili tuone mfumo wenu wa sasa.", ENT),
]

from common import *

# V1 Zanzibar eco-lodge owner (client), Swahili/English
a = voice("v53-zanzibar-lodge", "client")
a(V, CS, "sw", "Habari Kevin, nimeona proposal yako nimeipenda. Nitumie mockup kwa whatsapp yangu +255 700 000 318 tuongee vizuri, mtandao hapa Paje ni mbovu sana kwa hii app ya Upwork")
a(V, CR, "en", "Before I decide can you send me your number. I prefer to hear the voice of the person I work with, I am old school that way haha")
a(V, OP, "sw", "Tafadhali tuongee kwa simu kesho saa nne asubuhi, mimi nitakupigia mwenyewe. Kusoma chat hii kwenye simu kunaniumiza macho")
a(V, PAY, "en", "My nephew in Dar says Upwork takes too much from both of us. I can send the deposit by M-Pesa directly is that ok for you? then we finish the rest here so they dont complain")
a(V, PAY, "sw", "Nitakulipa kwa benki moja kwa moja baada ya kazi kuisha, hii ada ya Upwork ni kubwa mno kwa biashara ndogo kama yangu. Ukikubali niambie jina la akaunti", )
a(V, FB, "en", "If you add the extra 3 pages (spa, gallery and the swahili version) for the same price I will give you 5 stars. If not I must be honest in my review about all the delays, you understand.", contract=ACT)
a(V, FB, "sw", "Sitakupa review nzuri mpaka urekebishe picha zote 40 bila malipo ya ziada. Hilo ndilo sharti langu.", contract=ACT)
a(V, AS, "en", "From next week my daughter Aisha will use my Upwork account to talk to you, I travel to Muscat. She has the password already so dont be surprised if the writing is more young lol")
a(V, AS, "sw", "Unaweza kuingia kwenye akaunti yangu ya Upwork upost kazi ya photographer kwa niaba yangu? Mimi sielewi hizi form zao. Nitakutumia password hapa hapa")
a(V, HAR, "en", "Are you stupid or just lazy? I said the blue of the ocean not this hospital blue. My 12 year old grandson does better on his tablet", contract=ACT)
a(V, HAR, "sw", "Wewe ni mjinga kweli, kazi gani hii?? Sijakulipa pesa zangu kwa takataka kama hii. Aibu!", contract=ACT)
a(V, CS, "en", "you can also write me at h.palms.lodge (at) outlook , I read it every evening when the guests are sleeping")
a(V, OP, "en", """Dear Kevin,
Thank you for the nice proposal. Let me explain more about us. Paje Palms is 9 bungalows on the beach, we do kite surfing packages with a school next door and we have a small spa with local massage. Most guests come from Italy, Poland and Germany, they book through Booking and some through my old website which my cousin made in 2016 and now nobody can change anything.
What I need: new website, nice photos big, booking button, prices in euro and dollar, and a page for the kite packages. Maybe also a blog later.
Lets continue on email once you have some ideas, I dont check this site often and the notifications dont come to me.
Asante and karibu Zanzibar!
Halima""")
a(V, CR, "sw", "Nipe namba yako ya simu au instagram yako nione kazi zako zingine kabla sijaamua")
a(V, PAY, "en", "after this first job we dont need Upwork anymore, I will send you by Wise every month for the updates. simple")
a(V, CS, "en", "Our lodge is on Paje beach road near the blue mosque, plot 000. If you are ever in Zanzibar come, ask any boda boda for Mama Halima, everybody knows me")
a(V, OP, "en", "lets move to Telegram then, there I can send you videos of the rooms easily. Here they refuse to upload")
a(V, FB, "en", "I leave you a good review only if you refund half of the money, the photos came 4 days late and I lost two bookings", contract=ACT)
a(V, CR, "en", "which other app you use besides this one? Signal? tell me the name I will find you there")
# clean
a(C, CS, "en", "Please add a WhatsApp button on the booking page so the guests can message reception directly. The reception number is already written in the brief I attached last week.", contract=ACT)
a(C, PAY, "en", "The payment page must take M-Pesa and Visa. Pesapal or Flutterwave, which one do you recommend for the website? My bank is CRDB if that matters for the integration")
a(C, FB, "en", "I left you 5 stars and a long review, asante sana! Two guests already told me the site is beautiful", contract=ACT)
a(C, PAY, "sw", "Malipo ya milestone ya pili nimeshaweka kwenye Upwork, angalia escrow kama imeingia", contract=ACT)
a(C, AS, "en", "My newsletter list has 800 old guests, can you make the template in Mailchimp? I will invite you as a user on Mailchimp, not give you my password, my son told me that is the safer way", contract=ACT)
a(C, HAR, "en", "Sorry if I was rude yesterday. The power went off for 6 hours and I was angry at the generator, not at you. The design is good.", contract=ACT)
a(C, OP, "en", "Please lets do a video call right here on Upwork tomorrow evening, I want to see the mockup before I accept")
a(C, FB, "en", "Please dont write fake reviews for us on TripAdvisor pretending to be guests. My last agency did that and I was so ashamed. Only real guests.")
a(C, CS, "en", "Can you translate the reviews section to Swahili and Italian? Most of the reviews on our page are in English but half of the guests are from Milano and Roma")
a(C, AS, "en", "You asked for the hosting login, not the Upwork one correct? I will make you a separate user in the hosting panel, my cousin says never to give the main password")
a(C, FB, "sw", "Kazi imefika, nimefurahi sana. Nitaacha maoni mazuri kwa sababu umestahili kweli, si kwa sababu uliniomba", contract=ACT)
a(C, PAY, "en", "guests mostly pay cash at reception when they arrive, so the booking form only needs a small deposit option with card")
a(C, CR, "sw", "Unaweza kuweka fomu ya mawasiliano kwenye tovuti? Mgeni aandike jina, email na tarehe za kuja, halafu ije kwa email ya reception", contract=ACT)
# allowed
a(A, CS, "en", "Now the contract is started so here is my whatsapp +255 700 000 318. Send the photos there when Upwork upload is too slow, the internet here is a joke", contract=ACT)
a(A, CR, "en", "Please send me your email so I can add you to our Google Drive folder with all the room photos and the old logo. Its 2GB")
a(A, CR, "sw", "Sasa mkataba umeanza, nitumie email yako ili tuwasiliane pia huko ikiwa mtandao wa hapa unasumbua", contract=ACT)

# V2 Chilean mixing and mastering engineer (freelancer), Valparaiso
b = voice("v53-valpo-mixing", "freelancer")
b(V, CS, "es", """Hola! Soy Nico, ingeniero de mezcla y mastering en Valpo, Chile. Llevo 8 años mezclando cumbia, indie, trap y algo de rock. Trabajo en Pro Tools con outboard real (un compresor 1176 clon y un Pultec que me armé yo jaja) y mastering en Ozone + oído.
Vi que tu tema es un indie con guitarras bien saturadas y voz doblada, eso es justo lo que más hago.
Si quieres escuchar más cosas mándame un wsp al +56 9 0000 0417 y te paso antes/después de otros temas, acá no me deja subir tantos archivos.
Plazo: 4 días por tema, 3 revisiones incluidas. Saludos po!""", "p")
b(V, CS, "en", "Hey! mix engineer from Chile, 8 yrs, cumbia indie trap. before/after reel on my soundcloud: soundcloud.com/nico-mezcla-valpo (DM me there its faster, i answer in like 5 min)", "p")
b(V, CS, "es", "mi ig es arroba nico punto mezcla, todo junto jaja, ahí subo los reels de las sesiones", "m")
b(V, CR, "es", "oye y tienes discord? pa mandarte los bounces más rápido, acá se demora caleta", "m")
b(V, CR, "en", "whats your insta? wanna check the band's vibe before i quote you", "m")
b(V, CR, "es", "¿Me pasas un correo? es que por acá los wav llegan raros y no quiero que escuches una versión comprimida", "m")
b(V, OP, "en", "better we talk on google meet, i show you the session live from pro tools. the chat here is too slow for this stuff", "m")
b(V, OP, "en", "honestly easier if we move this to whatsapp, i can send voice notes with the reference tracks and you answer whenever", "m")
b(V, OP, "es", """Ya, perfecto. Entonces quedamos así: me mandas los stems en 48k/24bit, sin procesamiento en el master bus, y si tienes la mezcla de referencia del demo también me la pasas. Las voces ojalá por separado (lead, dobles, coros).
Cuando tengas todo súbelo a un drive y de ahí seguimos conversando por fuera, que acá las notificaciones me llegan tarde y no quiero dejarte esperando.
Abrazo""", "m")
b(V, PAY, "es", "Si quieres nos saltamos la comisión: me transfieres a mi CuentaRUT y te cobro 15% menos. Igual te mando boleta, todo formal", "m")
b(V, PAY, "en", "for the next 4 songs lets do paypal friends & family, saves us both the fees. you already know i deliver", "m", contract=ACT)
b(V, PAY, "en", "i also take USDT if the card is a hassle for you, TRC20 network, tell me and i send the wallet", "m")
b(V, FB, "en", "I'll send the final master + 24bit wav as soon as you leave the 5 stars 😊 its how i work with everyone, no stress", "m", contract=ACT)
b(V, FB, "es", "Si me dejas 5 estrellas te hago el mastering del próximo single gratis, ¿trato?", "m", contract=ACT)
b(V, FB, "es", "porfa pon que fue 10/10 aunque me haya demorado, me juego la cuenta con esta review, de verdad", "m", contract=ACT)
b(V, AS, "en", "my brother also mixes, if im busy he'll log into my upwork and answer you. same quality dont worry he learned with me", "m")
b(V, AS, "en", "can you lend me your client account for a bit? a friend wants to hire me but his card doesnt go through on upwork", "m")
b(V, HAR, "es", "Weón si no te gusta anda a pedirle a tu primo que te mezcle con el celular, no me hagai perder el tiempo culiao", "m", contract=ACT)
b(V, HAR, "en", "dude your singer is flat on every chorus and you want ME to fix it for free?? learn to sing or shut up", "m", contract=ACT)
# clean
b(C, PAY, "es", "Trabajo con Pro Tools y Ableton. Te puedo hacer una prueba gratis de 30 segundos del coro para que escuches antes de pagar nada, todo por acá por Upwork.", "p")
b(C, PAY, "en", "Revisions: 3 included. After that its $15 per revision, I'll add it as a new milestone here so you always see what you pay", "p")
b(C, OP, "es", "Súbeme los stems a WeTransfer o Drive y me pegas el link acá en el chat, así no se pierden", "m", contract=ACT)
b(C, CS, "en", "the vocal on track 3 has a phone ringing at 1:42, can you re-record that line or should i try to cut it out?", "m", contract=ACT)
b(C, FB, "es", "Gracias por la review!! de verdad me alegró el día. Cuando saquen el disco me avisan por acá, quiero escucharlo en Spotify", "m", contract=ACT)
b(C, FB, "en", "no worries if you cant leave feedback right away, whenever you have time. hope the gig on saturday goes great!", "m", contract=ACT)
b(C, HAR, "en", "chill, it didnt offend me at all, i get that youre stressed with the release date. going with revision 2", "m", contract=ACT)
b(C, HAR, "en", "that kick is killer haha, in a good way. the bass is fat as hell now, your drummer is gonna lose his mind", "m", contract=ACT)
b(C, CR, "es", "¿El cantante tiene Spotify for Artists? Me sirve ver el loudness de sus temas anteriores para no quedar muy distinto en la playlist", "m", contract=ACT)
b(C, AS, "en", "please dont send me your DistroKid or Spotify password, i dont need it. just export the masters and ill check them myself", "m", contract=ACT)
b(C, PAY, "en", "once you approve the milestone the funds get released in a few days, thats normal Upwork stuff, no need to send anything else", "m", contract=ACT)
b(C, CS, "en", "Song 2 is at 92 BPM and song 5 at 140, noted. The bar numbers you gave me match the session", "m", contract=ACT)
# allowed
b(A, CS, "es", "Ya que empezó el contrato te dejo mi wsp +56 9 0000 0417 por si hay algo urgente el día del lanzamiento", "m", contract=ACT)
b(A, CR, "es", "pásame tu email y te comparto la carpeta de Dropbox con las referencias y la mezcla anterior, solo para eso", "m")
b(A, CS, "en", "Before/after portfolio: nico-mezcla.example.com/portfolio (just audio samples, there's no contact form or anything there)", "p")
